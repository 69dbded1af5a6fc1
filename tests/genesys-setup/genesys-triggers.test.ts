import { TOPIC_SUFFIXES } from '../support/genesys-events'
import { loadGenesysFile, TRIGGER_FILES } from '../support/genesys-data-action'
import { SDK_ENUMS } from '../support/genesys-enums'
import { checkAgainstModel } from '../support/sdk-models'

const PLACEHOLDERS = {
    provider: 'ServiceNow',
    'workflowId.user.start': 'wf-start',
    'workflowId.user.end': 'wf-end',
    'workflowId.customer.end': 'wf-customer-end',
}

/** Top-level keys of each topic event interface in the SDK typings (what a matchCriteria jsonPath may name). */
const EVENT_MODEL = {
    'user.start': 'UserStartDetailEventTopicUserStartEvent',
    'user.end': 'UserEndDetailEventTopicUserEndEvent',
    'customer.end': 'CustomerEndDetailEventTopicCustomerEndEvent',
} as const

describe.each(TOPIC_SUFFIXES)('genesys/triggers: %s', (suffix) => {
    const trigger = loadGenesysFile(TRIGGER_FILES[suffix], PLACEHOLDERS)

    it('is a valid CreateTriggerRequest (and Trigger): every key in the SDK model, required ones present', () => {
        expect(checkAgainstModel(trigger, 'CreateTriggerRequest')).toEqual([])
        expect(checkAgainstModel(trigger, 'Trigger')).toEqual([])
    })

    it('subscribes to the detail-event topic of that name', () => {
        expect(trigger.topicName).toBe(`v2.detail.events.conversation.{id}.${suffix}`)
        expect(trigger.enabled).toBe(true)
    })

    it('targets a Workflow with the Json data format (the workflow input is then jsonData)', () => {
        expect(SDK_ENUMS['TriggerTarget.type']).toContain(trigger.target.type)
        expect(trigger.target.type).toBe('Workflow')
        expect(SDK_ENUMS['WorkflowTargetSettings.dataFormat']).toContain(
            trigger.target.workflowTargetSettings.dataFormat
        )
        expect(trigger.target.workflowTargetSettings.dataFormat).toBe('Json')
        expect(trigger.target.id).toBe(PLACEHOLDERS[`workflowId.${suffix}`])
    })

    it('matches only EMAIL events of the app provider, on fields the topic event really has', () => {
        expect(trigger.matchCriteria).toEqual([
            { jsonPath: 'mediaType', operator: 'Equal', value: 'EMAIL' },
            { jsonPath: 'provider', operator: 'Equal', value: 'ServiceNow' },
        ])
        for (const criterion of trigger.matchCriteria) {
            expect(SDK_ENUMS['MatchCriteria.operator']).toContain(criterion.operator)
            // A jsonPath naming a field the event lacks would never match.
            expect(checkAgainstModel({ [criterion.jsonPath]: criterion.value }, EVENT_MODEL[suffix])).toEqual([])
        }
    })

    it('drops events older than its TTL (the reconciler covers what is dropped)', () => {
        expect(trigger.eventTTLSeconds).toBeGreaterThanOrEqual(60)
        expect(trigger.eventTTLSeconds).toBeLessThanOrEqual(3600)
    })

    it('leaves no placeholder unfilled once the documented ones are given', () => {
        expect(JSON.stringify(trigger)).not.toMatch(/\{\{/)
    })
})
