import * as vm from 'node:vm'
import {
    advanceClock,
    GlideDateTime,
    GlideElement,
    GlidePluginManager,
    GlideQueryCondition,
    GlideRecord,
    GlideSysAttachment,
    gs,
} from '../../fakes/glide'
import { StandardCredential, StandardCredentialsProvider } from '../../fakes/glide/sn_cc'
import { RESTMessageV2, RESTResponseV2 } from '../../fakes/glide/sn_ws'

/**
 * The platform's own script-side helpers, defined inside the context so they use its Object: Class.create
 * (a constructor calling initialize), Object.extendsObject (a copy of the parent prototype with the
 * members laid over it) and AbstractAjaxProcessor (GlideAjax's base: request parameters by name).
 */
const PLATFORM_PRELUDE = `
var global = globalThis;
var Class = { create: function () { return function () { this.initialize.apply(this, arguments); }; } };
Object.extendsObject = function (parent, members) {
    var proto = Object.create(parent.prototype);
    for (var key in members) proto[key] = members[key];
    return proto;
};
var AbstractAjaxProcessor = Class.create();
AbstractAjaxProcessor.prototype = {
    initialize: function (request, responseXML, gc) { this.request = request; this.responseXML = responseXML; this.gc = gc; },
    getParameter: function (name) { return this.request.getParameter(name); },
    getName: function () { return this.getParameter('sysparm_name'); },
    type: 'AbstractAjaxProcessor'
};
// What the platform's engine disallows is absent here too, so shipped code that reaches for it fails at run time.
delete globalThis.Reflect; delete globalThis.WeakRef; delete globalThis.FinalizationRegistry;
delete globalThis.SharedArrayBuffer; delete globalThis.Atomics; delete globalThis.WebAssembly;
// V8 gives every context a console; an instance script logs through gs only.
delete globalThis.console;
`

/** Platform namespaces a script reads as globals and a module imports from `@servicenow/glide/<ns>`. */
export const NAMESPACES = {
    sn_ws: { RESTMessageV2, RESTResponseV2 },
    sn_cc: { StandardCredentialsProvider, StandardCredential },
}

/** What `import { ... } from '@servicenow/glide'` gives a module: the Glide globals. */
export const GLIDE = {
    gs,
    GlideRecord,
    GlideDateTime,
    GlideElement,
    GlideSysAttachment,
    GlideQueryCondition,
    GlidePluginManager,
}

/**
 * A vm context holding only what a scoped server script sees on an instance: the Glide fakes, the
 * sn_ws / sn_cc namespaces, Class, Object.extendsObject, AbstractAjaxProcessor and `global`.
 * No Node require, process, Buffer, console, timers or fetch; eval and new Function are refused
 * (the platform disallows new Function), as are Reflect, WeakRef and friends.
 */
export function createPlatformContext(options: { liveClock?: boolean } = {}): vm.Context {
    const context = vm.createContext(
        { ...GLIDE, ...NAMESPACES, ...(options.liveClock ? { GlideDateTime: liveGlideDateTime() } : {}) },
        { name: 'shipped x_gcer', codeGeneration: { strings: false, wasm: false } }
    )
    vm.runInContext(PLATFORM_PRELUDE, context, { filename: 'platform-prelude.js' })
    return context
}

/**
 * GlideDateTime over a fake clock that follows real time: each construction first moves the clock by the real
 * time passed since the last one. The app waits between retries by reading the time until it has passed (no
 * sleep in a scoped app), which on the test's frozen clock never ends; `npm start` plays with this one.
 */
function liveGlideDateTime(): typeof GlideDateTime {
    let last = Date.now()
    function LiveGlideDateTime(...args: unknown[]) {
        const now = Date.now()
        if (now > last) advanceClock(now - last)
        last = now
        return new (GlideDateTime as unknown as new (...a: unknown[]) => GlideDateTime)(...args)
    }
    LiveGlideDateTime.prototype = GlideDateTime.prototype
    Object.setPrototypeOf(LiveGlideDateTime, GlideDateTime)
    return LiveGlideDateTime as unknown as typeof GlideDateTime
}
