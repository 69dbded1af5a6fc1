/**
 * Field truth. A wrong field name does not fail on an instance: setValue of a field the table lacks is
 * dropped without a word (the fakes do the same now), so `interaction.parent` silently lost every
 * follow-up link. This test is what catches such a name: every field the app reads, writes or queries on a
 * table must exist in that table's schema from a platform source (SDK table definitions, @servicenow/glide
 * typings, documented list; see support/platform-schema.ts), and the declared list of those fields is proved
 * complete statically (TypeScript AST over src/platform) and by running the adapters on a recording fake.
 */
import { join } from 'node:path'
import { GlideRecord } from '@servicenow/glide'
import { readInteractionEdit } from '../../src/platform/interaction-gate'
import { createCaseNotifier } from '../../src/platform/case-notifier'
import { createCaseService } from '../../src/platform/case-service'
import { createAgentDirectory } from '../../src/platform/agent-directory'
import { emailInteractionCoexistence } from '../../src/platform/email/email-interaction-coexistence'
import { PROPERTY } from '../../src/platform/property-names'
import { systemProperties } from '../../src/platform/settings/property-source'
import { createPlatformFacts } from '../../src/platform/setup/platform-facts'
import { findCustomerContact } from '../../src/platform/email/customer-lookup'
import { createInteractionRepository } from '../../src/platform/interaction-repository'
import { guardPropertyChange } from '../../src/platform/settings/property-guard'
import { replyToCustomer } from '../../src/server/agent-reply'
import { customerReplyEmail, newCustomerEmail } from '../../src/server/inbound-email'
import {
    activatePlugins,
    recordFieldUses,
    resetGlide,
    seedAttachment,
    seedRecord,
    setProperty,
    type FieldUse,
} from '../fakes/glide'
import { scriptedGenesys, type ScriptedGenesys } from '../app/support/scripted-genesys'
import { fieldLiterals } from './support/field-literals'
import { DECLARED_FIELD_USES, declaredRows } from './support/platform-field-uses'
import { isAppTable, sourceOf } from './support/platform-schema'

let mockGenesys: ScriptedGenesys
jest.mock('../../src/platform/genesys/platform-genesys-api', () => ({
    createPlatformGenesysApi: () => mockGenesys.api,
}))

const ROOT = join(__dirname, '../..')
const QUEUE = '11111111-2222-4333-8444-555555555555'
const GENESYS_USER = 'a1111111-1111-4111-8111-111111111111'

describe('every field the app touches exists on its table (platform sources)', () => {
    it('has a source for each declared table.field', () => {
        const missing = declaredRows()
            .filter((row) => sourceOf(row.table, row.field) === null)
            .map((row) => `${row.table}.${row.field} (${row.file})`)
        expect(missing).toEqual([])
    })

    it('would catch the old follow-up link: interaction.parent is not a field, parent_interaction is', () => {
        expect(sourceOf('interaction', 'parent')).toBeNull()
        expect(sourceOf('interaction', 'parent_interaction')).toBe(
            '@servicenow/glide src/sn_interaction/Interaction.d.ts'
        )
    })
})

describe('the declared field list is complete', () => {
    it('lists, for each file, every field name its Glide calls use (TypeScript AST over src/platform, src/server)', () => {
        const literals = [...fieldLiterals(ROOT, 'src/platform'), ...fieldLiterals(ROOT, 'src/server')].filter(
            (l) => !l.file.startsWith('src/platform/glide/')
        )
        const undeclared = literals
            .filter((l) => l.field !== null)
            .filter((l) => !Object.values(DECLARED_FIELD_USES[l.file] || {}).some((fields) => l.field! in fields))
            .map((l) => `${l.field} (${l.file}:${l.line} ${l.call})`)
        expect(undeclared).toEqual([])
        // A field name computed at run time could not be checked: the adapters use names the AST can read.
        expect(literals.filter((l) => l.field === null).map((l) => `${l.file}:${l.line} ${l.call}`)).toEqual([])
    })

    it('lists every table.field the adapters touch, with how (adapters run on a recording fake)', () => {
        const uses = exerciseAdapters().filter((u) => !isAppTable(u.table))
        const declared = (table: string, field: string) =>
            Object.values(DECLARED_FIELD_USES).flatMap((tables) => tables[table]?.[field] ?? [])
        const undeclared = uses
            .filter((u) => !declared(u.table, u.field).includes(u.kind))
            .map((u) => `${u.table}.${u.field} (${u.kind})`)
        expect([...new Set(undeclared)]).toEqual([])
        // And nothing declared for a platform table is stale: each was seen in the run.
        const seen = new Set(uses.map((u) => `${u.table}.${u.field}`))
        const unseen = declaredRows()
            .filter((row) => !isAppTable(row.table) && !seen.has(`${row.table}.${row.field}`))
            .map((row) => `${row.table}.${row.field} (${row.file})`)
        expect(unseen).toEqual([])
    })
})

/** Runs every platform adapter that touches a platform table once per branch; returns what it touched. */
function exerciseAdapters(): FieldUse[] {
    resetGlide()
    mockGenesys = scriptedGenesys()
    setProperty('x_gcer.genesys.provider', 'ServiceNow')
    setProperty('x_gcer.genesys.queue_mappings', JSON.stringify([{ queueId: QUEUE, name: 'Billing', default: true }]))
    setProperty('x_gcer.email.inbound_addresses', 'support@acme.com')
    activatePlugins('sn_eaai_csm')
    const account = seedRecord('customer_account', { name: 'Acme' })
    const contact = seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com', account })
    const agent = seedRecord('sys_user', { name: 'Alice', user_name: 'alice', x_gcer_genesys_user_id: GENESYS_USER })
    const parked = seedRecord('interaction', {
        type: 'email',
        state: 'on_hold',
        x_gcer_routing_status: 'parked',
        assigned_to: agent,
        x_gcer_conversation_id: 'c1111111-1111-4111-8111-111111111111',
        x_gcer_participant_id: 'f1111111-1111-4111-8111-111111111111',
    })
    const closed = seedRecord('interaction', {
        type: 'email',
        state: 'closed_complete',
        x_gcer_routing_status: 'closed',
    })
    const consumer = seedRecord('csm_consumer', { name: 'Dana', email: 'dana@example.org' })
    const forConsumer = seedRecord('interaction', { x_gcer_routing_status: 'connected', assigned_to: agent, consumer })
    const guest = seedRecord('interaction', { x_gcer_routing_status: 'connected', assigned_to: agent })
    seedRecord('sys_email', { type: 'received', instance: guest, user: 'guest@example.com' })
    const emailId = seedRecord('sys_email', { type: 'received', subject: 'Invoice' })
    seedAttachment('sys_email', emailId, 'invoice.pdf')
    const message = { subject: 'Invoice', from: 'carla@example.com', direct: 'support@acme.com', headers: '' }
    const newCurrent = new GlideRecord('interaction')
    newCurrent.initialize()
    const parkedCurrent = new GlideRecord('interaction')
    parkedCurrent.get(parked)
    const closedCurrent = new GlideRecord('interaction')
    closedCurrent.get(closed)
    seedRecord('sys_user', { user_name: 'bob', x_gcer_genesys_user_id: 'b2222222-2222-4222-8222-222222222222' })
    const property = new GlideRecord('sys_properties')
    property.initialize()
    property.setValue('name', 'x_gcer.http.timeout_ms')
    property.setValue('value', '5000')
    // The platform's sysevent of an inbound email action: `instance` is the received sys_email.
    const event = new GlideRecord('sysevent')
    event.initialize()
    event.setValue('instance', emailId)

    return recordFieldUses(() => {
        readInteractionEdit(parkedCurrent, closedCurrent)
        const repo = createInteractionRepository(() => 0)
        repo.findByConversationId('c1111111-1111-4111-8111-111111111111')
        repo.update(parked, { status: 'closed', owner: null, pendingTarget: null, communicationId: null })
        newCustomerEmail(newCurrent, event, message)
        customerReplyEmail(parkedCurrent, event, message)
        customerReplyEmail(closedCurrent, event, message)
        createCaseService().createAndLink({
            interaction: parked,
            contact,
            account,
            shortDescription: 'Invoice',
            description: 'From email',
        })
        createCaseNotifier().caseCreated(parked, 'ffffffffffffffffffffffffffffffff', 'CS0000001')
        const agents = createAgentDirectory()
        agents.findByGenesysUserId(GENESYS_USER)
        agents.findBySysId(agent)
        agents.listMappedAgents()
        findCustomerContact(contact, '')
        findCustomerContact(null, 'carla@example.com')
        emailInteractionCoexistence()
        // The setup check's facts: a user found, each required role looked up, and one held.
        setProperty(PROPERTY.integrationUserName, 'alice')
        seedRecord('sys_user_has_role', { user: agent, role: seedRecord('sys_user_role', { name: 'snc_internal' }) })
        createPlatformFacts(systemProperties).integrationUser()
        guardPropertyChange(property)
        const owner = { userSysId: agent, isAgent: true, isAdmin: false, isIntegration: false }
        replyToCustomer(owner, { interactionSysId: forConsumer, message: 'Hello' })
        replyToCustomer(owner, { interactionSysId: guest, message: 'Hello' })
    })
}
