/**
 * Runs one build (`astro build`, then the search index) in child processes and measures it:
 * wall-clock time, peak memory and CPU time of the build's process tree (Pagefind's indexer
 * included), and how long its phases took, read from
 * the build's own log lines as they arrive. The whole log is kept in a file for reading later.
 */
import {spawn} from 'node:child_process'
import {rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {sampleProcessTree} from './process-tree.ts'

/** What one build took. */
export interface BuildRun {
  seconds: number
  /** Peak resident memory of the build and its child processes, MB; null where /proc is missing. */
  peakMemoryMB: number | null
  /** User + system CPU time of the build and its child processes: less swayed than wall time by other work on the machine. */
  cpuSeconds: number | null
  /** Seconds per phase of the build, for the phases its log showed. */
  phases: Partial<Record<Phase, number>>
  /** Milliseconds Astro reports for rendering each page (`├─ /path (+12ms)`), by path without the leading slash. */
  pageRenderMs: Record<string, number>
  logPath: string
}

/** Phases of an Astro build with this site's integrations, each from the log line that starts it to the one that ends it. */
const PHASES = {
  content: [/\[content\] Syncing content/, /\[content\] Synced content/],
  bundling: [/Building static entrypoints/, /generating static routes/],
  rendering: [/generating static routes/, /✓ Completed in/],
  pagefind: [/\[search-index\] Indexing/, /Pagefind indexed/],
} as const
type Phase = keyof typeof PHASES

/**
 * The environment of a build from the sample dataset or `dataset`: no SANITY_* of the caller's
 * shell, no telemetry, no terminal colours (Astro colours its log when `CI` is set, and the
 * phases and page times are read from that log).
 */
export function buildEnv(dataset?: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SANITY_') && key !== 'SAMPLE_DATASET'))
  // An empty project id also wins over one in a local .env file.
  return {...env, SANITY_PROJECT_ID: '', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...(dataset ? {SAMPLE_DATASET: dataset} : {})}
}

/** Removes the build output and every cache Astro and Vite keep, so the next build starts cold. */
export function clearBuildCaches(root: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(root, path), {recursive: true, force: true})
}

/**
 * Leaves what a Netlify build starts from: a fresh checkout, so no `dist/` or `.astro/`, with
 * `node_modules/` and Astro's cache in it restored (Netlify's dependency cache and
 * `netlify/plugins/astro-build-cache`). Without this a warm build here would first spend its
 * time deleting the last build's `dist/`, which Netlify never has.
 */
export function clearBuildOutput(root: string): void {
  for (const path of ['dist', '.astro']) rmSync(join(root, path), {recursive: true, force: true})
}

/** This repository's build script (`npm run build`): `astro build`, then the search index. */
const BUILD = fileURLToPath(new URL('../build.ts', import.meta.url))

/**
 * Builds as `npm run build` does, in `cwd` (this site, or the baseline with its own `astro`):
 * `astro build`, then the search index of its `dist/`; the process tree is measured whole.
 * Rejects, naming the log, when the build fails.
 */
export async function measureBuild(cwd: string, env: NodeJS.ProcessEnv, logPath: string): Promise<BuildRun> {
  const started = performance.now()
  const child = spawn(process.execPath, [BUILD], {cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
  const processes = sampleProcessTree(child.pid!)
  const lines: {at: number; text: string}[] = []
  let partial = ''
  const collect = (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000
    const text = partial + chunk.toString('utf8')
    const parts = text.split('\n')
    partial = parts.pop()!
    for (const part of parts) lines.push({at, text: part})
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const seconds = (performance.now() - started) / 1000
  const {peakMemoryMB, cpuSeconds} = processes.stop()
  if (partial) lines.push({at: seconds, text: partial})
  writeFileSync(logPath, lines.map((line) => `[${line.at.toFixed(2)}s] ${line.text}`).join('\n') + '\n')
  if (code !== 0) {
    const tail = lines
      .slice(-40)
      .map((line) => line.text)
      .join('\n')
    throw new Error(`The build in ${cwd} failed (exit ${code}); full log: ${logPath}\n${tail}`)
  }
  return {seconds, peakMemoryMB, cpuSeconds, phases: phasesOf(lines), pageRenderMs: pageTimesOf(lines), logPath}
}

/** Seconds per phase: from the first line matching its start to the first later line matching its end. */
function phasesOf(lines: {at: number; text: string}[]): BuildRun['phases'] {
  const phases: BuildRun['phases'] = {}
  for (const [name, [start, end]] of Object.entries(PHASES) as [Phase, readonly [RegExp, RegExp]][]) {
    const from = lines.findIndex((line) => start.test(line.text))
    if (from < 0) continue
    const to = lines.findIndex((line, index) => index > from && end.test(line.text))
    if (to >= 0) phases[name] = lines[to].at - lines[from].at
  }
  return phases
}

/** Astro's own timing of each page it rendered. */
function pageTimesOf(lines: {text: string}[]): Record<string, number> {
  const times: Record<string, number> = {}
  for (const {text} of lines) {
    const match = /[├└]─ \/(\S*) \(\+([\d.]+)(m?s)\)/.exec(text)
    if (match) times[match[1]] = Number(match[2]) * (match[3] === 's' ? 1000 : 1)
  }
  return times
}
