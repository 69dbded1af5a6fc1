import {
    ACTION_FILE,
    endpointBodyFor,
    loadGenesysFile,
    renderEndpointBody,
    WORKFLOW_FILE,
    workflowDataActionInput,
} from '../support/genesys-data-action'
import {
    customerEndEvent,
    FIXTURE_EVENT_TIME,
    FIXTURE_IDS,
    FIXTURE_PROVIDER,
    userEndEvent,
    userStartEvent,
} from '../support/genesys-events'
import type { TopicEvent } from '../support/genesys-events'
import { checkAgainstModel } from '../support/sdk-models'
import { renderVelocity } from '../support/velocity-template'
import { ENDPOINT_BODY_FIELDS, ENDPOINT_PATH, ENDPOINT_REQUIRED } from './endpoint-contract'

const ids = FIXTURE_IDS
const PLACEHOLDERS = { integrationId: 'int-1', integrationName: 'ServiceNow x_gcer', instance: 'acme.service-now.com' }

describe('genesys/data-action: the Web Services Data Action', () => {
    const action = loadGenesysFile(ACTION_FILE, PLACEHOLDERS)

    it('is a PostActionInput; its config an ActionConfig; its contract an ActionContractInput (SDK models)', () => {
        expect(checkAgainstModel(action, 'PostActionInput')).toEqual([])
        expect(checkAgainstModel(action.contract, 'ActionContractInput')).toEqual([])
        expect(checkAgainstModel(action.config.request, 'RequestConfig')).toEqual([])
        expect(checkAgainstModel(action.config.response, 'ResponseConfig')).toEqual([])
        expect(checkAgainstModel(action.contract.input.inputSchema, 'JsonSchemaDocument')).toEqual([])
        expect(checkAgainstModel(action.contract.output.successSchema, 'JsonSchemaDocument')).toEqual([])
    })

    it('POSTs JSON to the instance endpoint, within the data action time limit', () => {
        expect(action.config.request.requestType).toBe('POST')
        expect(action.config.request.requestUrlTemplate).toBe(`https://acme.service-now.com${ENDPOINT_PATH}`)
        expect(action.config.request.headers).toEqual({
            'Content-Type': 'application/json',
            Accept: 'application/json',
        })
        // Data actions time out between 1 and 60 s (Resource Center); the endpoint answers in well under that.
        expect(action.config.timeoutSeconds).toBeGreaterThanOrEqual(1)
        expect(action.config.timeoutSeconds).toBeLessThanOrEqual(60)
    })

    it('takes exactly the endpoint body as input: same fields, same types, same required ones (COORD.md)', () => {
        const schema = action.contract.input.inputSchema
        const types = Object.fromEntries(
            Object.entries(schema.properties as Record<string, { type: string }>).map(([k, v]) => [
                k,
                v.type === 'integer' ? 'number' : v.type,
            ])
        )
        expect(types).toEqual(ENDPOINT_BODY_FIELDS)
        expect([...schema.required].sort()).toEqual([...ENDPOINT_REQUIRED].sort())
        expect(Object.keys(schema.properties)).not.toContain('eventId')
    })

    it('translates the 200 answer {ok, outcome, duplicate} into its success schema', () => {
        const { translationMap, successTemplate } = action.config.response
        const answer = { ok: true, outcome: 'applied "assigned"', duplicate: false, message: 'x' }
        // A translation map entry is a JSONPath; `$.name` yields that field as JSON text.
        const translated = Object.fromEntries(
            Object.entries(translationMap as Record<string, string>).map(([k, p]) => [
                k,
                JSON.stringify((answer as Record<string, unknown>)[p.replace(/^\$\./, '')]),
            ])
        )
        const output = JSON.parse(renderVelocity(successTemplate, translated))
        expect(output).toEqual({ ok: true, outcome: 'applied "assigned"', duplicate: false })
        expect(Object.keys(action.contract.output.successSchema.properties).sort()).toEqual(Object.keys(output).sort())
    })
})

describe('genesys/workflow: one Call Data Action step over Flow.jsonData', () => {
    const workflow = loadGenesysFile(WORKFLOW_FILE)
    const action = loadGenesysFile(ACTION_FILE)

    it('has the jsonData input the Json data format requires, and one workflow per trigger topic', () => {
        expect(workflow.inputVariables).toEqual([{ name: 'Flow.jsonData', type: 'JSON', inputToFlow: true }])
        expect(workflow.oneWorkflowPerTrigger).toEqual(['user.start', 'user.end', 'customer.end'])
        expect(workflow.steps.map((s: { type: string }) => s.type)).toEqual(['Call Data Action', 'End Workflow'])
        expect(workflow.steps[0].dataAction).toBe(action.name)
    })

    it('fills every data action input, each from a topic event field (or the topic name)', () => {
        const inputs = workflow.steps[0].inputs as Record<string, { from?: string; topicName?: boolean }>
        expect(Object.keys(inputs).sort()).toEqual(Object.keys(action.contract.input.inputSchema.properties).sort())
        for (const [name, mapping] of Object.entries(inputs)) {
            if (name === 'topicName') expect(mapping.topicName).toBe(true)
            else
                expect(
                    checkAgainstModel({ [mapping.from ?? '?']: 'x' }, 'UserEndDetailEventTopicUserEndEvent').length
                ).toBeLessThanOrEqual(1)
        }
    })
})

describe('the rendered request template is the endpoint body for each topic (COORD.md)', () => {
    const base = {
        eventTime: FIXTURE_EVENT_TIME,
        conversationId: ids.conversationId,
        mediaType: 'EMAIL',
        provider: FIXTURE_PROVIDER,
    }

    it('user.start: who is offered the email, on which queue', () => {
        expect(endpointBodyFor({ suffix: 'user.start', event: userStartEvent() })).toEqual({
            ...base,
            topicName: `v2.detail.events.conversation.${ids.conversationId}.user.start`,
            participantId: ids.agentParticipantId,
            sessionId: ids.agentSessionId,
            userId: ids.userId,
            queueId: ids.queueId,
        })
    })

    it('user.end: the same agent segment, with why it ended', () => {
        expect(endpointBodyFor({ suffix: 'user.end', event: userEndEvent({ disconnectType: 'transfer' }) })).toEqual({
            ...base,
            eventTime: FIXTURE_EVENT_TIME + 60_000,
            topicName: `v2.detail.events.conversation.${ids.conversationId}.user.end`,
            participantId: ids.agentParticipantId,
            sessionId: ids.agentSessionId,
            userId: ids.userId,
            queueId: ids.queueId,
            disconnectType: 'transfer',
        })
    })

    it('customer.end: the customer participant, no user, no queue', () => {
        expect(endpointBodyFor({ suffix: 'customer.end', event: customerEndEvent() })).toEqual({
            ...base,
            eventTime: FIXTURE_EVENT_TIME + 120_000,
            topicName: `v2.detail.events.conversation.${ids.conversationId}.customer.end`,
            participantId: ids.customerParticipantId,
            sessionId: ids.customerSessionId,
            disconnectType: 'endpoint',
        })
    })

    it('leaves out optional fields the event does not carry (never an empty string or a literal ${...})', () => {
        const event: TopicEvent = {
            suffix: 'user.start',
            event: userStartEvent({ queueId: undefined, participantId: undefined }),
        }
        const body = endpointBodyFor(event)
        expect(body).not.toHaveProperty('queueId')
        expect(body).not.toHaveProperty('participantId')
        expect(renderEndpointBody(event)).not.toMatch(/\$\{|""/)
    })

    it('keeps only fields of the endpoint contract, whatever else the event carries (subject, addresses)', () => {
        const body = endpointBodyFor({ suffix: 'user.end', event: userEndEvent() })
        expect(Object.keys(body).every((k) => k in ENDPOINT_BODY_FIELDS)).toBe(true)
        expect(typeof body.eventTime).toBe('number')
    })

    it('escapes quotes and backslashes in string fields so the body stays valid JSON', () => {
        const tricky = 'Service"Now\\ \n x'
        const body = endpointBodyFor({ suffix: 'user.start', event: userStartEvent({ provider: tricky }) })
        expect(body.provider).toBe(tricky)
    })

    it('passes the workflow input through unchanged (the workflow adds only the topic name)', () => {
        const input = workflowDataActionInput({ suffix: 'customer.end', event: customerEndEvent() })
        expect(input).not.toHaveProperty('userId')
        expect(input.topicName).toBe(`v2.detail.events.conversation.${ids.conversationId}.customer.end`)
    })
})
