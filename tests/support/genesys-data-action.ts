import fs from 'fs'
import path from 'path'
import type { TopicEvent, TopicSuffix } from './genesys-events'
import { renderVelocity } from './velocity-template'

/**
 * The shipped Genesys side (`genesys/`) as tests use it: load a file with its `{{placeholders}}`
 * filled, compute what the workflow passes to the data action, and render the data action's real
 * request template into the exact body the instance's event endpoint receives.
 */
export const GENESYS_DIR = path.join(__dirname, '..', '..', 'genesys')

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON files read for assertions
export function loadGenesysFile(relative: string, placeholders: Readonly<Record<string, string>> = {}): any {
    const raw = fs.readFileSync(path.join(GENESYS_DIR, relative), 'utf8')
    return JSON.parse(fillPlaceholders(raw, placeholders))
}

/** Replaces `{{name}}` in JSON text; the value is JSON-escaped. Unknown names stay as they are. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
    return text.replace(/\{\{([\w.]+)\}\}/g, (all, name: string) =>
        name in values ? JSON.stringify(values[name]).slice(1, -1) : all
    )
}

export const TRIGGER_FILES: Readonly<Record<TopicSuffix, string>> = {
    'user.start': 'triggers/user-start.trigger.json',
    'user.end': 'triggers/user-end.trigger.json',
    'customer.end': 'triggers/customer-end.trigger.json',
}
export const ACTION_FILE = 'data-action/post-event.action.json'
export const WORKFLOW_FILE = 'workflow/forward-event.workflow.json'

interface WorkflowInput {
    readonly from?: string
    readonly topicName?: boolean
}

/**
 * What the workflow's Call Data Action step passes, per `genesys/workflow/...`: each input copied
 * from `Flow.jsonData` (left NOT_SET when the event lacks it), plus the topic name built from the
 * conversation id and the workflow's topic suffix.
 */
export function workflowDataActionInput(topicEvent: TopicEvent): Record<string, unknown> {
    const workflow = loadGenesysFile(WORKFLOW_FILE)
    const inputs = workflow.steps[0].inputs as Record<string, WorkflowInput>
    const jsonData = topicEvent.event as Record<string, unknown>
    const input: Record<string, unknown> = {}
    for (const [name, mapping] of Object.entries(inputs)) {
        if (mapping.topicName === true) {
            input[name] = `v2.detail.events.conversation.${String(jsonData.conversationId)}.${topicEvent.suffix}`
        } else if (mapping.from !== undefined && jsonData[mapping.from] !== undefined) {
            input[name] = jsonData[mapping.from]
        }
    }
    return input
}

/** The body the data action POSTs for this event, rendered from the shipped request template. */
export function renderEndpointBody(topicEvent: TopicEvent): string {
    const action = loadGenesysFile(ACTION_FILE)
    return renderVelocity(action.config.request.requestTemplate, { input: workflowDataActionInput(topicEvent) })
}

/** The endpoint body as an object (the rendered template must be JSON). */
export function endpointBodyFor(topicEvent: TopicEvent): Record<string, unknown> {
    return JSON.parse(renderEndpointBody(topicEvent)) as Record<string, unknown>
}
