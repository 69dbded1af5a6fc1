import type { Result } from '../domain/result'
import type { AppError, AppErrorCode } from './app-error'

/** What Workspace shows after an agent action: one sentence, and whether it is good news. */
export type AgentReply =
    | { readonly ok: true; readonly message: string }
    | { readonly ok: false; readonly code: AppErrorCode; readonly message: string }

/** Never passes Genesys internals (status, correlation ids) beyond what the message already says. */
export function agentReply(result: Result<{ readonly message: string }, AppError>): AgentReply {
    return result.ok
        ? { ok: true, message: result.value.message }
        : { ok: false, code: result.error.code, message: result.error.message }
}
