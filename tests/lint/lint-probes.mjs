// Lints probe sources with ESLint's Node API and the project's eslint.config.mjs, as if each lived at
// its filePath. Reads [{ filePath, code }] as JSON on stdin, writes each result's messages as JSON.
// A child process because Jest's module sandbox cannot import() the ESM config file.
import { ESLint } from 'eslint'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) })
const probes = JSON.parse(readFileSync(0, 'utf8'))
const results = []
for (const { filePath, code } of probes) {
    const [result] = await eslint.lintText(code, { filePath })
    results.push(result.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message })))
}
process.stdout.write(JSON.stringify(results))
