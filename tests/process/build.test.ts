/**
 * Real `astro build` runs against a local Content Lake stand-in: the build either publishes the
 * same site as the sample dataset gives, or stops with a message that says what is wrong.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {astroBuild, astroDev, ROOT} from '../support/astro-build'
import {sampleDocuments} from '../support/sample-dataset'
import {startSanityStandIn, type SanityStandIn} from '../support/sanity-stand-in'

let standIn: SanityStandIn
let outDir: string

beforeAll(async () => {
  standIn = await startSanityStandIn(await sampleDocuments())
  outDir = await mkdtemp(join(tmpdir(), 'onecop-build-'))
})
afterAll(async () => {
  await standIn.close()
  await rm(outDir, {recursive: true, force: true})
})

const READ_TOKEN = 'sk-build-only-read-token-7f3a'
const lakeEnv = () => ({
  SANITY_PROJECT_ID: 'onecoptest',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: standIn.url,
  SANITY_API_READ_TOKEN: READ_TOKEN,
})

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true})
  return entries.filter((file) => file.endsWith('.html')).sort()
}

// Tests in a file run one after another, which these need: the builds share Astro's cache folders.
describe('astro build through the Content Lake', {timeout: 120_000}, () => {
  it('publishes the same pages as the sample dataset, without the sample notice', async () => {
    const sampleDist = join(ROOT, 'dist')
    expect(existsSync(join(sampleDist, 'index.html')), 'run `npm run build` before the tests (npm test does)').toBe(true)

    const {code, output} = await astroBuild(outDir, lakeEnv())
    expect(code, output).toBe(0)
    expect(standIn.requests.some((path) => path.includes('/data/query/production'))).toBe(true)

    const pages = await htmlFiles(outDir)
    expect(pages).toEqual(await htmlFiles(sampleDist))
    for (const page of pages) {
      const fromLake = await readFile(join(outDir, page), 'utf8')
      const fromSample = await readFile(join(sampleDist, page), 'utf8')
      expect(fromLake, relative(outDir, page)).not.toContain('Sample content.')
      expect(sampleImagesRelative(stripSampleNotice(fromSample)), page).toBe(sampleImageHost(fromLake))
    }
  })

  it('keeps the read token out of everything it publishes', async () => {
    const files = (await readdir(outDir, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile())
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const content = await readFile(join(file.parentPath, file.name))
      expect(content.includes(READ_TOKEN), join(file.parentPath, file.name)).toBe(false)
    }
  })

  it('keeps a deploy preview out of search engines: a noindex header file and meta tag', async () => {
    const {code, output} = await astroBuild(outDir, {CONTEXT: 'deploy-preview'})
    expect(code, output).toBe(0)
    expect(await readFile(join(outDir, '_headers'), 'utf8')).toBe('/*\n  X-Robots-Tag: noindex\n')
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex">')
    expect(existsSync(join(sampleDistDir(), '_headers')), 'a production build has no noindex header').toBe(false)
  })

  it('stops on HTTP 500 and says which source, query and status', async () => {
    standIn.behave({kind: 'status', status: 500})
    try {
      const {code, output} = await astroBuild(outDir, lakeEnv())
      expect(code).not.toBe(0)
      expect(output).toMatch(
        /Could not run the query "\w+Query" against the Sanity Content Lake \(host http:\/\/127\.0\.0\.1:\d+, project onecoptest, dataset production\): HTTP 500/,
      )
      expect(output).not.toMatch(/Complete!/)
      expect(output, 'Astro adds a browser-API hint to messages that say "document"').not.toContain('Browser APIs')
    } finally {
      standIn.behave({kind: 'dataset'})
    }
  })

  it('stops on invalid documents and dangling references, listing every one in every collection', async () => {
    const documents = (await sampleDocuments())
      .filter((doc) => doc._id !== 'pillar-5')
      .map((doc) => (doc._id === 'resource-program-one-pager' ? {...doc, summary: ''} : doc))
    const badLake = await startSanityStandIn(documents)
    try {
      const {code, output} = await astroBuild(outDir, {...lakeEnv(), SANITY_API_HOST: badLake.url})
      expect(code).not.toBe(0)
      expect(output).toContain('resource resource-program-one-pager: summary: is empty: write the text in')
      const referrers = documents.filter(
        (doc) => doc._type === 'resource' && doc.pillars.some((p: {_ref: string}) => p._ref === 'pillar-5'),
      )
      expect(referrers.length).toBeGreaterThan(0)
      for (const doc of referrers)
        expect(output).toMatch(new RegExp(`resource ${doc._id}: pillars\\[\\d\\]: points to the pillar "pillar-5"`))
      // Other collections' problems are in the same report, not left for the next attempt.
      expect(output).toMatch(/programObjective objective-2: pillars\[\d\]: points to the pillar "pillar-5"/)
      expect(output).toMatch(/event event-[\w-]+: pillars\[\d\]: points to the pillar "pillar-5"/)
      expect(output, 'Astro adds a browser-API hint to messages that say "document"').not.toContain('Browser APIs')
    } finally {
      await badLake.close()
    }
  })
})

describe('npm start', {timeout: 60_000}, () => {
  it('serves the built site and prints its address', async () => {
    const {spawn} = await import('node:child_process')
    const port = 4900 + Math.floor(Math.random() * 90)
    // `npm start` is `npm run build && npm run preview`; the build is checked above, the preview here.
    // Its own process group, so stopping it stops npm's child too (a leftover preview server
    // would keep the browser tests' one from starting).
    const preview = spawn('npm', ['run', 'preview', '--', '--port', String(port)], {
      cwd: ROOT,
      detached: true,
      env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'},
    })
    let output = ''
    preview.stdout.on('data', (chunk) => (output += chunk))
    try {
      await expect.poll(() => output, {timeout: 30_000}).toContain(`http://localhost:${port}/`)
      const response = await fetch(`http://localhost:${port}/`)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('One Congregation One Precinct')
    } finally {
      await new Promise<void>((resolve) => {
        preview.once('close', () => resolve())
        process.kill(-preview.pid!, 'SIGTERM')
      })
    }
  })
})

// In the same file as the builds: a dev server and a build must not share Astro's cache at once.
describe('astro dev', {timeout: 120_000}, () => {
  it('serves a Pagefind index of its own pages, so search works in development too', async () => {
    const dev = await astroDev({})
    try {
      const response = await fetch(`${dev.url}/pagefind/pagefind-entry.json`)
      expect(response.status).toBe(200)
      const entry = (await response.json()) as {languages: Record<string, {page_count: number}>}
      expect(Object.values(entry.languages)[0].page_count).toBeGreaterThan(50)
      expect((await fetch(`${dev.url}/pagefind/pagefind.js`)).status).toBe(200)
    } finally {
      await dev.stop()
    }
  })
})

function sampleDistDir(): string {
  return join(ROOT, 'dist')
}

/** Images come from Sanity's CDN in a Lake build, from the site's own copy in a sample build. */
function sampleImageHost(html: string): string {
  return html.replaceAll('https://cdn.sanity.io/images/onecoptest/production/', '/sample-assets/cdn/images/sample/production/')
}

/** Social-card images are absolute: the sample's own copy is on the site's host. */
function sampleImagesRelative(html: string): string {
  return html.replaceAll('https://onecop.example.org/sample-assets/cdn/', '/sample-assets/cdn/')
}

/** The one difference a sample build may have: the notice that its content is invented. */
function stripSampleNotice(html: string): string {
  return html.replace(/<aside data-sample-notice[^>]*>[\s\S]*?<\/aside>/, '')
}
