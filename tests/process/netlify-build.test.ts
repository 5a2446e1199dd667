/**
 * Netlify's own build (`@netlify/build`, the engine of Netlify's build servers), offline, in a
 * copy of the repository, for both sources: the sample, and a Content Lake (a local stand-in).
 * It must complete with every local build plugin loaded; its functions manifest must list each
 * function on its path or schedule, each loading and answering from its package; the headers and
 * redirects it resolves must be, rule by rule, those `npm run preview` applies
 * (`scripts/netlify-headers.ts`); and an unknown address must answer its edition's 404 page.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parse} from 'smol-toml'
import type {Config} from '@netlify/functions'
import {readNetlifyRules} from '../../scripts/netlify-headers.ts'
import {PREVIEW_FUNCTION_PATHS} from '../../src/integrations/preview-route.ts'
import {startBuildHook} from '../support/build-hook-stand-in'
import {
  callPackagedFunction,
  netlifyBuild,
  packagedFunctions,
  type NetlifyBuildOutcome,
  type PackagedFunction,
} from '../support/netlify-build'
import {copyRepo, type RepoCopy} from '../support/repo-copy'
import {sampleDocuments} from '../support/sample-dataset'
import {startSanityStandIn, type SanityStandIn} from '../support/sanity-stand-in'
import {startSiteServer} from '../support/site-server'
import {ROOT} from '../support/astro-build'

/** Addresses no page has, with the language of the 404 page each must get. */
const UNKNOWN_ADDRESSES = [
  ['/no-such-page/', 'en'],
  ['/resources/no-such-resource/', 'en'],
  ['/es/no-such-page/', 'es'],
  ['/es/recursos/nada/', 'es'],
] as const

/**
 * The functions of `netlify/functions/`, by name, with the route or schedule each declares; none
 * for an event function (`submission-created`), which its file name subscribes and no address reaches.
 */
async function declaredFunctions(): Promise<Map<string, Config | undefined>> {
  const files = (await readdir(join(ROOT, 'netlify/functions'))).filter((file) => file.endsWith('.mts'))
  const declared = new Map<string, Config | undefined>()
  for (const file of files) {
    const module = (await import(join(ROOT, 'netlify/functions', file))) as {config?: Config}
    declared.set(file.replace(/\.mts$/, ''), module.config)
  }
  return declared
}

/** Whether Netlify would hand `path` to the function (a literal route, or a pattern's expression). */
function routes(fn: PackagedFunction, path: string): boolean {
  return (fn.routes ?? []).some((route) => (route.literal ? route.literal === path : new RegExp(route.expression ?? '^$').test(path)))
}

/** Checks what every Netlify build of the site must have done, whichever the source. */
async function expectDeployable(copy: RepoCopy, build: NetlifyBuildOutcome): Promise<PackagedFunction[]> {
  expect(build.code, build.output).toBe(0)
  expect(build.report?.success, build.output).toBe(true)

  // Every local plugin of netlify.toml loaded and ran.
  const toml = parse(await readFile(join(copy.dir, 'netlify.toml'), 'utf8')) as {plugins: {package: string}[]}
  for (const plugin of toml.plugins)
    expect(build.output).toMatch(new RegExp(`- ${plugin.package.replace(/[./]/g, '\\$&')}@\\S+ from netlify.toml`))
  expect(build.output).toContain('astro-build-cache: saved the cache for the next build.')

  // Each function of netlify/functions/ packaged on its path or schedule.
  const packaged = await packagedFunctions(copy.dir)
  for (const [name, config] of await declaredFunctions()) {
    const fn = packaged.find((candidate) => candidate.name === name)
    expect(fn, `${name} is not in the functions manifest`).toBeDefined()
    if (!config) expect(fn!.routes ?? [], `${name}, an event function, has no address`).toEqual([])
    if (config?.path) expect(fn!.routes?.map((route) => route.literal)).toEqual([config.path].flat())
    if (config?.schedule) expect(fn!.schedule).toBe(config.schedule)
  }

  // The headers and redirects Netlify resolved are those the preview server applies, rule by rule.
  const local = readNetlifyRules(copy.dir)
  expect(build.report!.headers).toEqual(local.headers)
  expect(build.report!.redirects.map(({from, to, status}) => ({from, to, status}))).toEqual(local.redirects)
  return packaged
}

/**
 * Serves the copy's dist/ as `npm run preview` does and checks each unknown address gets its
 * edition's 404 page; then runs `check` against the server, if given.
 */
async function expectEditionNotFoundPages(
  copy: RepoCopy,
  env: Record<string, string> = {},
  check?: (url: string) => Promise<void>,
): Promise<void> {
  const server = await startSiteServer(join(copy.dir, 'dist'), env, copy.dir)
  try {
    for (const [address, lang] of UNKNOWN_ADDRESSES) {
      const response = await fetch(`${server.url}${address}`)
      const html = await response.text()
      expect(response.status, address).toBe(404)
      expect(html, address).toContain(`<html lang="${lang}"`)
    }
    await check?.(server.url)
  } finally {
    await server.stop()
  }
}

describe('Netlify Build, offline, as a deploy runs it', {timeout: 600_000}, () => {
  let copy: RepoCopy
  let lake: SanityStandIn
  // Copying the repository links every installed file: seconds, more on a busy machine.
  beforeAll(async () => {
    copy = await copyRepo()
    lake = await startSanityStandIn(await sampleDocuments())
  }, 180_000)
  afterAll(async () => {
    await lake?.close()
    await copy?.remove()
  }, 180_000)

  it('builds the sample: plugins loaded, functions packaged and answering, the preview server’s rules, edition 404 pages', async () => {
    const packaged = await expectDeployable(copy, await netlifyBuild(copy.dir, {}))
    expect(packaged.map((fn) => fn.name)).not.toContain('ssr')

    // Each packaged function loads and answers: unsigned calls are refused, the daily rebuild calls its hook.
    const byName = (name: string) => packaged.find((fn) => fn.name === name)!
    const post = (path: string) => ({url: `https://onecop.example.org${path}`, method: 'POST', body: '{"_id":"x","_type":"resource"}'})
    const hook = await startBuildHook()
    try {
      const env = {
        SANITY_WEBHOOK_SECRET: 'whsec-netlify-build',
        NETLIFY_DEPLOY_NOTIFICATION_SECRET: 'jws-netlify-build',
        NETLIFY_BUILD_HOOK_URL: hook.url,
      }
      expect((await callPackagedFunction(byName('sanity-webhook'), post('/api/sanity-webhook'), env)).status).toBe(401)
      expect((await callPackagedFunction(byName('deploy-status'), post('/api/deploy-status'), env)).status).toBe(401)
      const status = await callPackagedFunction(byName('publish-status'), {url: 'https://onecop.example.org/api/publish-status'}, env)
      expect(status.status, status.body).toBe(503) // no Blobs here: it says the status is unavailable
      const scheduled = await callPackagedFunction(byName('scheduled-rebuild'), {url: 'https://onecop.example.org/', method: 'POST'}, env)
      expect(scheduled.status, scheduled.body).toBeLessThan(300)
      expect(hook.builds).toHaveLength(1)
      // Netlify's form-submission event: a body that is not one is refused; one Netlify does not
      // hold, without the tokens of a site set up for it, leaves the submission in Netlify Forms.
      const event = (body: string) =>
        callPackagedFunction(byName('submission-created'), {url: 'https://onecop.example.org/', method: 'POST', body}, env)
      expect((await event('name=x')).status).toBe(400)
      expect((await event('{"payload":{"id":"abc123","form_name":"agency-partnership","data":{}}}')).status).toBe(200)
    } finally {
      await hook.close()
    }

    await expectEditionNotFoundPages(copy)
  })

  it('builds from a Content Lake: the previews’ function answers /preview/ only, and unknown addresses get their edition’s 404 page', async () => {
    const env = {SANITY_PROJECT_ID: 'onecoptest', SANITY_API_HOST: lake.url}
    const packaged = await expectDeployable(copy, await netlifyBuild(copy.dir, env))
    const previewEnv = {...env, SANITY_API_READ_TOKEN: 'sk-netlify-build-read'}

    // Netlify calls the previews' function for the previews' addresses only (and never for a file).
    const ssr = packaged.find((fn) => fn.name === 'ssr')
    expect(ssr, 'the adapter’s function is not in the manifest').toBeDefined()
    expect(ssr!.routes?.map((route) => route.pattern)).toEqual(PREVIEW_FUNCTION_PATHS)
    expect(ssr!.routes?.every((route) => route.prefer_static)).toBe(true)
    for (const [address] of UNKNOWN_ADDRESSES) {
      expect(
        packaged.filter((fn) => routes(fn, address)).map((fn) => fn.name),
        `${address} would run a function`,
      ).toEqual([])
    }
    expect(routes(ssr!, '/preview/resources/program-one-pager/')).toBe(true)

    // Called as Netlify calls it, the packaged function renders a preview: without a secret, a refusal.
    const preview = await callPackagedFunction(ssr!, {url: 'https://onecop.example.org/preview/resources/program-one-pager/'}, previewEnv)
    expect(preview.status, preview.body).toBe(401)
    expect(preview.headers['cache-control']).toBe('private, no-store')

    await expectEditionNotFoundPages(copy, previewEnv, async (url) => {
      // The preview server passes the function's own answer on, as Netlify does.
      const response = await fetch(`${url}/preview/resources/program-one-pager/`)
      expect(response.status).toBe(401)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    })
  })
})
