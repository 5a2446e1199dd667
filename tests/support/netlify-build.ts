/** Runs Netlify's own build offline (`scripts/netlify-build.ts`) in a checkout, for tests that judge a deploy. */
import {execFile, execFileSync, spawn} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import type {NetlifyBuildReport} from '../../scripts/netlify-build.ts'
import {withoutSanityVariables} from './astro-build'

/** How a Netlify build ended: its exit code, everything it printed, and what it resolved. */
export interface NetlifyBuildOutcome {
  code: number | null
  output: string
  report?: NetlifyBuildReport
}

/** One function of `.netlify/functions/manifest.json`, as Netlify's deploy reads it. */
export interface PackagedFunction {
  name: string
  path: string
  schedule?: string
  routes?: {pattern?: string; literal?: string; expression?: string; methods?: string[]; prefer_static?: boolean}[]
}

/** Runs Netlify Build in `dir` (a copy of the repository) with extra environment variables; never throws on failure. */
export async function netlifyBuild(dir: string, env: Record<string, string>): Promise<NetlifyBuildOutcome> {
  const reportFile = join(dir, '.netlify-build-report.json')
  await rm(reportFile, {force: true})
  const child = spawn(process.execPath, ['scripts/netlify-build.ts', '--report', reportFile], {
    cwd: dir,
    // As astroBuild: the sample unless the test names a project, production React, plain output.
    env: {
      ...withoutSanityVariables(process.env),
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      SANITY_PROJECT_ID: '',
      NODE_ENV: 'production',
      ...env,
    },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const report = await readFile(reportFile, 'utf8').then(
    (text) => JSON.parse(text) as NetlifyBuildReport,
    () => undefined,
  )
  return {code, output, report}
}

/** The functions Netlify Build packaged in `dir`, from its manifest. */
export async function packagedFunctions(dir: string): Promise<PackagedFunction[]> {
  return (JSON.parse(await readFile(join(dir, '.netlify/functions/manifest.json'), 'utf8')) as {functions: PackagedFunction[]}).functions
}

/** Marks the answer in the output of the process that calls a function, after the function's logs. */
const ANSWER_MARK = '\n--- function answer ---\n'

/** A function's answer, as the test reads it. */
export interface FunctionAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * Unpacks a function Netlify Build packaged (its zip) and calls the module Netlify's bootstrap
 * loads (named in the zip's entry point) with a `Request`, as Netlify's runtime does, in a Node
 * process of its own with `env`.
 */
export async function callPackagedFunction(
  fn: PackagedFunction,
  request: {url: string; method?: string; body?: string},
  env: Record<string, string> = {},
): Promise<FunctionAnswer> {
  const unpacked = await mkdtemp(join(tmpdir(), `onecop-function-${fn.name}-`))
  try {
    execFileSync('unzip', ['-q', fn.path, '-d', unpacked])
    const entryPoint = await readFile(join(unpacked, '___netlify-entry-point.mjs'), 'utf8')
    const module = /getLambdaHandler\('([^']+)'\)/.exec(entryPoint)?.[1]
    if (!module) throw new Error(`${fn.name}: no module named in its entry point: ${entryPoint}`)
    const call = `
      const [module, request] = process.argv.slice(1)
      const {url, method, body} = JSON.parse(request)
      const handler = (await import(module)).default
      const context = {ip: '127.0.0.1', requestId: 'test', site: {}, deploy: {}, geo: {}, params: {}}
      const response = await handler(new Request(url, {method, body}), context)
      const answer = {status: response.status, headers: Object.fromEntries(response.headers), body: await response.text()}
      process.stdout.write(${JSON.stringify(ANSWER_MARK)} + JSON.stringify(answer))
    `
    // Asynchronous: the function may call a stand-in served by this very process.
    const {stdout} = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', call, join(unpacked, module), JSON.stringify(request)],
      {
        encoding: 'utf8',
        env: {...withoutSanityVariables(process.env), ...env},
      },
    )
    // The function's own log lines come first.
    return JSON.parse(stdout.slice(stdout.lastIndexOf(ANSWER_MARK) + ANSWER_MARK.length)) as FunctionAnswer
  } finally {
    await rm(unpacked, {recursive: true, force: true})
  }
}
