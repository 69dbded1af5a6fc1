import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * The layer rules of eslint.config.mjs, proven by linting probe sources as if they lived in each
 * layer (ESLint's Node API, new ESLint({ cwd }).lintText(code, { filePath }), in lint-probes.mjs). ESLint takes a
 * rule's options from the last config block matching a file, so a second block for a folder would
 * silently replace the first one's bans; these probes catch that.
 *
 * Each probe line ending in `// ✗ <rule>` must be reported by that rule; every other line must not
 * be reported by any of the rules under test.
 */
const RULES = ['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']

interface Message {
    readonly ruleId: string | null
    readonly line: number
    readonly message: string
}

interface Finding {
    readonly line: number
    readonly rule: string
}

/** Every probe linted in one ESLint run (a child process; see lint-probes.mjs). */
function lint(probes: readonly { filePath: string; code: string }[]): Message[][] {
    const out = execFileSync('node', [join(__dirname, 'lint-probes.mjs')], {
        cwd: join(__dirname, '..', '..'),
        input: JSON.stringify(probes),
        encoding: 'utf8',
    })
    return JSON.parse(out)
}

/** Lines reported by the rules under test, once per line and rule (a line may break a rule twice). */
const findings = (messages: Message[]): Finding[] =>
    [
        ...new Set(
            messages.filter((m) => m.ruleId !== null && RULES.includes(m.ruleId)).map((m) => `${m.line} ${m.ruleId}`)
        ),
    ]
        .map((key) => ({ line: Number(key.split(' ')[0]), rule: key.split(' ')[1] }))
        .sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule))

function expected(code: string): Finding[] {
    return code.split('\n').flatMap((text, i) => {
        const marked = /\/\/ ✗ ([\w-]+)$/.exec(text)
        return marked ? [{ line: i + 1, rule: marked[1] }] : []
    })
}

const probe = (lines: readonly string[]) => lines.join('\n') + '\n'

// What every shipped layer must refuse: the platform's JavaScript limits.
const PLATFORM_LIMITS = [
    'export class Oops extends Error {} // ✗ no-restricted-syntax',
    'export class Later { async run() { return 1 } } // ✗ no-restricted-syntax',
    'export class Hidden { #secret = 1; peek() { return this.#secret } } // ✗ no-restricted-syntax',
]
// What server layers must refuse besides: asynchrony and Node/browser globals.
const SERVER_ONLY = [
    'export async function fetchLater() { return 1 } // ✗ no-restricted-syntax',
    'export const env = process.env.HOME // ✗ no-restricted-globals',
    'export const later = setTimeout(() => undefined, 1) // ✗ no-restricted-globals',
    "export const loaded = require('x') // ✗ no-restricted-globals",
]
const NODE_IMPORTS = [
    "import 'node:fs' // ✗ no-restricted-imports",
    "import 'fs' // ✗ no-restricted-imports",
    "import 'path' // ✗ no-restricted-imports",
    "import 'crypto' // ✗ no-restricted-imports",
    "import 'fs/promises' // ✗ no-restricted-imports",
]
const GLIDE_IMPORTS = [
    "import '@servicenow/glide' // ✗ no-restricted-imports",
    "import '@servicenow/glide/sn_ws' // ✗ no-restricted-imports",
]

const LAYERS = [
    [
        'src/domain/probe.ts',
        [
            ...GLIDE_IMPORTS,
            ...NODE_IMPORTS,
            "import '../app/ports' // ✗ no-restricted-imports",
            "import '../platform/settings/property-source' // ✗ no-restricted-imports",
            "import '../genesys/genesys-api' // ✗ no-restricted-imports",
            "import '../server/outbox-job' // ✗ no-restricted-imports",
            "import '@servicenow/sdk/core' // ✗ no-restricted-imports",
            "import './result'",
            ...PLATFORM_LIMITS,
            ...SERVER_ONLY,
        ],
    ],
    [
        'src/genesys/probe.ts',
        [
            ...GLIDE_IMPORTS,
            ...NODE_IMPORTS,
            "import '../platform/rest-message-transport' // ✗ no-restricted-imports",
            "import '../app/ports' // ✗ no-restricted-imports",
            "import '../server/outbox-job' // ✗ no-restricted-imports",
            "import '../domain/result'",
            "import './json'",
            ...PLATFORM_LIMITS,
            ...SERVER_ONLY,
        ],
    ],
    [
        'src/app/use-cases/probe.ts',
        [
            ...GLIDE_IMPORTS,
            ...NODE_IMPORTS,
            "import '../../platform/outbox-store' // ✗ no-restricted-imports",
            "import '../../server/outbox-job' // ✗ no-restricted-imports",
            "import '../../domain/result'",
            "import '../../genesys/genesys-api'",
            "import '../ports'",
            ...PLATFORM_LIMITS,
            ...SERVER_ONLY,
        ],
    ],
    [
        'src/platform/probe.ts',
        [
            ...NODE_IMPORTS,
            "import '../server/outbox-job' // ✗ no-restricted-imports",
            "import '@servicenow/glide'",
            "import '@servicenow/glide/sn_ws'",
            "import '../app/ports'",
            "import './genesys/platform-genesys-api'",
            ...PLATFORM_LIMITS,
            ...SERVER_ONLY,
        ],
    ],
    [
        'src/server/probe.ts',
        [
            ...NODE_IMPORTS,
            "import '@servicenow/glide'",
            "import '../platform/ui/workspace-routing'",
            ...PLATFORM_LIMITS,
            ...SERVER_ONLY,
        ],
    ],
    [
        'src/client/lib/probe.ts',
        [
            ...GLIDE_IMPORTS,
            ...NODE_IMPORTS,
            "import '../../domain/result' // ✗ no-restricted-imports",
            "import '../../app/agent-reply' // ✗ no-restricted-imports",
            "import '../../platform/ui/workspace-routing' // ✗ no-restricted-imports",
            "import '../../server/workspace-ajax' // ✗ no-restricted-imports",
            "import './workspace-api'",
            ...PLATFORM_LIMITS,
            // The browser has timers; a client script may wait.
            'export const later = setTimeout(() => undefined, 1)',
        ],
    ],
] as const

const CLEAN = probe([
    "import { ok, type Result } from './result'",
    '',
    '/** Accepts any non-empty name. */',
    'export function named(name: string): Result<string, never> {',
    '    return ok(name)',
    '}',
])

let results: Message[][] = []
beforeAll(() => {
    results = lint([
        ...LAYERS.map(([filePath, lines]) => ({ filePath, code: probe([...lines]) })),
        { filePath: 'src/domain/probe.ts', code: CLEAN },
    ])
}, 60_000)

describe.each(LAYERS.map(([filePath, lines], i) => [filePath, lines, i] as const))(
    'lint rules for %s',
    (_filePath, lines, i) => {
        it('report exactly the banned lines, each by its rule', () => {
            const code = probe([...lines])
            expect(findings(results[i])).toEqual(expected(code))
        })
    }
)

describe('a clean probe', () => {
    it('passes every rule, not only the layer rules', () => {
        expect(results[LAYERS.length]).toEqual([])
    })
})
