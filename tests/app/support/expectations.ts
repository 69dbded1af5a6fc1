import type { AppError, AppErrorCode } from '../../../src/app/app-error'
import type { InteractionRecord } from '../../../src/app/ports'
import type { Result } from '../../../src/domain/result'
import type { World } from './world'

/** The interaction, the outbox and Genesys are exactly as before the call. */
export function expectNothingChanged(world: World, before: InteractionRecord, genesysCallsBefore = 0): void {
    expect(world.stored(before.sysId)).toEqual(before)
    expect(world.outbox.rows).toEqual([])
    expect(world.genesys.calls).toHaveLength(genesysCallsBefore)
}

export function expectError<T>(result: Result<T, AppError>, code: AppErrorCode): AppError {
    if (result.ok) throw new Error(`expected ${code}, got success: ${JSON.stringify(result.value)}`)
    expect(result.error.code).toBe(code)
    return result.error
}

export function expectOk<T, E>(result: Result<T, E>): T {
    if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`)
    return result.value
}

/** The only history row written by the call under test. */
export function onlyRow(world: World) {
    expect(world.events.entries).toHaveLength(1)
    return world.events.entries[0]
}
