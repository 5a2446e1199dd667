/** Runs a real build (`astro build`, then the search index) in child processes, for tests that judge what a build does. */
import {spawn} from 'node:child_process'
import {mkdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root, where `astro.config.mjs` lives. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Output the tests can read: no telemetry notice, and no terminal colours. Astro colours its
 * output whenever `CI` is set, as it is on CI machines, and a coloured page line
 * (`├─ \x1b[2m/path\x1b[22m (restored)`) would no longer match what the tests look for.
 */
const PLAIN_OUTPUT = {NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1'} as const

/** What the build printed and how it ended. */
export interface BuildOutcome {
  code: number | null
  output: string
}

/**
 * Builds the site into `outDir` with extra environment variables, in this checkout or the copy
 * `root` (whose `.netlify/` then holds the previews' function); never throws on failure.
 * One build at a time on this machine, across test processes: builds share Astro's cache
 * (`node_modules/.astro`) and the adapter's `.netlify/`, and the Studio journeys build in parallel.
 */
export async function astroBuild(outDir: string, env: Record<string, string>, root = ROOT): Promise<BuildOutcome> {
  const unlock = await lockBuilds()
  try {
    return await build(outDir, env, root)
  } finally {
    await unlock()
  }
}

/**
 * The machine-wide build lock: a folder only one process can create, holding its process id. A
 * lock whose process has died (a test killed mid-build) is taken over at once; one that is older
 * than any build expires.
 */
const BUILD_LOCK = join(tmpdir(), 'onecop-astro-build.lock')
const BUILD_LOCK_EXPIRES_MS = 10 * 60 * 1000

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function lockBuilds(): Promise<() => Promise<void>> {
  for (;;) {
    try {
      await mkdir(BUILD_LOCK)
      await writeFile(join(BUILD_LOCK, 'pid'), String(process.pid))
      return () => rm(BUILD_LOCK, {recursive: true, force: true})
    } catch {
      const age = await stat(BUILD_LOCK).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      )
      const holder = Number(await readFile(join(BUILD_LOCK, 'pid'), 'utf8').catch(() => ''))
      const stale = age > BUILD_LOCK_EXPIRES_MS || (holder > 0 && !isAlive(holder)) || (!holder && age > 5_000)
      if (stale) await rm(BUILD_LOCK, {recursive: true, force: true})
      else await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

/** As `npm run build` (`scripts/build.ts`: `astro build`, then the search index of its output). */
const build = (outDir: string, env: Record<string, string>, root: string) => run(['scripts/build.ts', '--outDir', outDir], env, root)

function run(args: string[], env: Record<string, string>, root: string): Promise<BuildOutcome> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    // Drop any SANITY_* of the caller's shell: each test says exactly which source it wants.
    // Vitest sets NODE_ENV=test, which would give the browser a development build of React.
    // An empty SANITY_PROJECT_ID (sample dataset) unless the test sets one; it also wins over a local .env.
    env: {...withoutSanityVariables(process.env), ...PLAIN_OUTPUT, SANITY_PROJECT_ID: '', NODE_ENV: 'production', ...env},
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => child.on('close', (code) => resolve({code, output})))
}

/** The caller's environment minus SANITY_* and Vitest's own variables (Vite changes course under them). */
export function withoutSanityVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => !key.startsWith('SANITY_') && !key.startsWith('VITEST') && key !== 'TEST' && value !== undefined,
    ),
  ) as Record<string, string>
}

/** A running `astro dev`: its address, and a way to stop it. */
export interface DevServer {
  url: string
  stop(): Promise<void>
}

/** Starts `astro dev` on a free port and resolves once it answers. */
export async function astroDev(env: Record<string, string>): Promise<DevServer> {
  const port = 4500 + Math.floor(Math.random() * 400)
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: {...withoutSanityVariables(process.env), ...PLAIN_OUTPUT, SANITY_PROJECT_ID: '', NODE_ENV: 'development', ...env},
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('close', () => resolve())
      child.kill('SIGTERM')
    })
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error(`astro dev exited early:\n${output}`)
    try {
      if ((await fetch(url, {signal: AbortSignal.timeout(20_000)})).ok) return {url, stop}
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`astro dev did not answer on ${url}:\n${output}`)
}
