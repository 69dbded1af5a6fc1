import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GENESYS_COMMAND_KINDS } from '../../src/domain/genesys-command'
import { ROUTING_EVENT_TYPES } from '../../src/domain/routing-event'
import { GENESYS_ENVIRONMENT_DOMAINS } from '../../src/genesys/genesys-environments'
import { PROPERTY } from '../../src/platform/property-names'
import { INTEGER_RULES } from '../../src/platform/settings/setting-rules'
import { appOwnedColumns } from '../fakes/glide'
import { readAppRecords, type AppRecord } from '../support/app-build'
import { sharedAppBuild } from '../support/shipped-runner/shared-build'
import { CREATE_CASE, RESUME, RETRY } from '../../fluent/atf/ui-action-ids'

// The build does not check references to platform tables or fields: this test is what proves
// the package holds every record the app's code relies on.
let records: AppRecord[] = []
let appDir = ''
// A record a newer version removed ships as a DELETE (keys.ts marks it deleted): not part of the app.
const of = (table: string) => records.filter((r) => r.table === table && r.attributes.action !== 'DELETE')
const field = (r: AppRecord, name: string) => r.fields[name] ?? ''

beforeAll(() => {
    // One build per source state, shared with the shipped-JS tests; APP_BUILD_DIR=. reads the last `npm run build`.
    appDir = join(sharedAppBuild(), 'dist', 'app')
    records = readAppRecords(appDir)
}, 900_000)

// The fakes declare the app's tables once (tests/fakes/glide/app-tables.ts, itself checked against
// fluent/tables); every one of those columns must be in the package.
const COLUMNS = appOwnedColumns()

describe('built app package', () => {
    it('declares the app scope x_gcer', () => {
        const scopes = new Set(records.map((r) => r.fields.sys_scope).filter(Boolean))
        expect([...scopes]).toEqual(['5b0c2f7e9a6d4c1f8e3b7a2d6c9f1e40'])
    })

    it.each(['x_gcer_routing_event', 'x_gcer_outbox', 'x_gcer_oauth_token'])('creates the table %s', (table) => {
        expect(of('sys_db_object').map((r) => field(r, 'name'))).toContain(table)
    })

    it.each(Object.entries(COLUMNS).flatMap(([table, columns]) => columns.map((c) => [table, c])))(
        'has the column %s.%s',
        (table, column) => {
            const found = of('sys_dictionary').filter((r) => field(r, 'name') === table && field(r, 'element') === column)
            expect(found).toHaveLength(1)
        }
    )

    it('stores the token encrypted', () => {
        const token = of('sys_dictionary').find(
            (r) => field(r, 'name') === 'x_gcer_oauth_token' && field(r, 'element') === 'access_token'
        )
        expect(token && field(token, 'internal_type')).toBe('password2')
    })

    it('keeps one routing event per Genesys event key: a unique index on external_id, room for topic+ids+time', () => {
        // Table indexes ship in the table's dictionary file (dist/app/dictionary/<table>.xml), not as records.
        const dictionary = readFileSync(join(appDir, 'dictionary', 'x_gcer_routing_event.xml'), 'utf8')
        expect(dictionary).toMatch(/<index name="x_gcer_routing_event_external_id" unique="true">\s*<element name="external_id"\/>\s*<\/index>/)
        const column = of('sys_dictionary').find(
            (r) => field(r, 'name') === 'x_gcer_routing_event' && field(r, 'element') === 'external_id'
        )
        expect(column && Number(field(column, 'max_length'))).toBeGreaterThanOrEqual(200)
    })

    it('lets the outbox record a claim and chain a customer reply', () => {
        const operations = of('sys_choice')
            .filter((r) => field(r, 'name') === 'x_gcer_outbox' && field(r, 'element') === 'operation')
            .map((r) => field(r, 'value'))
        // One choice per Genesys command kind the machine issues, and nothing else.
        expect(operations.sort()).toEqual([...GENESYS_COMMAND_KINDS].sort())
    })

    it('offers the five routing statuses as choices', () => {
        const choices = of('sys_choice')
            .filter((r) => field(r, 'name') === 'interaction' && field(r, 'element') === 'x_gcer_routing_status')
            .map((r) => field(r, 'value'))
        expect(choices.sort()).toEqual(['abandoned', 'closed', 'connected', 'parked', 'queued'])
    })

    it('records every routing event type, a read of Genesys included', () => {
        const choices = of('sys_choice')
            .filter((r) => field(r, 'name') === 'x_gcer_routing_event' && field(r, 'element') === 'event')
            .map((r) => [field(r, 'value'), field(r, 'label')])
        expect(choices.map(([value]) => value).sort()).toEqual([...ROUTING_EVENT_TYPES].sort())
        expect(choices).toContainEqual(['genesys_observed', 'Genesys state read'])
    })

    it('defines the three roles, the admin containing the agent', () => {
        const roles = of('sys_user_role')
        expect(roles.map((r) => field(r, 'name')).sort()).toEqual(['x_gcer.admin', 'x_gcer.agent', 'x_gcer.integration'])
        const id = (name: string) => roles.find((r) => field(r, 'name') === name)?.fields.sys_id
        const contains = of('sys_user_role_contains').map((r) => [field(r, 'role'), field(r, 'contains')])
        expect(contains).toContainEqual([id('x_gcer.admin'), id('x_gcer.agent')])
    })

    it('names at least one role on every ACL', () => {
        const acls = of('sys_security_acl')
        expect(acls.length).toBeGreaterThanOrEqual(21)
        const withRoles = new Set(of('sys_security_acl_role').map((r) => field(r, 'sys_security_acl')))
        for (const acl of acls) expect([field(acl, 'name'), withRoles.has(field(acl, 'sys_id'))]).toEqual([field(acl, 'name'), true])
    })

    it.each([
        ['x_gcer_routing_event', 'read'],
        ['x_gcer_outbox', 'read'],
        ['x_gcer_outbox', 'write'],
        ['interaction.x_gcer_routing_status', 'read'],
        ['interaction.x_gcer_conversation_id', 'write'],
        ['sys_user.x_gcer_genesys_user_id', 'write'],
    ])('secures %s for %s', (name, operation) => {
        const acl = of('sys_security_acl').find((r) => field(r, 'name') === name && field(r, 'operation') === operation)
        expect(acl).toBeDefined()
    })

    it('lets only the integration role write Genesys ids on interactions', () => {
        const roles = new Map(of('sys_user_role').map((r) => [field(r, 'sys_id'), field(r, 'name')]))
        const acl = of('sys_security_acl').find(
            (r) => field(r, 'name') === 'interaction.x_gcer_participant_id' && field(r, 'operation') === 'write'
        )
        const granted = of('sys_security_acl_role')
            .filter((r) => field(r, 'sys_security_acl') === acl?.fields.sys_id)
            .map((r) => roles.get(field(r, 'sys_user_role')))
        expect(granted).toEqual(['x_gcer.integration'])
    })

    it.each(Object.values(PROPERTY))('defines the property %s in the app category, admin-only', (name) => {
        const property = of('sys_properties').find((r) => field(r, 'name') === name)
        expect(property).toBeDefined()
        expect(property && [field(property, 'read_roles'), field(property, 'write_roles')]).toEqual([
            'x_gcer.admin',
            'x_gcer.admin',
        ])
        const category = of('sys_properties_category').find((r) => field(r, 'name') === 'Genesys Email Routing')
        const link = of('sys_properties_category_m2m').find(
            (r) => field(r, 'property') === property?.fields.sys_id && field(r, 'category') === category?.fields.sys_id
        )
        expect(link).toBeDefined()
    })

    it('offers every known Genesys environment, and only those, as the environment choices', () => {
        const property = of('sys_properties').find((r) => field(r, 'name') === PROPERTY.environment)
        expect(property && [field(property, 'type'), field(property, 'choices').split(',')]).toEqual([
            'choicelist',
            GENESYS_ENVIRONMENT_DOMAINS,
        ])
    })

    it.each(Object.entries(INTEGER_RULES))('ships %s with the default the code falls back to', (name, rule) => {
        const property = of('sys_properties').find((r) => field(r, 'name') === name)
        expect(property && [field(property, 'type'), field(property, 'value')]).toEqual(['integer', String(rule.fallback)])
    })

    it('prefixes every property name with the scope', () => {
        const names = of('sys_properties').map((r) => field(r, 'name'))
        expect(names.length).toBe(Object.keys(PROPERTY).length)
        for (const name of names) expect(name).toMatch(/^x_gcer\./)
    })

    it('keeps no secret in any property', () => {
        for (const p of of('sys_properties')) {
            expect(field(p, 'type')).not.toMatch(/password/)
            expect(field(p, 'name')).not.toMatch(/secret|token|password/)
        }
    })

    it.each([
        ['GenesysEmailRouting', 'genesys-email-routing.js', 'src/server/public-api.ts'],
        ['GenesysEmailRoutingAjax', 'genesys-email-routing-ajax.js', 'src/server/workspace-ajax.ts'],
    ])('ships %s as the thin bridge %s, requiring a shipped module', (name, file, module) => {
        const include = of('sys_script_include').find((r) => field(r, 'name') === name)
        const script = include ? field(include, 'script') : ''
        expect(script.trim()).toBe(readFileSync(join(__dirname, '../../fluent/script-includes', file), 'utf8').trim())
        expect(script).toContain(`var ${name} = Class.create()`)
        const required = [...script.matchAll(/require\('([^']+)'\)/g)].map((m) => m[1])
        const shipped = of('sys_module').map((r) => field(r, 'path'))
        expect(required).toEqual([`x_gcer/genesys-email-routing/0.1.0/${module}`])
        expect(shipped).toContain(required[0])
    })

    it('ships no script that opts into "use strict"', () => {
        const SCRIPT_FIELDS = ['script', 'client_script_v2', 'condition_script', 'content']
        const strict = records.flatMap((r) =>
            SCRIPT_FIELDS.filter((f) => /^\s*['"]use strict['"]/m.test(field(r, f))).map((f) => `${r.table}.${f} ${r.file}`)
        )
        expect(strict).toEqual([])
    })

    it.each([
        ['Hold', 'x_gcer_hold'],
        ['Resume', 'x_gcer_resume'],
        ['Transfer Email', 'x_gcer_transfer_email'],
        ['Create Case', 'x_gcer_create_case'],
        ['Disconnect', 'x_gcer_disconnect'],
    ])('offers the Workspace action %s on interaction, for agents only', (name, actionName) => {
        const action = of('sys_ui_action').find((r) => field(r, 'name') === name)
        expect(action && [field(action, 'table'), field(action, 'action_name'), field(action, 'form_button_v2')]).toEqual([
            'interaction',
            actionName,
            'true',
        ])
        expect(action && field(action, 'condition')).toContain("gs.getUserID()")
        const roles = of('sys_ui_action_role').filter((r) => field(r, 'sys_ui_action') === action?.fields.sys_id)
        expect(roles.map((r) => r.attributes.name ?? field(r, 'sys_user_role'))).toHaveLength(1)
    })

    it('lets only app admins retry a dead outbox row', () => {
        const action = of('sys_ui_action').find((r) => field(r, 'action_name') === 'x_gcer_retry_outbox_row')
        expect(action && [field(action, 'table'), field(action, 'condition')]).toEqual([
            'x_gcer_outbox',
            "current.getValue('state') == 'dead'",
        ])
        const roles = new Map(of('sys_user_role').map((r) => [field(r, 'sys_id'), field(r, 'name')]))
        const granted = of('sys_ui_action_role')
            .filter((r) => field(r, 'sys_ui_action') === action?.fields.sys_id)
            .map((r) => roles.get(field(r, 'sys_user_role')))
        expect(granted).toEqual(['x_gcer.admin'])
    })

    it('lets only app admins run the setup check, from the outbox list banner, over the public script include', () => {
        const action = of('sys_ui_action').find((r) => field(r, 'action_name') === 'x_gcer_setup_check')
        expect(action && [field(action, 'table'), field(action, 'list_banner_button')]).toEqual(['x_gcer_outbox', 'true'])
        expect(action && field(action, 'condition')).toBe("gs.hasRole('x_gcer.admin')")
        const roles = new Map(of('sys_user_role').map((r) => [field(r, 'sys_id'), field(r, 'name')]))
        const granted = of('sys_ui_action_role')
            .filter((r) => field(r, 'sys_ui_action') === action?.fields.sys_id)
            .map((r) => roles.get(field(r, 'sys_user_role')))
        expect(granted).toEqual(['x_gcer.admin'])
        const include = of('sys_script_include').find((r) => field(r, 'name') === 'GenesysEmailRouting')
        expect(include && field(include, 'script')).toMatch(/setupCheck: function[\s\S]*offlineSetupCheck: function/)
    })

    // App menu (SDK application-menu-guide): one ApplicationMenu, modules linked to it, active, with roles by name.
    describe('the app menu', () => {
        const menu = () => of('sys_app_application').find((r) => field(r, 'title') === 'Genesys Email Routing')
        const modules = () =>
            of('sys_app_module')
                .filter((r) => field(r, 'application') === menu()?.fields.sys_id)
                .sort((a, b) => Number(field(a, 'order')) - Number(field(b, 'order')))
        const byTitle = (title: string) => modules().find((r) => field(r, 'title') === title)

        it('is one menu for the app roles, its modules active and in order', () => {
            expect(menu() && field(menu()!, 'roles').split(',').sort()).toEqual(['x_gcer.admin', 'x_gcer.agent'])
            expect(modules().map((r) => field(r, 'title'))).toEqual([
                'Setup check',
                'Properties',
                'Agent mapping',
                'Outbox: dead updates',
                'Outbox',
                'Routing history',
                'Genesys-routed interactions',
                'Stuck interactions',
            ])
            expect(modules().every((r) => field(r, 'active') === 'true')).toBe(true)
        })

        it('gives admin items to x_gcer.admin only, and the routed interactions to agents too', () => {
            const roles = Object.fromEntries(modules().map((r) => [field(r, 'title'), field(r, 'roles')]))
            expect(roles['Genesys-routed interactions']).toBe('x_gcer.agent,x_gcer.admin')
            for (const title of ['Setup check', 'Properties', 'Agent mapping', 'Outbox', 'Routing history', 'Stuck interactions'])
                expect(roles[title]).toBe('x_gcer.admin')
        })

        it.each([
            ['Setup check', 'DIRECT', '', 'x_gcer_outbox_list.do?sysparm_query=state=dead'],
            ['Properties', 'DIRECT', '', 'system_properties_ui.do?sysparm_category=Genesys%20Email%20Routing'],
            ['Agent mapping', 'DIRECT', '', 'sys_user_list.do?sysparm_view=x_gcer_agent_mapping&sysparm_query=active=true^ORDERBYname'],
            ['Outbox: dead updates', 'FILTER', 'x_gcer_outbox', 'state=dead^ORDERBYDESCsys_updated_on'],
            ['Outbox', 'FILTER', 'x_gcer_outbox', 'ORDERBYstate^ORDERBYDESCsys_created_on'],
            ['Routing history', 'FILTER', 'x_gcer_routing_event', 'ORDERBYDESCsys_created_on'],
            ['Genesys-routed interactions', 'FILTER', 'interaction', 'x_gcer_routing_statusISNOTEMPTY^ORDERBYDESCopened_at'],
        ])('links %s (%s %s)', (title, linkType, table, target) => {
            const m = byTitle(title)
            expect(m && [field(m, 'link_type'), field(m, 'name'), field(m, linkType === 'DIRECT' ? 'query' : 'filter')]).toEqual(
                [linkType, table, target]
            )
        })

        it('lists stuck interactions: open routing status, and Genesys confirmation older than a day or never', () => {
            const m = byTitle('Stuck interactions')
            expect(m && [field(m, 'link_type'), field(m, 'name')]).toEqual(['FILTER', 'interaction'])
            // Encoded-query terms (SDK encoded-query-guide): ^OR binds the two date terms only.
            expect(m && field(m, 'filter').split('^')).toEqual([
                'x_gcer_routing_statusINqueued,connected,parked',
                'x_gcer_last_confirmed<javascript:gs.daysAgoStart(1)',
                'ORx_gcer_last_confirmedISEMPTY',
                'ORDERBYx_gcer_last_confirmed',
            ])
        })
    })

    it('shows the Genesys user ID on an app view of the sys_user form and list, never the default view', () => {
        const view = of('sys_ui_view').find((r) => field(r, 'name') === 'x_gcer_agent_mapping')
        expect(view).toBeDefined()
        const form = of('sys_ui_form_sections').find((r) => r.attributes.table === 'sys_user')
        expect(form && readFileSync(form.file, 'utf8')).toContain('<view name="x_gcer_agent_mapping"')
        const section = of('sys_ui_section').find((r) => r.attributes.table === 'sys_user')
        const sectionXml = section ? readFileSync(section.file, 'utf8') : ''
        expect(section?.attributes.view).toBe('x_gcer_agent_mapping')
        expect([...sectionXml.matchAll(/<element>([a-z_]+)<\/element>/g)].map((m) => m[1])).toEqual([
            'name',
            'user_name',
            'email',
            'active',
            'x_gcer_genesys_user_id',
        ])
        const list = of('sys_ui_list').find((r) => r.attributes.table === 'sys_user')
        const listXml = list ? readFileSync(list.file, 'utf8') : ''
        expect(listXml).toContain(`view="${view?.fields.sys_id}"`)
        expect(listXml).toContain('<element>x_gcer_genesys_user_id</element>')
    })

    // ATF suite (SDK atf-guide): Test records with their steps, in order.
    describe('the ATF suite', () => {
        const tests = () => of('sys_atf_test').filter((r) => field(r, 'name').startsWith('x_gcer '))
        const stepsOf = (name: string) => {
            const test = tests().find((r) => field(r, 'name') === name)
            return of('sys_atf_step')
                .filter((r) => field(r, 'test') === test?.fields.sys_id)
                .sort((a, b) => Number(field(a, 'order')) - Number(field(b, 'order')))
                .map((r) => field(r, 'display_name'))
        }

        it('ships at least 10 active tests, each described and with steps', () => {
            expect(tests().length).toBeGreaterThanOrEqual(10)
            for (const test of tests()) {
                expect(field(test, 'active')).toBe('true')
                expect(field(test, 'description').length).toBeGreaterThan(40)
                expect(stepsOf(field(test, 'name')).length).toBeGreaterThan(0)
            }
        })

        it.each([
            ['x_gcer property guard: a valid timeout is saved', ['Record Query', 'Record Update', 'Record Validation']],
            ['x_gcer property guard: a timeout of "10s" is refused', ['Record Query', 'Record Update', 'Record Validation']],
            ['x_gcer property guard: well-formed queue mappings are saved', ['Record Query', 'Record Update']],
            ['x_gcer property guard: malformed queue mappings are refused', ['Record Query', 'Record Update']],
            [
                'x_gcer Resume: shown to the owning agent on a parked email',
                ['Create a User', 'Record Insert', 'Impersonate', 'Open an Existing Record', 'UI Action Visibility'],
            ],
            [
                'x_gcer Resume: hidden on a connected email',
                ['Create a User', 'Record Insert', 'Impersonate', 'Open an Existing Record', 'UI Action Visibility'],
            ],
            [
                'x_gcer agent actions: hidden from an agent who does not own the email',
                ['Create a User', 'Create a User', 'Record Insert', 'Impersonate', 'Open an Existing Record', 'UI Action Visibility'],
            ],
            [
                'x_gcer agent actions: hidden from a user without x_gcer.agent',
                ['Create a User', 'Record Insert', 'Impersonate', 'Open an Existing Record', 'UI Action Visibility'],
            ],
            [
                'x_gcer Retry: shown on a dead outbox row, not on a pending one',
                [
                    'Create a User',
                    'Record Insert',
                    'Record Insert',
                    'Impersonate',
                    'Open an Existing Record',
                    'UI Action Visibility',
                    'Open an Existing Record',
                    'UI Action Visibility',
                ],
            ],
            [
                'x_gcer Create Case: case created, interaction closed',
                [
                    'Create a User',
                    'Record Insert',
                    'Impersonate',
                    'Open an Existing Record',
                    'Click a UI Action',
                    'Record Query',
                    'Record Validation',
                ],
            ],
            [
                'x_gcer events endpoint: 403 for a user without x_gcer.integration',
                ['Create a User', 'Send REST Request - Inbound', 'Assert Status Code'],
            ],
            [
                'x_gcer events endpoint: 400 naming the field for a body without conversationId',
                ['Create a User', 'Send REST Request - Inbound', 'Assert Status Code', 'Assert Response Payload'],
            ],
            ['x_gcer setup check: the offline lines through GenesysEmailRouting', ['Create a User', 'Run Server Side Script']],
            ['x_gcer setup check: refused to a user without x_gcer.admin', ['Create a User', 'Run Server Side Script']],
        ])('%s', (name, steps) => {
            expect(stepsOf(name)).toEqual(steps)
        })

        it('names the UI actions by the sys_ids their keys generated', () => {
            const byId = (id: string) => of('sys_ui_action').find((r) => field(r, 'sys_id') === id)
            expect([RESUME, CREATE_CASE, RETRY].map((id) => byId(id) && field(byId(id)!, 'action_name'))).toEqual([
                'x_gcer_resume',
                'x_gcer_create_case',
                'x_gcer_retry_outbox_row',
            ])
        })
    })

    it.each([
        ['Transfer Email', 'getTransferOptions'],
        ['Disconnect', 'getWrapupCodes'],
        ['Hold', '"hold"'],
    ])('bundles the %s modal into a single onClick(g_form) calling the GlideAjax processor', (name, method) => {
        const action = of('sys_ui_action').find((r) => field(r, 'name') === name)
        const client = action ? field(action, 'client_script_v2') : ''
        expect(client.startsWith('function onClick(g_form) {')).toBe(true)
        expect(client).toContain('x_gcer.GenesysEmailRoutingAjax')
        expect(client).toContain(method)
        expect(client).not.toMatch(/\brequire\(|\bimport\s/)
    })

    it('Hold is the Workspace modal with an optional resume time, no longer a server-side form button', () => {
        const action = of('sys_ui_action').find((r) => field(r, 'action_name') === 'x_gcer_hold')
        expect(action && [field(action, 'client'), field(action, 'form_button'), field(action, 'form_button_v2')]).toEqual(
            ['true', 'false', 'true']
        )
        expect(action && field(action, 'client_script_v2')).toContain('Resume at (optional)')
    })

    it('ships the GlideAjax processor client-callable, package-private and behind an agent ACL', () => {
        const ajax = of('sys_script_include').find((r) => field(r, 'name') === 'GenesysEmailRoutingAjax')
        expect(ajax && [field(ajax, 'client_callable'), field(ajax, 'access')]).toEqual(['true', 'package_private'])
        expect(ajax && field(ajax, 'script')).toContain('Object.extendsObject(global.AbstractAjaxProcessor')
        const acl = of('sys_security_acl').find((r) => field(r, 'name') === 'x_gcer.GenesysEmailRoutingAjax')
        expect(acl && [field(acl, 'type'), field(acl, 'operation')]).toEqual(['client_callable_script_include', 'execute'])
    })

    it('exposes the Genesys events REST API behind an ACL, authenticated', () => {
        const api = of('sys_ws_definition').find((r) => field(r, 'service_id') === 'genesys')
        expect(api && field(api, 'base_uri')).toBe('/api/x_gcer/genesys')
        const routes = of('sys_ws_operation').map((r) => [field(r, 'http_method'), field(r, 'relative_path')])
        expect(routes).toEqual([['POST', '/events']])
        for (const route of of('sys_ws_operation')) {
            expect([field(route, 'requires_authentication'), field(route, 'requires_acl_authorization')]).toEqual([
                'true',
                'true',
            ])
            expect(field(route, 'enforce_acl')).toBe(api?.fields.enforce_acl)
        }
    })

    it('runs the reconciler every minute', () => {
        const job = of('sysauto_script').find((r) => field(r, 'name') === 'Genesys email routing: reconcile with Genesys')
        expect(job && [field(job, 'run_type'), field(job, 'run_period'), field(job, 'active')]).toEqual([
            'periodically',
            '1970-01-01 00:01:00',
            'true',
        ])
    })

    it('runs the outbox job every minute', () => {
        const job = of('sysauto_script').find((r) => field(r, 'name') === 'Genesys email routing: outbox')
        expect(job && [field(job, 'run_type'), field(job, 'run_period'), field(job, 'active')]).toEqual([
            'periodically',
            '1970-01-01 00:01:00',
            'true',
        ])
    })

    it('takes new customer emails and replies through inbound email actions on interaction', () => {
        const actions = of('sysevent_in_email_action').map((r) => [field(r, 'type'), field(r, 'table')])
        expect(actions.sort()).toEqual([
            ['new', 'interaction'],
            ['reply', 'interaction'],
        ])
    })

    it('limits the new-email action to the configured mailboxes through the public script include', () => {
        const action = of('sysevent_in_email_action').find((r) => field(r, 'type') === 'new')
        expect(action && field(action, 'condition_script')).toBe('new x_gcer.GenesysEmailRouting().acceptsNewEmail(email)')
        const include = of('sys_script_include').find((r) => field(r, 'name') === 'GenesysEmailRouting')
        expect(include && field(include, 'script')).toContain('acceptsNewEmail')
        const reply = of('sysevent_in_email_action').find((r) => field(r, 'type') === 'reply')
        expect(reply && field(reply, 'condition_script')).toContain('acceptsReply(email)')
    })

    it('registers the case-created event on the case and notifies the customer on the case, watermarked', () => {
        const event = of('sysevent_register').find((r) => field(r, 'event_name') === 'x_gcer.case_created')
        expect(event && field(event, 'table')).toBe('sn_customerservice_case')
        const notification = of('sysevent_email_action').find((r) => field(r, 'event_name') === 'x_gcer.case_created')
        // On the case: the watermark threads the customer's reply to the case, not the closed interaction.
        expect(
            notification &&
                ['collection', 'generation_type', 'event_parm_1', 'send_self', 'omit_watermark'].map((f) =>
                    field(notification, f)
                )
        ).toEqual(['sn_customerservice_case', 'event', 'true', 'false', 'false'])
        expect(notification && field(notification, 'subject')).toContain('${number}')
    })

    it('sends the agent Reply as a plain-text notification on the interaction, watermarked, to event parm1', () => {
        expect(of('sysevent_register').map((r) => field(r, 'event_name')).sort()).toEqual([
            'x_gcer.agent_reply',
            'x_gcer.case_created',
        ])
        const notification = of('sysevent_email_action').find((r) => field(r, 'event_name') === 'x_gcer.agent_reply')
        expect(
            notification &&
                ['collection', 'generation_type', 'event_parm_1', 'send_self', 'omit_watermark', 'content_type'].map(
                    (f) => field(notification, f)
                )
        ).toEqual(['interaction', 'event', 'true', 'false', 'false', 'text/plain'])
        expect(notification && field(notification, 'message_text')).toBe('${event.parm2}')
        expect(notification && field(notification, 'subject')).toContain('${number}')
        const action = of('sys_ui_action').find((r) => field(r, 'action_name') === 'x_gcer_reply_email')
        expect(action && [field(action, 'table'), field(action, 'client_script_v2')]).toEqual([
            'interaction',
            expect.stringContaining('sysparm_message'),
        ])
        expect(action && field(action, 'condition')).toContain('connected|parked')
    })

    it('validates x_gcer properties before they are saved', () => {
        const rule = of('sys_script').find((r) => field(r, 'name') === 'Genesys email routing: validate x_gcer properties')
        expect(rule && [field(rule, 'collection'), field(rule, 'when'), field(rule, 'filter_condition')]).toEqual([
            'sys_properties',
            'before',
            'nameSTARTSWITHx_gcer.^EQ',
        ])
        expect(rule && [field(rule, 'action_insert'), field(rule, 'action_update')]).toEqual(['true', 'true'])
    })

    it('routes State and Assigned to changes made outside the app: before update on interaction, fields-only condition', () => {
        const rule = of('sys_script').find(
            (r) => field(r, 'name') === 'Genesys email routing: route State and Assigned to changes'
        )
        expect(
            rule && ['collection', 'when', 'filter_condition', 'action_insert', 'action_update'].map((f) => field(rule, f))
        ).toEqual([
            'interaction',
            'before',
            'stateVALCHANGES^ORassigned_toVALCHANGES^x_gcer_routing_statusISNOTEMPTY^EQ',
            'false',
            'true',
        ])
        // The module function runs with (current, previous) (SDK businessrule-api.md "script").
        expect(rule && field(rule, 'script')).toContain('interactionGateRule')
    })

    it('declares only cross-scope privileges whose target scope resolves on install, each one the code needs', () => {
        // target_scope is a sys_scope reference written verbatim (cross-scope-privilege-plugin.js): 'global' is the
        // global scope's sys_id; a scope name such as sn_customerservice would match no scope.
        const shipped = of('sys_scope_privilege').filter((r) => r.attributes.action !== 'DELETE')
        const privileges = shipped.map((r) =>
            ['target_name', 'target_scope', 'operation', 'status'].map((f) => field(r, f))
        )
        expect(privileges.filter(([, scope]) => scope !== 'global' && !/^[0-9a-f]{32}$/.test(scope))).toEqual([])
        expect(privileges.sort()).toEqual(
            [
                ['csm_consumer', 'global', 'read', 'allowed'],
                ['customer_contact', 'global', 'read', 'allowed'],
                ['interaction', 'global', 'create', 'allowed'],
                ['interaction', 'global', 'read', 'allowed'],
                ['interaction', 'global', 'write', 'allowed'],
                ['interaction_related_record', 'global', 'create', 'allowed'],
                ['sys_email', 'global', 'read', 'allowed'],
                ['sys_hub_flow', 'global', 'read', 'allowed'],
                ['sys_user', 'global', 'read', 'allowed'],
            ].sort()
        )
    })

    it('removes on upgrade the earlier sn_customerservice_case privileges whose target scope never resolved', () => {
        const removed = records
            .filter((r) => r.table === 'sys_scope_privilege' && r.attributes.action === 'DELETE')
            .map((r) => r.file.replace(/^.*sys_scope_privilege_|\.xml$/g, ''))
        // Their keys (fluent/generated/keys.ts: privilege-sn-customerservice-case-create/-read/-delete).
        expect(removed).toEqual(
            expect.arrayContaining([
                '66ad0c5ad16342cf8cfb2c25c186d75c',
                'e2aa64f4d116456ba075a00fb8f5c98c',
                'e6e512f7bfd1412c88f4d44f97fcd3c9',
            ])
        )
    })

    it.each([
        // [table, accessible from, caller access, other scopes may: read, create, update, delete]
        ['x_gcer_oauth_token', 'package_private', '2', 'false', 'false', 'false', 'false'],
        ['x_gcer_outbox', 'package_private', '2', 'false', 'false', 'false', 'false'],
        ['x_gcer_routing_event', 'public', '', 'true', 'false', 'false', 'false'],
    ])('limits what other scopes reach of %s', (table, ...access) => {
        const record = of('sys_db_object').find((r) => field(r, 'name') === table)
        expect(
            record &&
                ['access', 'caller_access', 'read_access', 'create_access', 'update_access', 'delete_access'].map((f) =>
                    field(record, f)
                )
        ).toEqual(access)
    })

    it('runs both scheduled jobs as the shipped x_gcer.jobs user: an internal integration user without roles', () => {
        const user = of('sys_user').find((r) => field(r, 'user_name') === 'x_gcer.jobs')
        expect(user && [field(user, 'active'), field(user, 'internal_integration_user')]).toEqual(['true', 'true'])
        const jobs = of('sysauto_script').map((r) => [field(r, 'name'), field(r, 'run_as')])
        expect(jobs.sort()).toEqual([
            ['Genesys email routing: outbox', user && field(user, 'sys_id')],
            ['Genesys email routing: reconcile with Genesys', user && field(user, 'sys_id')],
        ])
        expect(of('sys_user_has_role')).toEqual([])
    })
})

