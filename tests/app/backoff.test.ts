import { MAX_BACKOFF_SECONDS, retryDelaySeconds } from '../../src/app/backoff'

describe('retry delay', () => {
    it('doubles from the base delay', () => {
        expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n, 30))).toEqual([30, 60, 120, 240])
    })

    it('is capped', () => {
        expect(retryDelaySeconds(30, 30)).toBe(MAX_BACKOFF_SECONDS)
    })

    it('never comes sooner than Retry-After, even past the cap', () => {
        expect(retryDelaySeconds(1, 30, 90)).toBe(90)
        expect(retryDelaySeconds(1, 30, 7200)).toBe(7200)
        expect(retryDelaySeconds(3, 30, 10)).toBe(120)
    })

    it('treats a zero or negative base as one second', () => {
        expect(retryDelaySeconds(1, 0)).toBe(1)
    })
})
