import type { Incoming, Reply } from './http-kit'
import { badRequest } from './error-body'

const DEFAULT_PAGE_SIZE = 25
const MAX_PAGE_SIZE = 500

/** A Genesys entity listing page: entities, pageSize, pageNumber, total, pageCount, URIs. */
export function pagedReply<T>(incoming: Incoming, all: readonly T[]): Reply {
    const pageSize = intParam(incoming.query['pageSize'], DEFAULT_PAGE_SIZE)
    const pageNumber = intParam(incoming.query['pageNumber'], 1)
    if (pageSize === undefined || pageSize < 1 || pageSize > MAX_PAGE_SIZE) return badRequest('Invalid pageSize.')
    if (pageNumber === undefined || pageNumber < 1) return badRequest('Invalid pageNumber.')
    const pageCount = Math.max(1, Math.ceil(all.length / pageSize))
    const start = (pageNumber - 1) * pageSize
    const uri = (n: number): string => `${incoming.path}?pageSize=${pageSize}&pageNumber=${n}`
    return {
        status: 200,
        body: {
            entities: all.slice(start, start + pageSize),
            pageSize,
            pageNumber,
            total: all.length,
            pageCount,
            firstUri: uri(1),
            selfUri: uri(pageNumber),
            lastUri: uri(pageCount),
            ...(pageNumber < pageCount ? { nextUri: uri(pageNumber + 1) } : {}),
            ...(pageNumber > 1 ? { previousUri: uri(pageNumber - 1) } : {}),
        },
    }
}

function intParam(raw: string | undefined, fallback: number): number | undefined {
    if (raw === undefined) return fallback
    return /^\d+$/.test(raw) ? Number(raw) : undefined
}
