/**
 * The journeys' fixtures: the built Studio (served once per worker), a local Content Lake with the
 * sample dataset for each test, and Chromium signed in to the Studio, reaching the Content Lake
 * under Sanity's own host names. Each test fails on an uncaught error in the page, or an error in
 * the console that is not on the list below of Sanity's own services the stand-in does not serve.
 */
import {test as base, chromium, expect, type Page} from '@playwright/test'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {startContentLake, type ContentLake, type ContentLakeOptions} from '../support/content-lake/content-lake'
import type {LakeDocument} from '../support/content-lake/lake-store'
import {sampleDocuments} from '../support/sample-dataset'
import {closedPort} from '../support/ports'
import {startLocalNetlify, type LocalNetlify} from '../support/local-netlify'
import {astroBuild} from '../support/astro-build'
import {copyRepo} from '../support/repo-copy'
import {startSiteServer} from '../support/site-server'
import {startTlsProxy} from '../support/tls-proxy'
import {join} from 'node:path'
import {webhookDefinition} from '../../scripts/webhook-definition.ts'
import {serveStudio, SITE_HOST, STUDIO_PROJECT_ID} from './studio-build'

/**
 * Console errors the Studio logs for Sanity's own services that nothing here serves, matched on
 * the message or the address it names, each with its reason. Nothing else may be logged as an error.
 */
const ALLOWED_CONSOLE_ERRORS: {pattern: RegExp; reason: string}[] = [
  {pattern: /\/socket\//, reason: 'presence (who else is editing) uses a WebSocket the local Content Lake does not serve'},
  {
    pattern: /sanity-cdn\.com\/v1\/modules|Failed to fetch version for package/,
    reason: 'the Studio asks sanity-cdn.com for newer versions; no internet here',
  },
  {pattern: /core\.sanity-cdn\.com\/bridge\.js/, reason: "Sanity's dashboard bridge script is loaded from its CDN; no internet here"},
  {pattern: /design-system-static\.sanity\.io/, reason: "Sanity UI's web font comes from Sanity's CDN; no internet here"},
  {
    pattern: /studio-static\.sanity\.io\/[\w-]+\.woff2\b/,
    reason: "the Studio's own web font files (Inter, loaded weight by weight as text needs them) come from Sanity's CDN; no internet here",
  },
  {
    pattern: /Unable to connect to visual editing/,
    reason: "the site's previews have no visual-editing overlays (@sanity/visual-editing), so Presentation says it cannot connect to them",
  },
]

/** Allowed only in journeys without the site's functions: the Studio's publishing status then has nothing to ask. */
const NO_SITE_CONSOLE_ERROR = new RegExp(
  `^(?=.*(ERR_CONNECTION_REFUSED|ERR_FAILED|blocked by CORS policy|status of 502))(?=.*https://${SITE_HOST.replace(/\./g, '\\.')}/api/publish-status)`,
)

/** Who signs in, what the local Content Lake holds, and whether the site runs on a local Netlify. */
export interface LakeSetup {
  role: ContentLakeOptions['role']
  /** Changes the sample dataset before the Content Lake serves it. */
  prepare?: (documents: LakeDocument[]) => void
  /** Starts the site's functions, a build hook and Blobs (`startLocalNetlify`), with Sanity's webhook sent to them. */
  netlify?: boolean
  /** Builds the site from the Content Lake and serves it with its previews' function, as `npm run preview` does. */
  previews?: boolean
}

/** The site built from the Content Lake and served with its previews' function. */
export interface PreviewSite {
  port: number
  url: string
  /** The environment the function reads: the Content Lake, a read token, the Studio's address. */
  env: Record<string, string>
}

export interface StudioSession {
  page: Page
  lake: ContentLake
  /** Opens a Studio address such as `/structure/people`. */
  open(path: string): Promise<void>
  /** Console errors and uncaught exceptions so far, less the allowed ones. */
  problems: string[]
}

export const test = base.extend<
  {lakeSetup: LakeSetup; lake: ContentLake; netlify: LocalNetlify | undefined; previewSite: PreviewSite | undefined; studio: StudioSession},
  {studioUrl: string}
>({
  studioUrl: [
    async ({}, use) => {
      const {url, server} = await serveStudio()
      await use(url)
      server.close()
    },
    {scope: 'worker'},
  ],
  lakeSetup: [{role: 'administrator'}, {option: true}],
  lake: async ({lakeSetup}, use) => {
    const documents = (await sampleDocuments()) as LakeDocument[]
    lakeSetup.prepare?.(documents)
    const lake = await startContentLake({
      documents,
      projectId: STUDIO_PROJECT_ID,
      role: lakeSetup.role,
      assetDir: fileURLToPath(new URL('../../studio/seed', import.meta.url)),
    })
    await use(lake)
    await lake.close()
  },
  netlify: async ({lakeSetup, lake, studioUrl}, use) => {
    if (!lakeSetup.netlify) return use(undefined)
    const netlify = await startLocalNetlify({lakeUrl: lake.httpUrl, projectId: lake.projectId, studioUrl})
    // The webhook as the project defines it (`npm run webhook:definition`), to the local site's function.
    const definition = webhookDefinition(netlify.url, lake.dataset)
    lake.sendWebhooks({
      url: definition.url,
      secret: netlify.webhookSecret,
      filter: definition.filter,
      projection: definition.projection,
      includeDrafts: false,
    })
    await use(netlify)
    await netlify.close()
  },
  previewSite: async ({lakeSetup, lake, studioUrl}, use) => {
    if (!lakeSetup.previews) return use(undefined)
    // In a copy of the repository: the build leaves its previews' function in the copy's .netlify/,
    // which no other journey's build empties while this one serves it.
    const copy = await copyRepo()
    const dist = join(copy.dir, 'dist')
    const env = {
      SANITY_PROJECT_ID: lake.projectId,
      SANITY_API_HOST: lake.httpUrl,
      SANITY_API_READ_TOKEN: 'sk-local-viewer-token',
      SANITY_STUDIO_URL: studioUrl,
    }
    try {
      const build = await astroBuild(dist, env, copy.dir)
      if (build.code !== 0) throw new Error(`The site did not build from the Content Lake:\n${build.output}`)
      const site = await startSiteServer(dist, env, copy.dir)
      try {
        await use({port: Number(new URL(site.url).port), url: site.url, env})
      } finally {
        await site.stop()
      }
    } finally {
      await copy.remove()
    }
  },
  studio: async ({studioUrl, lake, netlify, previewSite}, use, testInfo) => {
    const sitePort = netlify?.port ?? previewSite?.port
    // The site over HTTPS, as on Netlify; nothing answers there when the journey runs no site.
    const tls = await startTlsProxy(SITE_HOST, sitePort ?? (await closedPort()))
    const browser = await chromium.launch({
      executablePath: existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
        ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
        : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        `--host-resolver-rules=${lake.browserHostRules}, MAP ${SITE_HOST} 127.0.0.1:${tls.port}`,
      ],
    })
    const context = await browser.newContext({ignoreHTTPSErrors: true, viewport: {width: 1440, height: 900}})
    // Signed in as Sanity's token login leaves it: a token in the Studio's local storage.
    // Only in the Studio's own window: the init script runs in every frame, the site's preview too.
    await context.addInitScript(
      ({projectId, studioOrigin}) => {
        if (location.origin === studioOrigin)
          localStorage.setItem(`__studio_auth_token_${projectId}`, JSON.stringify({token: 'sk-local-editor-token'}))
      },
      {projectId: STUDIO_PROJECT_ID, studioOrigin: new URL(studioUrl).origin},
    )
    const page = await context.newPage()
    const problems: string[] = []
    const allowed = (text: string) =>
      ALLOWED_CONSOLE_ERRORS.some(({pattern}) => pattern.test(text)) || (!netlify && NO_SITE_CONSOLE_ERROR.test(text))
    page.on('console', (message) => {
      const text = `${message.text()} (${message.location().url})`
      if (message.type() === 'error' && !allowed(text)) problems.push(`console error: ${text}`)
    })
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`))
    const session: StudioSession = {
      page,
      lake,
      problems,
      async open(path) {
        await page.goto(`${studioUrl}${path}`)
      },
    }
    try {
      await use(session)
      expect(problems, 'the Studio reported errors').toEqual([])
    } finally {
      // What a failed journey needs to be understood: the page as it was, and what the Studio asked.
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('studio', {body: await page.screenshot().catch(() => Buffer.alloc(0)), contentType: 'image/png'})
        const asked = lake.requests.filter((line) => !/ (OPTIONS|GET \S+ \/v[^/]+\/(journey|users\/me\/keyvalue))/.test(line))
        await testInfo.attach('content-lake-requests', {body: asked.join('\n'), contentType: 'text/plain'})
        if (netlify) await testInfo.attach('netlify-function-logs', {body: netlify.logs.join('\n'), contentType: 'text/plain'})
      }
      await browser.close()
      await tls.close()
    }
  },
})

export {expect}
