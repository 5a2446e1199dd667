/** Runs a real `astro build` in a child process, for tests that judge what a build does. */
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The repository root, where `astro.config.mjs` lives. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** What the build printed and how it ended. */
export interface BuildOutcome {
  code: number | null
  output: string
}

/** Builds the site into `outDir` with extra environment variables; never throws on failure. */
export function astroBuild(outDir: string, env: Record<string, string>): Promise<BuildOutcome> {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: ROOT,
    // Drop any SANITY_* of the caller's shell: each test says exactly which source it wants.
    // Vitest sets NODE_ENV=test, which would give the browser a development build of React.
    env: {...withoutSanityVariables(process.env), NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env},
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => child.on('close', (code) => resolve({code, output})))
}

function withoutSanityVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([key, value]) => !key.startsWith('SANITY_') && value !== undefined)) as Record<string, string>
}
