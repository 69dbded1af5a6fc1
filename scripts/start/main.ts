import { readFileSync } from 'node:fs'
import { generateDay, seededRandom, type Scenario } from './scenario'
import { STEPS } from './steps'
import { summary, timelineLine } from './report'
import { World } from './world'

export interface StartOptions {
    readonly projectDir: string
    readonly scenarioFile: string
    readonly seed: number
    readonly faultRate: number
    readonly emails?: number
}

/** Steps that reach Genesys through the app: a random fault may hit their first Genesys call. */
const GENESYS_FACING = new Set(['email', 'hold', 'resume', 'reply', 'transfer', 'case', 'disconnect', 'outbox'])

/** Plays the scenario on the shipped app and the stand-in; resolves to the number of emails the systems disagree on. */
export async function play(
    options: StartOptions,
    print: (line: string) => void = (l) => process.stdout.write(l + '\n')
): Promise<number> {
    const base = JSON.parse(readFileSync(options.scenarioFile, 'utf8')) as Scenario
    const random = seededRandom(options.seed)
    const scenario = options.emails ? generateDay(base, options.emails, random) : base
    print(
        `scenario: ${scenario.name} (${scenario.steps.length} steps, seed ${options.seed}, fault rate ${options.faultRate})`
    )
    const world = await World.start(options.projectDir, scenario)
    try {
        print(
            `Genesys stand-in on ${world.standIn.baseUrl}; the shipped app: ${world.runner.app.records.length} records`
        )
        print('')
        scenario.steps.forEach((step, i) => {
            const execute = STEPS[step.do]
            if (!execute)
                throw new Error(
                    `scenario step ${i + 1}: unknown step '${step.do}' (known: ${Object.keys(STEPS).join(', ')})`
                )
            if (options.faultRate > 0 && GENESYS_FACING.has(step.do) && random() < options.faultRate) {
                const fault =
                    random() < 0.5
                        ? { kind: 'rate_limited' as const, retryAfterSeconds: 1 }
                        : { kind: 'status' as const, status: 503, retryAfterSeconds: 1 }
                world.standIn.admin.injectFault({ path: '/api/v2/**', times: 1, fault })
                print(`     (fault injected: the next Genesys call answers ${fault.kind === 'status' ? 503 : 429})`)
            }
            print(timelineLine(world, i + 1, execute(world, step)))
        })
        print('')
        const disagreements = summary(world, print)
        print('')
        print(
            disagreements === 0
                ? 'ServiceNow and Genesys agree on every email.'
                : `ServiceNow and Genesys disagree on ${disagreements} email(s).`
        )
        return disagreements
    } finally {
        await world.close()
    }
}
