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

// The build does not check references to platform tables or fields: this test is what proves
// the package holds every record the app's code relies on.
let records: AppRecord[] = []
let appDir = ''
const of = (table: string) => records.filter((r) => r.table === table)
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

    it.each([
        ['Transfer Email', 'getTransferOptions'],
        ['Disconnect', 'getWrapupCodes'],
    ])('bundles the %s modal into a single onClick(g_form) calling the GlideAjax processor', (name, method) => {
        const action = of('sys_ui_action').find((r) => field(r, 'name') === name)
        const client = action ? field(action, 'client_script_v2') : ''
        expect(client.startsWith('function onClick(g_form) {')).toBe(true)
        expect(client).toContain('x_gcer.GenesysEmailRoutingAjax')
        expect(client).toContain(method)
        expect(client).not.toMatch(/\brequire\(|\bimport\s/)
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

    it('registers the case-created event and notifies the interaction contact on it', () => {
        expect(of('sysevent_register').map((r) => field(r, 'event_name'))).toContain('x_gcer.case_created')
        const notification = of('sysevent_email_action').find((r) => field(r, 'event_name') === 'x_gcer.case_created')
        expect(notification && [field(notification, 'collection'), field(notification, 'recipient_fields')]).toEqual([
            'interaction',
            'contact',
        ])
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

    it.each([
        ['interaction', 'global', 'create'],
        ['interaction', 'global', 'write'],
        ['interaction_related_record', 'global', 'create'],
        ['sn_customerservice_case', 'sn_customerservice', 'create'],
        ['sn_customerservice_case', 'sn_customerservice', 'delete'],
    ])('declares the cross-scope privilege to %s (%s) for %s', (table, scope, operation) => {
        const privilege = of('sys_scope_privilege').find(
            (r) => field(r, 'target_name') === table && field(r, 'operation') === operation
        )
        expect(privilege && [field(privilege, 'target_scope'), field(privilege, 'status')]).toEqual([scope, 'allowed'])
    })
})

