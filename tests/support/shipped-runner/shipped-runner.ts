import * as vm from 'node:vm'
import { GlideRecord, setCurrentUser } from '../../fakes/glide'
import type { AppRecord } from '../app-build'
import { ModuleLoader } from './module-loader'
import { createPlatformContext, GLIDE, NAMESPACES } from './platform-context'
import { loadCurrent, newCurrent, platformRecord } from './platform-record'
import { findOperation, restObjects, type RestAnswer, type RestCall } from './rest-route'
import { ShippedApp } from './shipped-app'

/** Who the session runs as: the platform's gs.getUserID() / gs.hasRole() answer from this. */
export interface SessionUser {
    readonly sysId: string
    readonly roles: readonly string[]
    readonly userName?: string
}

/** `current` for an entry point: a sys_id of its table, or a GlideRecord already loaded. */
export type CurrentRecord = string | GlideRecord

/** The platform's email and event objects an inbound email action gets (EmailWrapper / sysevent). */
export interface InboundEmail {
    readonly type: 'new' | 'reply' | 'forward'
    readonly email: Record<string, unknown>
    /** The sysevent (tests/support/inbound-email-event.ts): instance = the sys_email; a script may set state. */
    readonly event: { getValue(field: string): string | null; setValue(field: string, value: string): void }
    /** The record the reply matched (watermark); a new email gets a fresh record of the action's table. */
    readonly current?: CurrentRecord
}

/**
 * Runs the shipped app: the records of `dist/app`, their script text executed in a vm context holding
 * only platform globals (see platform-context.ts), modules loaded through the platform's `require`
 * (module-loader.ts). Every entry point is found by the record's own fields (name, HTTP method and
 * URI, inbound type and order, job name), never by file name.
 */
export class ShippedRunner {
    readonly context: vm.Context
    readonly loader: ModuleLoader
    private readonly includes = new Map<string, unknown>()
    private readonly scope: Record<string, unknown> = {}

    /** `liveClock`: the fake clock follows real time while the app reads it (see platform-context.ts). */
    constructor(
        readonly app: ShippedApp,
        options: { liveClock?: boolean } = {}
    ) {
        this.context = createPlatformContext(options)
        this.loader = new ModuleLoader(app.modules(), this.context, (s) => this.platformModule(s))
        this.context.require = this.loader.require
        for (const include of app.active('sys_script_include')) this.exposeInclude(include)
    }

    static fromProject(projectDir: string, options: { liveClock?: boolean } = {}): ShippedRunner {
        return new ShippedRunner(ShippedApp.fromProject(projectDir), options)
    }

    /** The session user from now on, with the roles their roles contain (sys_user_role_contains). */
    signIn(user: SessionUser): void {
        setCurrentUser({
            sysId: user.sysId,
            userName: user.userName ?? user.sysId,
            roles: this.app.expandRoles(user.roles),
        })
    }

    /**
     * Clicks a server-side UI action (sys_ui_action by name, and table when given) on a record: the
     * condition is evaluated first, as the platform does before showing the button. Returns whether it ran.
     */
    uiAction(name: string, current: CurrentRecord, options: { table?: string; as?: SessionUser } = {}): boolean {
        const action = this.app.one(
            'sys_ui_action',
            'name',
            name,
            (r) => !options.table || r.fields.table === options.table
        )
        if (action.fields.client === 'true' && !action.fields.script)
            throw new Error(`UI action '${name}' runs in the browser (client script); call its Ajax processor instead`)
        if (options.as) this.signIn(options.as)
        const record = this.current(action.fields.table, current)
        if (
            action.fields.condition &&
            !this.evaluate(action.fields.condition, { current: record }, `condition of ${name}`)
        )
            return false
        this.run(action.fields.script, { current: record, action: {} }, `sys_ui_action ${name}`)
        return true
    }

    /**
     * A client calls a Scripted REST route (sys_ws_operation by method and URI). Authentication and the
     * route's REST_Endpoint ACL roles are checked first (401 / 403); a script that throws answers 500.
     */
    rest(call: RestCall & { as?: SessionUser }): RestAnswer {
        const [path] = call.path.split('?')
        const found = findOperation(this.app.active('sys_ws_operation'), call.method, path)
        if (!found)
            return {
                status: 404,
                body: { error: { message: 'Requested URI does not represent any resource' } },
                contentType: 'application/json',
            }
        const { operation, pathParams } = found
        if (operation.fields.requires_authentication !== 'false' && !call.as)
            return {
                status: 401,
                body: { error: { message: 'User Not Authenticated' } },
                contentType: 'application/json',
            }
        if (call.as) this.signIn(call.as)
        if (operation.fields.requires_acl_authorization !== 'false' && !this.passesAcls(operation, call.as))
            return { status: 403, body: { error: { message: 'User Not Authorized' } }, contentType: 'application/json' }
        const { request, response, result } = restObjects(call, pathParams)
        try {
            this.run(
                operation.fields.operation_script,
                { request, response },
                `sys_ws_operation ${operation.fields.name}`
            )
        } catch (e) {
            return {
                status: 500,
                body: { error: { message: String((e as Error)?.message ?? e) } },
                contentType: 'application/json',
            }
        }
        return result()
    }

    /**
     * The platform processes a received email: the active inbound actions of its type, in order, and
     * the first whose condition holds runs (all of them run unless one stops processing).
     * Returns the names of the actions that ran.
     */
    inboundEmail(input: InboundEmail, options: { as?: SessionUser } = {}): string[] {
        if (options.as) this.signIn(options.as)
        const actions = this.app
            .active('sysevent_in_email_action')
            .filter((a) => a.fields.type === input.type)
            .sort((a, b) => Number(a.fields.order || 0) - Number(b.fields.order || 0))
        const ran: string[] = []
        for (const action of actions) {
            const table = action.fields.table
            const current = input.current === undefined ? newCurrent(table) : this.current(table, input.current)
            const vars = { current, email: input.email, event: input.event, logger: emailLogger(), classifier: {} }
            const condition = action.fields.condition_script
            if (condition && !this.evaluate(condition, vars, `condition of ${action.fields.name}`)) continue
            this.run(action.fields.script, vars, `sysevent_in_email_action ${action.fields.name}`)
            ran.push(action.fields.name)
            // Stop processing: the action's flag, or its script setting event.state (as the platform reads it).
            if (action.fields.stop_processing === 'true' || input.event.getValue('state') === 'stop_processing') break
        }
        return ran
    }

    /** The scheduler runs a scheduled script job (sysauto_script by name) once. */
    job(name: string, options: { as?: SessionUser } = {}): void {
        if (options.as) this.signIn(options.as)
        const job = this.app.one('sysauto_script', 'name', name)
        this.run(job.fields.script, {}, `sysauto_script ${name}`)
    }

    /**
     * A browser's GlideAjax call: the client-callable processor gets the parameters (sysparm_name picks the
     * method) and its return value is the answer. Refused for a processor that is not client callable.
     */
    ajax(processor: string, params: Readonly<Record<string, string>>, options: { as?: SessionUser } = {}): unknown {
        const include = this.includeRecord(processor)
        if (include.fields.client_callable !== 'true') throw new Error(`${processor} is not client callable`)
        if (options.as) this.signIn(options.as)
        const Processor = this.loadInclude(include) as new (request: unknown) => Record<string, unknown>
        const instance = new Processor({ getParameter: (n: string) => (n in params ? params[n] : null) })
        const method = params.sysparm_name
        if (typeof instance[method] !== 'function' || method === 'initialize' || method.startsWith('_'))
            throw new Error(`${processor} has no callable method '${method}'`)
        return (instance[method] as () => unknown)()
    }

    /** Runs a server script's text (a generated wrapper) with these variables in scope. */
    run(script: string, vars: Record<string, unknown>, label: string): unknown {
        const names = Object.keys(vars)
        const fn = vm.runInContext(`(function (${names.join(', ')}) {\n${script}\n})`, this.context, {
            filename: label,
            lineOffset: -1,
        }) as (...args: unknown[]) => unknown
        return fn(...names.map((n) => vars[n]))
    }

    /** Evaluates a condition (one expression) with these variables in scope. */
    evaluate(expression: string, vars: Record<string, unknown>, label: string): unknown {
        return this.run(`return (${expression});`, vars, label)
    }

    private current(table: string, current: CurrentRecord): GlideRecord {
        return typeof current === 'string' ? loadCurrent(table, current) : platformRecord(current)
    }

    private passesAcls(operation: AppRecord, user: SessionUser | undefined): boolean {
        const acls = (operation.fields.enforce_acl || '').split(',').filter(Boolean)
        const roles = this.app.expandRoles(user?.roles ?? [])
        if (roles.includes('admin')) return true
        return acls.every((acl) => {
            const wanted = this.app.aclRoles(acl)
            return wanted.length === 0 || wanted.some((r) => roles.includes(r))
        })
    }

    private platformModule(specifier: string): unknown {
        // The context's own globals, so a module and a script see the same GlideDateTime (live or frozen clock).
        if (specifier === '@servicenow/glide')
            return Object.fromEntries(Object.keys(GLIDE).map((name) => [name, this.context[name]]))
        const ns = specifier.slice('@servicenow/glide/'.length)
        if (ns in NAMESPACES) return NAMESPACES[ns as keyof typeof NAMESPACES]
        if (ns === this.scopeName()) return this.scope
        return undefined
    }

    private scopeName(): string {
        return this.app.active('sys_script_include')[0]?.fields.api_name.split('.')[0] ?? ''
    }

    private includeRecord(name: string): AppRecord {
        const found = this.app
            .active('sys_script_include')
            .find((r) => r.fields.name === name || r.fields.api_name === name)
        if (!found) throw new Error(`no active script include '${name}'`)
        return found
    }

    /** x_gcer.Name (and the bare Name, as scripts in the scope see it) evaluate the include on first use. */
    private exposeInclude(include: AppRecord): void {
        const [scope, name] = include.fields.api_name.split('.')
        const get = () => this.loadInclude(include)
        if (!(scope in this.context)) this.context[scope] = this.scope
        Object.defineProperty(this.scope, name, { get, enumerable: true, configurable: true })
        Object.defineProperty(this.context, name, { get, configurable: true })
    }

    private loadInclude(include: AppRecord): unknown {
        const name = include.fields.name
        if (!this.includes.has(name))
            this.includes.set(
                name,
                this.run(`${include.fields.script}\nreturn ${name};`, {}, `sys_script_include ${name}`)
            )
        return this.includes.get(name)
    }
}

/** The inbound action's `logger` (ScopedEmailLogger): lines go to the system log through gs. */
function emailLogger() {
    const { gs } = GLIDE
    return {
        log: (m: string) => gs.info(m),
        info: (m: string) => gs.info(m),
        warn: (m: string) => gs.warn(m),
        error: (m: string) => gs.error(m),
    }
}
