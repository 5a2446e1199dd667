/**
 * The lines a failed build leaves for editors, and how they reach `/api/deploy-status`.
 *
 * When a Netlify build fails on content, the content loader calls `rethrowAfterRecording` with the
 * error: its problem lines (`type id: field: problem`, what the build log prints) are written to
 * the deploy's own Blobs store, `deploy:<DEPLOY_ID>:build-errors`, where the deploy-status function
 * reads them when Netlify reports the deploy failed.
 *
 * Netlify gives Blobs access (`NETLIFY_BLOBS_CONTEXT`) to build plugins, not to the build command
 * (`@netlify/build` adds it to the plugins' environment only), and a failed build never reaches
 * Netlify's upload of `.netlify/blobs`. So when the build command has no access, the lines are
 * handed off in a file in the temp directory, and the local build plugin
 * `netlify/plugins/build-error-lines` uploads them in its `onError` step.
 *
 * Outside a Netlify build all of this is a no-op, and nothing here may hide, replace or delay
 * the original error for long: every write has a deadline and every failure is only logged.
 */
import {readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {blobsContextFromEnv, fetchBefore, type BlobsAccess} from './blobs-access.ts'

/** The deploy store's name; the store itself belongs to one deploy, so the key needs no id. */
const BUILD_ERRORS_STORE = 'build-errors'
const LINES_KEY = 'content-problems'
/** Enough for any real round of fixes; a bad import with thousands of problems is cut, with a count, so the status stays small. */
const MAX_LINES = 100
const MAX_LINE_LENGTH = 500
const BLOBS_DEADLINE_MS = 5_000

type Env = Record<string, string | undefined>

export interface RecordingOptions {
  env?: Env
  /** Blobs access; by default the one Netlify puts in the environment, if any. */
  access?: BlobsAccess | null
  /** Where the hand-off file goes; the temp directory by default (shared by the build and its plugins). */
  handoffDir?: string
  deadlineMs?: number
  log?: (message: string) => void
}

/** The deploy being built, only inside a Netlify build; null locally and in CI. */
function netlifyBuildDeployId(env: Env): string | null {
  // `netlify build` on a laptop sets NETLIFY=true with the placeholder DEPLOY_ID 0: not a deploy.
  return env.NETLIFY === 'true' && env.DEPLOY_ID && env.DEPLOY_ID !== '0' && /^\w{1,24}$/.test(env.DEPLOY_ID) ? env.DEPLOY_ID : null
}

/**
 * The lines an editor can act on, from an error that failed the build: one per content problem
 * of a `ContentValidationError`. Null for any other error, a source that could not be read
 * included: those are for whoever runs the site, their messages name hosts and datasets that a
 * public endpoint need not repeat, and Netlify's own error message stands in for them.
 */
export function buildErrorLinesOf(error: unknown): string[] | null {
  if (!(error instanceof Error)) return null
  // By name rather than instanceof: the build loads this file and content-errors.ts through Vite,
  // and a second copy of the class would fail instanceof while naming itself the same.
  const problems = (error as {problems?: unknown}).problems
  if (error.name !== 'ContentValidationError' || !Array.isArray(problems)) return null
  return limit(
    problems.map((p: {type?: unknown; id?: unknown; field?: unknown; problem?: unknown}) => `${p.type} ${p.id}: ${p.field}: ${p.problem}`),
  )
}

function limit(lines: string[]): string[] {
  const kept = lines.map((line) => line.trim()).filter(Boolean)
  const shown = kept.slice(0, MAX_LINES).map((line) => (line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH - 1)}…` : line))
  return kept.length > MAX_LINES ? [...shown, `…and ${kept.length - MAX_LINES} more: see the deploy log on Netlify.`] : shown
}

/** For a loader's `.catch`: records the error's lines when in a Netlify build, then rethrows it unchanged. */
export async function rethrowAfterRecording(error: unknown): Promise<never> {
  await recordBuildErrorLines(error)
  throw error
}

/** Records the error's lines for this deploy, when in a Netlify build and the error has any. Never throws. */
export async function recordBuildErrorLines(error: unknown, options: RecordingOptions = {}): Promise<void> {
  const env = options.env ?? process.env
  const log = options.log ?? ((message: string) => console.log(message))
  const deployId = netlifyBuildDeployId(env)
  if (!deployId) return
  try {
    const lines = buildErrorLinesOf(error)
    if (!lines?.length) return
    const access = options.access === undefined ? blobsContextFromEnv(env) : options.access
    if (access) {
      const outcome = await writeErrorLines(deployId, lines, access, options.deadlineMs)
      if (outcome.ok)
        return log(`build-error-lines: recorded ${lines.length} line(s) for deploy ${deployId}, for the Studio's Publishing pane.`)
      log(`build-error-lines: could not write to Netlify Blobs (${outcome.reason}); handing the lines to the build plugin instead.`)
    }
    await writeFile(handoffFile(deployId, options.handoffDir), JSON.stringify({deployId, lines}))
    log(`build-error-lines: ${lines.length} line(s) left for the build-error-lines plugin to record for deploy ${deployId}.`)
  } catch (failure) {
    log(
      `build-error-lines: could not record the build's error lines (${(failure as Error).message}); the Studio will show Netlify's error message instead.`,
    )
  }
}

/** Where the build command leaves lines for the plugin: one file per deploy, in the temp directory. */
function handoffFile(deployId: string, dir = tmpdir()): string {
  return join(dir, `onecop-build-error-lines-${deployId}.json`)
}

/**
 * The build plugin's half (`onError`): uploads lines the build command handed off. Plugins have
 * Blobs access in their environment. Returns what it did, for the plugin's log; never throws.
 */
export async function uploadHandedOffErrorLines(options: RecordingOptions = {}): Promise<string> {
  const env = options.env ?? process.env
  const deployId = netlifyBuildDeployId(env)
  if (!deployId) return 'not a Netlify build: nothing to upload.'
  const file = handoffFile(deployId, options.handoffDir)
  let lines: unknown
  try {
    lines = (JSON.parse(await readFile(file, 'utf8')) as {lines?: unknown}).lines
  } catch {
    return 'the build left no content problems to record.'
  }
  if (!isLines(lines)) return `ignored ${file}: it does not hold a list of lines.`
  const access = options.access === undefined ? blobsContextFromEnv(env) : options.access
  if (!access) return "no Netlify Blobs access in the plugin environment; the Studio will show Netlify's error message instead."
  const outcome = await writeErrorLines(deployId, lines, access, options.deadlineMs)
  if (!outcome.ok) return `could not write to Netlify Blobs (${outcome.reason}); the Studio will show Netlify's error message instead.`
  await rm(file, {force: true})
  return `recorded ${lines.length} line(s) for deploy ${deployId}, for the Studio's Publishing pane.`
}

/** The deploy-status function's half: the lines a deploy's build recorded, or null if none. */
export async function readBuildErrorLines(
  deployId: string,
  access?: BlobsAccess,
  deadlineMs = BLOBS_DEADLINE_MS,
): Promise<string[] | null> {
  const {getDeployStore} = await import('@netlify/blobs')
  // Strong: the edge cache may not have seen a write made minutes ago by the build.
  const store = getDeployStore({
    deployID: deployId,
    name: BUILD_ERRORS_STORE,
    consistency: 'strong',
    ...access,
    fetch: fetchBefore(AbortSignal.timeout(deadlineMs)),
  })
  const lines: unknown = await store.get(LINES_KEY, {type: 'json'})
  return isLines(lines) && lines.length > 0 ? lines : null
}

async function writeErrorLines(
  deployId: string,
  lines: string[],
  access: BlobsAccess,
  deadlineMs = BLOBS_DEADLINE_MS,
): Promise<{ok: true} | {ok: false; reason: string}> {
  // Loaded only here, on the failure path, so a normal build never loads the Blobs client.
  const {getDeployStore} = await import('@netlify/blobs')
  const deadline = AbortSignal.timeout(deadlineMs)
  const store = getDeployStore({deployID: deployId, name: BUILD_ERRORS_STORE, ...access, fetch: fetchBefore(deadline)})
  try {
    await store.setJSON(LINES_KEY, lines)
    return {ok: true}
  } catch (error) {
    return {ok: false, reason: deadline.aborted ? `no answer within ${deadlineMs} ms` : (error as Error).message}
  }
}

function isLines(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((line) => typeof line === 'string')
}
