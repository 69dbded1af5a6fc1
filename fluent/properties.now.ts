import { Property, Record } from '@servicenow/sdk/core'
import { adminRole } from './security/roles.now'
import { GENESYS_ENVIRONMENT_DOMAINS } from '../src/genesys/genesys-environments'
import { PROPERTY } from '../src/platform/property-names'

// Groups every x_gcer property on one admin page (sys_properties_list.do?sysparm_category=...).
export const propertiesCategory = Record({
    $id: Now.ID['properties-category'],
    table: 'sys_properties_category',
    data: {
        name: 'Genesys Email Routing',
        title: 'Genesys Cloud email routing for CSM',
    },
})

const apiMaxPayloadBytes = Property({
    $id: Now.ID['property-api-max-payload-bytes'],
    name: PROPERTY.inboundMaxPayloadBytes,
    type: 'integer',
    value: 16384,
    description: 'Largest request body the Genesys event endpoint accepts, in bytes.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-api-max-payload-bytes-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: apiMaxPayloadBytes },
})

const emailInboundAddresses = Property({
    $id: Now.ID['property-email-inbound-addresses'],
    name: PROPERTY.inboundMailboxes,
    type: 'string',
    value: '',
    description:
        'Mailboxes whose new email is routed through Genesys, comma separated (e.g. support@acme.com). Empty: no new email is routed (other inbound actions keep it).',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-email-inbound-addresses-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: emailInboundAddresses },
})

const genesysCredentialAlias = Property({
    $id: Now.ID['property-genesys-credential-alias'],
    name: PROPERTY.credentialAlias,
    type: 'string',
    value: '',
    description:
        'Connection and Credential alias (sys_alias sys_id) holding the Genesys OAuth client id and secret. The secret itself is never stored in a property.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-credential-alias-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: genesysCredentialAlias },
})

const genesysDefaultQueueId = Property({
    $id: Now.ID['property-genesys-default-queue-id'],
    name: PROPERTY.defaultQueueId,
    type: 'string',
    value: '',
    description:
        'Genesys queue id new emails are routed to. Empty: the mapping marked default. Must be a mapped queue.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-default-queue-id-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: genesysDefaultQueueId },
})

const genesysEnvironment = Property({
    $id: Now.ID['property-genesys-environment'],
    name: PROPERTY.environment,
    type: 'choicelist',
    value: 'mypurecloud.com',
    choices: GENESYS_ENVIRONMENT_DOMAINS,
    description: 'Genesys Cloud region (environment host), e.g. mypurecloud.com or euw2.pure.cloud.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-environment-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: genesysEnvironment },
})

const genesysProvider = Property({
    $id: Now.ID['property-genesys-provider'],
    name: PROPERTY.provider,
    type: 'string',
    value: 'ServiceNow',
    description: 'Third-party email provider name sent to Genesys when routing a new email.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-provider-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: genesysProvider },
})

const genesysQueueMappings = Property({
    $id: Now.ID['property-genesys-queue-mappings'],
    name: PROPERTY.queueMappings,
    type: 'string',
    value: '[]',
    description:
        'Genesys queues offered for transfer, as JSON: [{"queueId": "<uuid>", "name": "Billing", "default": true}]. Invalid JSON disables transfers to queues until fixed.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-queue-mappings-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: genesysQueueMappings },
})

const httpTimeoutMs = Property({
    $id: Now.ID['property-http-timeout-ms'],
    name: PROPERTY.httpTimeoutMs,
    type: 'integer',
    value: 5000,
    description:
        'Timeout of one Genesys HTTP request an agent waits on, in milliseconds (1000 to 30000). The outbox job allows itself three times as long.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-http-timeout-ms-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: httpTimeoutMs },
})

const outboxBaseDelaySeconds = Property({
    $id: Now.ID['property-outbox-base-delay-seconds'],
    name: PROPERTY.outboxBaseDelaySeconds,
    type: 'integer',
    value: 30,
    description:
        'First retry delay of a deferred Genesys update; doubles each attempt, or longer when Genesys sends Retry-After.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-outbox-base-delay-seconds-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: outboxBaseDelaySeconds },
})

const outboxMaxAttempts = Property({
    $id: Now.ID['property-outbox-max-attempts'],
    name: PROPERTY.outboxMaxAttempts,
    type: 'integer',
    value: 10,
    description: 'Attempts before a deferred Genesys update is marked dead in the outbox.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-outbox-max-attempts-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: outboxMaxAttempts },
})

const retryInteractiveBudgetMs = Property({
    $id: Now.ID['property-retry-interactive-budget-ms'],
    name: PROPERTY.interactiveBudgetMs,
    type: 'integer',
    value: 4000,
    description: 'Longest total wait between retries of a Genesys call an agent waits on, in milliseconds.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-retry-interactive-budget-ms-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: retryInteractiveBudgetMs },
})

const retryInteractiveMaxAttempts = Property({
    $id: Now.ID['property-retry-interactive-max-attempts'],
    name: PROPERTY.interactiveMaxAttempts,
    type: 'integer',
    value: 3,
    description: 'Attempts for a Genesys call an agent waits on (1 to 5).',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-retry-interactive-max-attempts-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: retryInteractiveMaxAttempts },
})

const wrapupCaseCreated = Property({
    $id: Now.ID['property-wrapup-case-created'],
    name: PROPERTY.caseCreatedWrapupCode,
    type: 'string',
    value: '',
    description: 'Genesys wrap-up code id applied when an agent closes an email by creating a case.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-wrapup-case-created-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: wrapupCaseCreated },
})

const wrapupDefaultDisconnect = Property({
    $id: Now.ID['property-wrapup-default-disconnect'],
    name: PROPERTY.defaultWrapupCode,
    type: 'string',
    value: '',
    description: 'Genesys wrap-up code id applied when an agent disconnects without choosing one.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-wrapup-default-disconnect-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: wrapupDefaultDisconnect },
})

const reconcileStaleAfterSeconds = Property({
    $id: Now.ID['property-reconcile-stale-after-seconds'],
    name: PROPERTY.reconcileStaleAfterSeconds,
    type: 'integer',
    value: 600,
    description:
        'The reconciler reads the Genesys conversation of a routed interaction whose state was not confirmed for this many seconds.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-reconcile-stale-after-seconds-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: reconcileStaleAfterSeconds },
})

const reconcileMaxPerRun = Property({
    $id: Now.ID['property-reconcile-max-per-run'],
    name: PROPERTY.reconcileMaxPerRun,
    type: 'integer',
    value: 50,
    description:
        'Conversation reads per reconcile run (every minute), at most 60: 20% of the 300 requests a minute a Genesys token may make.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-reconcile-max-per-run-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: reconcileMaxPerRun },
})

// The user Genesys's data action signs in as (basic auth on /api/x_gcer/genesys/events): the setup check
// reads its roles. Only a name: its password lives in Genesys's credential, never here.
const integrationUserName = Property({
    $id: Now.ID['property-integration-user-name'],
    name: PROPERTY.integrationUserName,
    type: 'string',
    value: '',
    description:
        'User name (sys_user.user_name) of the integration user Genesys Cloud calls the events endpoint as; it needs x_gcer.integration and snc_internal. Read by the setup check.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-integration-user-name-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: integrationUserName },
})
