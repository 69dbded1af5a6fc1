import { describeMappingErrors, parseQueueMappings } from '../domain/queue-mappings'
import { emailInteractionCoexistence } from '../platform/email/email-interaction-coexistence'
import { acceptsNewEmail, acceptsReply, type RecipientsLike } from '../platform/email/new-email-filter'
import { systemProperties } from '../platform/settings/property-source'

/**
 * Public server API of the app (script include x_gcer.GenesysEmailRouting), for admins' scripts,
 * flows, other scopes and the new-email inbound action's condition. Bundled by esbuild into one
 * IIFE; see scripts/build-includes.mjs.
 */
export const prototype = {
    initialize: function () {},

    /** Checks a queue-mapping JSON value before an admin saves it. */
    validateQueueMappings: function (json: string) {
        const result = parseQueueMappings(json)
        return result.ok
            ? { valid: true, queues: result.value.length, errors: [], message: '' }
            : { valid: false, queues: 0, errors: result.error, message: describeMappingErrors(result.error) }
    },

    /** Condition of the new-email inbound action: a person's mail sent to x_gcer.email.inbound_addresses. */
    acceptsNewEmail: function (email: RecipientsLike): boolean {
        return acceptsNewEmail(email || {}, systemProperties)
    },

    /** Condition of the reply inbound action: not an auto-reply. */
    acceptsReply: function (email: RecipientsLike): boolean {
        return acceptsReply(email || {})
    },

    /**
     * Setup check: is Email Interaction for CSM (sn_eaai_csm) active, and which of its email flows would
     * handle inbound email before this app? `{ active, flows: [{ name, active }], conflict, advice }`.
     */
    emailInteractionCoexistence: function () {
        return emailInteractionCoexistence()
    },

    type: 'GenesysEmailRouting',
}
