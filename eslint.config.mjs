// typescript-eslint's recommended rules plus the platform's limits. The SDK's own build lint
// (no Node built-ins or browser globals in server modules) runs in `npm run build`.
import tseslint from 'typescript-eslint'

const platformLimits = {
    'no-restricted-syntax': [
        'error',
        {
            selector: 'ClassDeclaration[superClass.name=/Error$/], ClassExpression[superClass.name=/Error$/]',
            message: 'The platform cannot subclass Error: return errors as data with a stable code.',
        },
        {
            selector: 'MethodDefinition[value.async=true]',
            message: 'The platform does not support async class methods.',
        },
        { selector: 'PrivateIdentifier', message: 'The platform does not support #private fields.' },
    ],
    'no-restricted-imports': [
        'error',
        {
            patterns: [
                {
                    group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'worker_threads'],
                    message: 'Server code runs on the instance: no Node APIs.',
                },
            ],
        },
    ],
}

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
    { files: ['src/**/*.ts'], rules: platformLimits },
    {
        files: ['src/domain/**/*.ts', 'src/genesys/**/*.ts', 'src/app/**/*.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            group: ['@servicenow/glide', '@servicenow/glide/*'],
                            message: 'Only src/platform touches Glide.',
                        },
                        {
                            group: ['node:*', 'fs', 'path', 'http', 'https'],
                            message: 'Server code runs on the instance: no Node APIs.',
                        },
                    ],
                },
            ],
        },
    },
    {
        files: ['src/domain/**/*.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            group: ['../genesys/*', '../app/*', '../platform/*', '../server/*', '@servicenow/*'],
                            message: 'The domain depends on nothing.',
                        },
                    ],
                },
            ],
        },
    },
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
