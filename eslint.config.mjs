// typescript-eslint's recommended rules plus the platform's limits and the layer rules. The SDK's
// own build lint (no Node built-ins or browser globals in server modules) runs in `npm run build`.
//
// ESLint applies a rule's options from the LAST block matching a file, never a union: a second
// `no-restricted-imports` block for src/domain would silently drop the first one's bans. So each
// src layer gets exactly one block below with its complete lists (imports, syntax, globals),
// built from the shared pieces; tests/lint/layer-bans.test.ts lints probe files to prove them.
import { builtinModules } from 'node:module'
import tseslint from 'typescript-eslint'

// --- what can be banned -------------------------------------------------------------------------

const GLIDE = {
    group: ['@servicenow/glide', '@servicenow/glide/*'],
    message: 'Only src/platform touches Glide (a port in src/app, an adapter in src/platform).',
}
// A regex, anchored: as a gitignore-style group, Node's `domain` module would also ban '../domain/x'.
const NODE = {
    regex: `^(node:.*|(${builtinModules.join('|')})(/.*)?)$`,
    message: 'Code shipped to the instance or the browser has no Node APIs.',
}
const SERVICENOW = { group: ['@servicenow/*'], message: 'The domain depends on nothing.' }
/** A relative import reaching into one of the named src layers (src/<layer>/...), from any depth. */
const layers = (names, message) => ({ regex: `^(\\.{1,2}/)+(${names.join('|')})(/|$)`, message })

// Platform JavaScript (ECMAScript 2021 mode) limits, for everything shipped.
const PLATFORM_SYNTAX = [
    {
        selector: 'ClassDeclaration[superClass.name=/Error$/], ClassExpression[superClass.name=/Error$/]',
        message: 'The platform cannot subclass Error: return errors as data with a stable code.',
    },
    {
        selector: 'MethodDefinition[value.async=true]',
        message: 'The platform does not support async class methods.',
    },
    { selector: 'PrivateIdentifier', message: 'The platform does not support #private fields.' },
]
// Server code is synchronous (Glide, RESTMessageV2): an async function there is a bug waiting.
const SYNCHRONOUS = [
    {
        selector: ':function[async=true]',
        message: 'Server code is synchronous on the instance (Glide, RESTMessageV2): no async functions.',
    },
]
// Globals a Node test run provides and the instance does not.
const NOT_ON_THE_INSTANCE = ['window', 'document', 'process', 'Buffer', 'require', 'module', '__dirname', 'console']
    .concat(['setTimeout', 'setInterval', 'setImmediate', 'fetch', 'XMLHttpRequest'])
    .map((name) => ({ name, message: `${name} does not exist on the instance.` }))

/** One block with a src layer's complete rules. */
const layer = (files, { imports, syntax = [], globals = [] }) => ({
    files,
    rules: {
        'no-restricted-imports': ['error', { patterns: imports }],
        'no-restricted-syntax': ['error', ...PLATFORM_SYNTAX, ...syntax],
        'no-restricted-globals': ['error', ...globals],
    },
})

// --- the layers (ARCHITECTURE.md: arrows point inward only) -------------------------------------

const SERVER = { syntax: SYNCHRONOUS, globals: NOT_ON_THE_INSTANCE }

export default tseslint.config(
    { ignores: ['node_modules', 'dist', 'build', 'target', '.now', 'coverage', '@types', 'fluent/generated'] },
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
            ],
        },
    },
    layer(['src/domain/**/*.ts'], {
        ...SERVER,
        imports: [
            SERVICENOW,
            GLIDE,
            NODE,
            layers(['app', 'platform', 'genesys', 'server'], 'The domain depends on nothing.'),
        ],
    }),
    layer(['src/genesys/**/*.ts'], {
        ...SERVER,
        imports: [GLIDE, NODE, layers(['app', 'platform', 'server'], 'The Genesys client depends on the domain only.')],
    }),
    layer(['src/app/**/*.ts'], {
        ...SERVER,
        imports: [GLIDE, NODE, layers(['platform', 'server'], 'Use cases reach the platform through ports.')],
    }),
    layer(['src/platform/**/*.ts'], {
        ...SERVER,
        imports: [NODE, layers(['server'], 'Adapters do not call entry points.')],
    }),
    layer(['src/server/**/*.ts'], { ...SERVER, imports: [NODE] }),
    layer(['src/client/**/*.ts'], {
        imports: [
            GLIDE,
            NODE,
            layers(
                ['domain', 'genesys', 'app', 'platform', 'server'],
                'Client scripts run in the browser: server code stays on the server.'
            ),
        ],
    }),
    {
        files: ['**/*.js', '**/*.mjs'],
        languageOptions: {
            globals: {
                process: 'readonly',
                console: 'readonly',
                module: 'writable',
                require: 'readonly',
                __dirname: 'readonly',
            },
        },
    },
    { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
    // Plain scripts the instance runs (script include bridges, the Workspace onClick wrapper): they
    // declare what the platform calls by name.
    {
        files: ['fluent/script-includes/*.js', 'src/client/on-click.js'],
        languageOptions: { sourceType: 'script' },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^(onClick|[A-Z]\\w*)$' }],
        },
    }
)
