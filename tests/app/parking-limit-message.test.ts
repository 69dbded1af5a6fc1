import { genesysFirstFailure, isParkingLimit, PARKING_LIMIT_MESSAGE } from '../../src/app/genesys-messages'
import type { GenesysError } from '../../src/genesys/genesys-error'
import { createClientHarness } from '../support/genesys-stand-in/client-harness'
import { MAX_PARKED_PER_USER } from '../support/genesys-stand-in/routing-sim'
import { startStandIn, type RunningStandIn } from '../support/genesys-stand-in/start-stand-in'
import { GENESYS_ERRORS } from './support/scripted-genesys'

// Genesys parks at most 10 emails per user (DOMAIN.md section 4); the stand-in refuses the 11th with the 400
// ErrorBody it documents (tests/support/genesys-stand-in/README.md). The unmodified client reads that answer
// over HTTP; the agent must be told the limit, not a raw Genesys sentence.
let standIn: RunningStandIn

beforeAll(async () => {
    standIn = await startStandIn()
})

afterAll(async () => {
    await standIn.close()
})

function refusedEleventhPark(): GenesysError {
    standIn.admin.reset()
    standIn.admin.seedQueues([{ id: 'q-1', name: 'Billing' }])
    standIn.admin.seedUsers([{ id: 'u-1', name: 'Ada' }])
    const { client } = createClientHarness(standIn, { clockStartMs: Date.now() })
    let last: GenesysError | null = null
    for (let i = 0; i <= MAX_PARKED_PER_USER; i++) {
        const created = client.createEmailConversation({
            provider: 'ServiceNow',
            queueId: 'q-1',
            toAddress: 'support@acme.test',
            fromAddress: 'carla@example.test',
            subject: `Email ${i}`,
        })
        if (!created.ok) throw new Error(`create failed: ${created.error.message}`)
        const cid = created.value.conversationId
        const agent = standIn.admin.assignAgent(cid, 'u-1')
        const parked = client.park(cid, agent.participantId)
        if (i < MAX_PARKED_PER_USER) expect(parked.ok).toBe(true)
        else if (!parked.ok) last = parked.error
    }
    if (last === null) throw new Error('the 11th park was accepted')
    return last
}

describe("Genesys's limit of 10 parked emails, as the agent reads it", () => {
    it('recognises the refused 11th park and says what to do; nothing was changed', () => {
        const error = refusedEleventhPark()
        expect(error).toMatchObject({ kind: 'bad_request', status: 400 })
        expect(isParkingLimit(error)).toBe(true)
        expect(genesysFirstFailure('park the email', error)).toMatchObject({
            code: 'genesys_refused',
            message: PARKING_LIMIT_MESSAGE,
        })
        expect(PARKING_LIMIT_MESSAGE).toBe(
            'You already have 10 parked emails in Genesys Cloud (its limit); resume one first. Nothing was changed.'
        )
    })

    it('keeps the generic refusal, with Genesys own words, for any other 400', () => {
        const other = GENESYS_ERRORS.badRequest()
        expect(isParkingLimit(other)).toBe(false)
        expect(genesysFirstFailure('park the email', other).message).toMatch(
            /^Genesys Cloud refused to park the email: The queue is not accepting transfers/
        )
        expect(isParkingLimit({ ...other, message: 'Only a connected agent participant can be parked.' })).toBe(false)
    })
})
