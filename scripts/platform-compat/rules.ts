import ts from 'typescript'

/**
 * What the instance's JavaScript engine refuses, checked on the parsed script. Sources:
 * node_modules/@servicenow/sdk/docs/guides/javascript-compatibility-guide.md ("Caveats / Not Fully
 * Supported", "What Is NOT Supported") and DOMAIN.md (platform limits; no "use strict" in server scripts).
 */
export type RuleId =
    | 'parse-error'
    | 'builtin-subclass'
    | 'async-method'
    | 'async-function'
    | 'async-generator'
    | 'for-await'
    | 'private-field'
    | 'disallowed-builtin'
    | 'new-function'
    | 'use-strict'
    | 'node-global'
    | 'node-builtin-module'
    | 'browser-global'

/** Where a script runs: the instance's server engine, or the agent's browser (client scripts). */
export type ScriptKind = 'server' | 'client'

export interface Finding {
    readonly rule: RuleId
    /** 1-based line within the script text. */
    readonly line: number
    readonly message: string
}

/** Builtins the guide says cannot be subclassed (Error's own subclasses are Errors too). */
const UNSUBCLASSABLE = new Set([
    'Array',
    'RegExp',
    'Function',
    'Promise',
    'Map',
    'Set',
    'Error',
    'TypeError',
    'RangeError',
    'SyntaxError',
    'ReferenceError',
    'EvalError',
    'URIError',
    'AggregateError',
])
/** "Disallowed" in the guide's caveats table. */
const DISALLOWED_BUILTINS = new Set(['Reflect', 'WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer', 'Atomics'])
/** "Node.js globals" and module-system names a server script does not have. */
const NODE_GLOBALS = new Set(['process', 'Buffer', '__dirname', '__filename', 'setImmediate', 'clearImmediate'])
/** The guide's "Browser APIs", plus timers and console (an instance script logs through gs). */
const BROWSER_GLOBALS = new Set([
    'window',
    'document',
    'localStorage',
    'sessionStorage',
    'fetch',
    'XMLHttpRequest',
    'navigator',
    'setTimeout',
    'setInterval',
    'clearTimeout',
    'clearInterval',
    'requestAnimationFrame',
    'console',
])
/** The guide's Node.js built-in modules (and any `node:` specifier). */
const NODE_MODULES = new Set([
    'fs',
    'path',
    'process',
    'child_process',
    'os',
    'http',
    'https',
    'stream',
    'buffer',
    'crypto',
    'net',
    'tls',
    'url',
    'util',
    'events',
    'worker_threads',
    'zlib',
    'vm',
])

const isNodeModule = (specifier: string) => specifier.startsWith('node:') || NODE_MODULES.has(specifier.split('/')[0])

/** Every name the script binds anywhere (variables, parameters, functions, classes, imports): those are not globals. */
function boundNames(source: ts.SourceFile): Set<string> {
    const names = new Set<string>()
    const bind = (name: ts.BindingName | undefined) => {
        if (!name) return
        if (ts.isIdentifier(name)) names.add(name.text)
        else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name)
    }
    const visit = (node: ts.Node) => {
        if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) bind(node.name)
        else if (
            (ts.isFunctionDeclaration(node) ||
                ts.isClassDeclaration(node) ||
                ts.isFunctionExpression(node) ||
                ts.isClassExpression(node)) &&
            node.name
        )
            names.add(node.name.text)
        else if (ts.isImportClause(node) && node.name) names.add(node.name.text)
        else if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node)) names.add(node.name.text)
        ts.forEachChild(node, visit)
    }
    visit(source)
    return names
}

/** An identifier read as a variable (not a property name, key, label or declaration name). */
function isReference(id: ts.Identifier): boolean {
    const parent = id.parent
    if (ts.isPropertyAccessExpression(parent) && parent.name === id) return false
    if (
        (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) &&
        parent.name === id
    )
        return false
    if ((ts.isGetAccessor(parent) || ts.isSetAccessor(parent) || ts.isPropertySignature(parent)) && parent.name === id)
        return false
    if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false
    if (
        ts.isImportSpecifier(parent) ||
        ts.isExportSpecifier(parent) ||
        ts.isImportClause(parent) ||
        ts.isNamespaceImport(parent)
    )
        return false
    if (
        (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) &&
        parent.name === id
    )
        return false
    if (ts.isBindingElement(parent) && parent.propertyName === id) return false
    if (
        (ts.isFunctionDeclaration(parent) ||
            ts.isFunctionExpression(parent) ||
            ts.isClassDeclaration(parent) ||
            ts.isClassExpression(parent)) &&
        parent.name === id
    )
        return false
    return true
}

const isAsync = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)
const isStatic = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword)

/** Directive prologues: the leading string-literal statements of a script or function body. */
function hasUseStrict(statements: ts.NodeArray<ts.Statement>, source: ts.SourceFile): ts.Statement | undefined {
    for (const statement of statements) {
        if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return undefined
        const raw = statement.expression.getText(source).slice(1, -1)
        if (raw === 'use strict') return statement
    }
    return undefined
}

/**
 * The findings for one script. `module` is ES module syntax (sys_module content); otherwise a plain
 * script (a wrapper, script include, condition). Client scripts are checked for syntax only.
 */
export function checkScript(text: string, kind: ScriptKind, options: { module?: boolean } = {}): Finding[] {
    const source = ts.createSourceFile(
        options.module ? 'module.mjs' : 'script.js',
        text,
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.JS
    )
    const findings: Finding[] = []
    const at = (node: ts.Node, rule: RuleId, message: string) =>
        findings.push({ rule, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, message })
    const diagnostics = (source as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? []
    for (const d of diagnostics) {
        const line = d.start === undefined ? 1 : source.getLineAndCharacterOfPosition(d.start).line + 1
        findings.push({
            rule: 'parse-error',
            line,
            message: `does not parse: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
        })
    }
    if (kind === 'client') return findings
    const bound = boundNames(source)

    const visit = (node: ts.Node) => {
        if ((ts.isClassDeclaration(node) || ts.isClassExpression(node)) && node.heritageClauses) {
            for (const clause of node.heritageClauses)
                for (const type of clause.types)
                    if (
                        ts.isIdentifier(type.expression) &&
                        UNSUBCLASSABLE.has(type.expression.text) &&
                        !bound.has(type.expression.text)
                    )
                        at(
                            node,
                            'builtin-subclass',
                            `class extends ${type.expression.text}: the platform cannot subclass builtins (errors are plain data)`
                        )
        }
        if (
            ts.isMethodDeclaration(node) ||
            ts.isFunctionDeclaration(node) ||
            ts.isFunctionExpression(node) ||
            ts.isArrowFunction(node)
        ) {
            if (isAsync(node) && 'asteriskToken' in node && node.asteriskToken)
                at(node, 'async-generator', 'async generator: disallowed')
            else if (isAsync(node) && ts.isMethodDeclaration(node) && ts.isClassLike(node.parent))
                at(node, 'async-method', 'async class method: disallowed')
            else if (isAsync(node))
                at(
                    node,
                    'async-function',
                    'async function in server code: Glide and RESTMessageV2 are synchronous, nothing awaits it'
                )
        }
        if (ts.isForOfStatement(node) && node.awaitModifier) at(node, 'for-await', 'for await...of: disallowed')
        if (ts.isPrivateIdentifier(node)) {
            const member = node.parent
            const brandCheck = ts.isBinaryExpression(member) && member.operatorToken.kind === ts.SyntaxKind.InKeyword
            if (brandCheck || !(ts.isClassElement(member) ? isStatic(member) : isStaticAccess(node)))
                at(node, 'private-field', `${node.text}: private instance fields and methods are not supported`)
        }
        if (
            ts.isNewExpression(node) &&
            ts.isIdentifier(node.expression) &&
            node.expression.text === 'Function' &&
            !bound.has('Function')
        )
            at(node, 'new-function', 'new Function(): disallowed')
        if (ts.isIdentifier(node) && isReference(node) && !bound.has(node.text)) {
            if (DISALLOWED_BUILTINS.has(node.text))
                at(node, 'disallowed-builtin', `${node.text}: disallowed on the platform`)
            else if (NODE_GLOBALS.has(node.text))
                at(node, 'node-global', `${node.text}: a Node.js global, absent on the instance`)
            else if (BROWSER_GLOBALS.has(node.text))
                at(node, 'browser-global', `${node.text}: a browser global, absent in server scripts`)
        }
        if (
            ts.isImportDeclaration(node) &&
            ts.isStringLiteral(node.moduleSpecifier) &&
            isNodeModule(node.moduleSpecifier.text)
        )
            at(
                node,
                'node-builtin-module',
                `import of Node's '${node.moduleSpecifier.text}': Node.js APIs are not supported`
            )
        if (
            ts.isCallExpression(node) &&
            ts.isIdentifier(node.expression) &&
            node.expression.text === 'require' &&
            node.arguments.length > 0 &&
            ts.isStringLiteral(node.arguments[0]) &&
            isNodeModule(node.arguments[0].text)
        )
            at(
                node,
                'node-builtin-module',
                `require of Node's '${node.arguments[0].text}': Node.js APIs are not supported`
            )
        if (ts.isSourceFile(node) || ts.isBlock(node)) {
            const isBody = ts.isSourceFile(node) || ts.isFunctionLike(node.parent)
            const directive = isBody ? hasUseStrict(node.statements, source) : undefined
            if (directive)
                at(directive, 'use-strict', '"use strict": keep strict mode out of shipped server scripts (DOMAIN.md)')
        }
        ts.forEachChild(node, visit)
    }
    visit(source)
    return findings
}

/** `Foo.#bar` inside a class: static when the class declares #bar static. */
function isStaticAccess(id: ts.PrivateIdentifier): boolean {
    let node: ts.Node | undefined = id.parent
    while (node && !ts.isClassLike(node)) node = node.parent
    if (!node) return false
    return node.members.some(
        (m) => m.name !== undefined && ts.isPrivateIdentifier(m.name) && m.name.text === id.text && isStatic(m)
    )
}
