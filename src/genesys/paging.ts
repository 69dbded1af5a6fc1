import { err, ok, type Result } from '../domain/result'
import type { ApiCaller } from './api-caller'
import { invalidResponse } from './error-mapping'
import type { GenesysError } from './genesys-error'
import type { Logger } from './genesys-ports'
import { parseJson } from './json'
import { toIdNamePage } from './response-parsing'

export const PAGE_SIZE = 100
/** 50 pages of 100: far above any real org's queues, low enough to stop a runaway listing. */
export const MAX_PAGES = 50

/**
 * Reads every page of a Genesys EntityListing (pageNumber from 1 until pageCount). At the page cap
 * it logs a warning and returns what it has: a partial pick list beats none for an admin screen.
 */
export function fetchAllPages(
    caller: ApiCaller,
    logger: Logger,
    path: string,
    maxPages: number = MAX_PAGES
): Result<{ id: string; name: string }[], GenesysError> {
    const all: { id: string; name: string }[] = []
    const budget = caller.startBudget()
    for (let pageNumber = 1; ; pageNumber++) {
        const response = caller.call(
            { method: 'GET', path, query: { pageNumber, pageSize: PAGE_SIZE }, idempotent: true },
            budget
        )
        if (!response.ok) return response
        const parsed = parseJson(response.value.body)
        const page = parsed.ok ? toIdNamePage(parsed.value) : undefined
        if (page === undefined) return err(invalidResponse(response.value, 'not an entity listing'))
        all.push(...page.entities)
        if (pageNumber >= page.pageCount || page.entities.length === 0) return ok(all)
        if (pageNumber >= maxPages) {
            logger.warn(`genesys GET ${path} stopped at the page cap (${maxPages} of ${page.pageCount} pages)`)
            return ok(all)
        }
    }
}
