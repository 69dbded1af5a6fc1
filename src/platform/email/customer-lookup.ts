import { GlideRecord } from '@servicenow/glide'
import { valueOf } from '../glide/record-values'

export interface CustomerMatch {
    readonly contact: string
    readonly account: string | null
}

/**
 * The CSM contact who wrote: the sys_user the platform matched to the sender when it is a contact,
 * else the active contact with that email address. One read either way.
 */
export function findCustomerContact(fromUserSysId: string | null, fromAddress: string): CustomerMatch | null {
    const gr = new GlideRecord('customer_contact')
    if (fromUserSysId) gr.addQuery('sys_id', fromUserSysId)
    else if (fromAddress !== '') {
        gr.addQuery('email', fromAddress)
        gr.addQuery('active', true)
    } else return null
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return null
    return { contact: gr.getUniqueValue(), account: valueOf(gr, 'account') }
}
