// The build-time floor: this project's Fluent metadata exactly as shipped, with the server code reduced to what
// the Fluent files import, as empty stubs. Timed next to the real build and a bare `now-sdk init` scaffold, it
// splits our build time into what the Fluent records cost the SDK and what the server modules add.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

/** Writes the floor project into `dir` (replacing it) from the project at `root`; returns the stubbed module paths. */
export function makeFloorProject(root, dir) {
    rmSync(dir, { recursive: true, force: true })
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).trim().split('\n')
    for (const file of tracked.filter((f) => !f.startsWith('src/') && !f.startsWith('tests/'))) {
        mkdirSync(dirname(join(dir, file)), { recursive: true })
        cpSync(join(root, file), join(dir, file))
    }
    // The Workspace client scripts the Fluent actions include, as the real build bundled them.
    cpSync(join(root, 'build', 'client'), join(dir, 'build', 'client'), { recursive: true })
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')

    const stubbed = fluentImportedModules(root)
    for (const module of stubbed) {
        mkdirSync(dirname(join(dir, module)), { recursive: true })
        writeFileSync(join(dir, module), stubOf(join(root, module)))
    }
    writeFileSync(
        join(dir, 'fluent/generated/keys.ts'),
        withoutModuleKeys(readFileSync(join(root, 'fluent/generated/keys.ts'), 'utf8'), stubbed)
    )
    return stubbed
}

/** Every src module a Fluent file imports or a script include bridge requires (relative to root). */
function fluentImportedModules(root) {
    const fluentFiles = execFileSync('git', ['ls-files', 'fluent/*.ts', 'fluent/**/*.ts'], {
        cwd: root,
        encoding: 'utf8',
    })
        .trim()
        .split('\n')
    const modules = new Set()
    for (const file of fluentFiles) {
        const source = parse(join(root, file))
        for (const statement of source.statements) {
            if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue
            const target = relative(root, resolve(root, dirname(file), statement.moduleSpecifier.text)) + '.ts'
            if (target.startsWith('src/')) modules.add(target)
        }
    }
    // The script include bridges require() a shipped module by its sys_module path (<scope>/<package>/<version>/src/...).
    for (const bridge of execFileSync('git', ['ls-files', 'fluent/*.js', 'fluent/**/*.js'], {
        cwd: root,
        encoding: 'utf8',
    })
        .trim()
        .split('\n')
        .filter(Boolean))
        for (const [, module] of readFileSync(join(root, bridge), 'utf8').matchAll(
            /require\('[^']*?\/(src\/[^']+\.ts)'\)/g
        ))
            modules.add(module)
    return [...modules].sort()
}

/** The module's exports, functions emptied; an exported constant is kept as written (it must be self-contained). */
function stubOf(path) {
    const source = parse(path)
    const out = []
    for (const statement of source.statements) {
        const exported =
            ts.canHaveModifiers(statement) &&
            ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
        if (!exported) continue
        if (ts.isFunctionDeclaration(statement) && statement.name)
            out.push(`export function ${statement.name.text}(..._args: unknown[]): void {}`)
        else if (ts.isVariableStatement(statement)) out.push(statement.getText(source))
        // Types and interfaces: Fluent never imports them.
    }
    if (out.length === 0) throw new Error(`${path}: nothing exported that a Fluent file could use`)
    return out.join('\n') + '\n'
}

/** keys.ts without the sys_module keys of modules the floor does not have (no delete records for them). */
function withoutModuleKeys(keys, kept) {
    const keptKeys = new Set(kept.map((m) => m.replaceAll(/[./\\]/g, '_')))
    return keys.replace(
        /^ *'?([\w.-]+)'?: \{\n *table: 'sys_module'\n *id: '[0-9a-f]{32}'\n(?: *deleted: true\n)? *\}\n/gm,
        (entry, key) => (keptKeys.has(key) ? entry : '')
    )
}

function parse(path) {
    return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true)
}
