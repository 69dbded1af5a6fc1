/** The queues and the customer email the client-over-stand-in tests share. */
export const STAND_IN_QUEUES = [
    { id: 'q-support', name: 'Support' },
    { id: 'q-billing', name: 'Billing' },
]

export const STAND_IN_EMAIL = {
    provider: 'ServiceNow',
    queueId: 'q-support',
    toAddress: 'help@acme.test',
    fromAddress: 'carol@customer.test',
    subject: 'Printer on fire',
}
