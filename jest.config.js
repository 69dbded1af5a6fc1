/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/tests'],
    testMatch: ['**/*.test.ts'],
    transform: {
        '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
    },
    // @servicenow/glide ships types only; tests run platform code against in-memory fakes.
    moduleNameMapper: {
        '^@servicenow/glide$': '<rootDir>/tests/fakes/glide/index.ts',
        '^@servicenow/glide/(.*)$': '<rootDir>/tests/fakes/glide/$1.ts',
    },
    cacheDirectory: '<rootDir>/.jest_cache',
}
