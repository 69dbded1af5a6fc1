import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { resetGlide } from '../fakes/glide'
import { pendingRestResponses, scriptRestResponse, sentRestMessages, setRestResponder } from '../fakes/glide/sn_ws'

beforeEach(() => resetGlide())

function send(): ReturnType<RESTMessageV2['execute']> {
    const message = new RESTMessageV2()
    message.setEndpoint('https://api.example/x')
    message.setHttpMethod('get')
    return message.execute()
}

describe('fake RESTMessageV2', () => {
    it('answers with the scripted responses in order, each once', () => {
        scriptRestResponse({ status: 200, body: 'first' }, { status: 204 })
        expect(send().getBody()).toBe('first')
        expect(send().getStatusCode()).toBe(204)
        expect(pendingRestResponses()).toBe(0)
        expect(sentRestMessages().map((m) => m.endpoint)).toEqual(['https://api.example/x', 'https://api.example/x'])
    })

    it('flags an HTTP error status as the platform does, and reads headers case-insensitively', () => {
        scriptRestResponse({ status: 503, headers: { 'Retry-After': '5' } })
        const response = send()
        expect([response.haveError(), response.getErrorCode()]).toEqual([true, 503])
        expect(response.getHeader('retry-after')).toBe('5')
    })

    it('throws from execute() when no response is scripted, after recording the message', () => {
        expect(() => send()).toThrow(/no response scripted for get https:\/\/api.example\/x/)
        expect(sentRestMessages()).toHaveLength(1)
    })

    it('forgets scripts and sent messages on resetGlide()', () => {
        scriptRestResponse({ status: 200 })
        send()
        scriptRestResponse({ status: 200 })
        resetGlide()
        expect([pendingRestResponses(), sentRestMessages().length]).toEqual([0, 0])
    })
})

describe('RESTMessageV2 fake: responder', () => {
    it('answers from the responder when nothing is scripted, scripted responses first', () => {
        resetGlide()
        setRestResponder((m) => ({ status: 200, body: `echo ${m.method} ${m.endpoint}` }))
        scriptRestResponse({ status: 503 })
        expect(send().getStatusCode()).toBe(503)
        expect(send().getBody()).toBe('echo get https://api.example/x')
        resetGlide()
        expect(() => send()).toThrow(/no response scripted/)
    })
})
