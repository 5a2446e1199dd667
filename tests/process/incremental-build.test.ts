/**
 * Incremental builds, as Netlify runs them: Astro's cache kept between builds by the local
 * build plugin, and a page rendered again exactly when what it shows has changed. Builds from
 * a copy of the sample dataset (`SAMPLE_DATASET`) that the test edits between builds.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {mkdtemp, readdir, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, sep} from 'node:path'
import {astroBuild, ROOT} from '../support/astro-build'
import {netlifyCacheStandIn, type NetlifyCacheStandIn} from '../support/netlify-cache-stand-in'
import {rawSampleDocuments} from '../support/sample-dataset'
import {SITE_SETTINGS_ID} from '@onecop/content-model'

const plugin = await import('../../netlify/plugins/astro-build-cache/index.js')
const {ASTRO_CACHE_DIR} = await import('../../netlify/plugins/astro-build-cache/cache-dir.js')

let work: string
let dataset: string
let documents: Record<string, any>[]
let cache: NetlifyCacheStandIn

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'onecop-incremental-'))
  dataset = join(work, 'dataset.ndjson')
  // The dataset's images and files sit beside it, as in studio/seed/.
  for (const folder of ['images', 'files']) await symlink(join(ROOT, 'studio/seed', folder), join(work, folder))
  documents = await rawSampleDocuments()
  cache = await netlifyCacheStandIn(ROOT)
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
  await cache.remove()
})

/** One Netlify build: restore the cache, build from the dataset as it is now, save the cache. */
async function netlifyBuild(name: string): Promise<{out: string; rendered: Set<string>; restored: Set<string>}> {
  await writeFile(dataset, documents.map((document) => JSON.stringify(document)).join('\n'))
  // Each build starts on a fresh machine: Astro's cache is only what the plugin restores.
  await rm(join(ROOT, ASTRO_CACHE_DIR), {recursive: true, force: true})
  await plugin.onPreBuild({utils: cache.utils})
  const started = Date.now()
  const out = join(work, name)
  const {code, output} = await astroBuild(out, {SAMPLE_DATASET: dataset})
  expect(code, output).toBe(0)
  const rendered = await cachedPagesWrittenSince(started)
  await plugin.onPostBuild({utils: cache.utils})
  // Astro logs a restored page in one piece (`├─ /path (restored)`); a rendered page's line is
  // split around its rendering, and pages render several at once, so those lines interleave.
  const restored = new Set([...output.matchAll(/[├└]─ (\/\S+) \(restored\)/g)].map((m) => m[1]))
  return {out, rendered, restored}
}

/**
 * The pages Astro rendered in the build that started at `started`: it writes a copy of each page
 * it renders into its cache, and leaves the cached copy of each page it restores untouched.
 */
async function cachedPagesWrittenSince(started: number): Promise<Set<string>> {
  const cachedDist = join(ROOT, ASTRO_CACHE_DIR, 'dist')
  const pages = new Set<string>()
  for (const file of (await readdir(cachedDist, {recursive: true})).filter((name) => name.endsWith('.html'))) {
    if ((await stat(join(cachedDist, file))).mtimeMs >= started) pages.add(`/${file.split(sep).join('/')}`)
  }
  return pages
}

const resource = (id: string) => documents.find((document) => document._id === id)!
const slugOf = (id: string) => resource(id).slug.current

// Four full builds of both editions: minutes on a busy 2-core machine.
describe('incremental builds', {timeout: 300_000}, () => {
  it('render again only the pages a change shows up on, and everything when the settings change', async () => {
    const first = await netlifyBuild('first')
    expect(first.restored.size, 'the first build has no cache to use').toBe(0)

    const unchanged = await netlifyBuild('unchanged')
    expect(unchanged.restored).toContain(`/resources/${slugOf('resource-partnership-agreement-template')}/index.html`)
    expect([...unchanged.rendered].filter((page) => page.startsWith('/resources/') && page.endsWith('/index.html'))).toEqual([])

    // One resource's title changes: its page and the lists that show it render, the rest are copied.
    const edited = 'resource-partnership-agreement-template'
    resource(edited).title = 'Partnership Agreement Template, Second Edition'
    const afterEdit = await netlifyBuild('after-edit')
    const ownPage = `/resources/${slugOf(edited)}/index.html`
    expect(afterEdit.rendered).toContain(ownPage)
    expect(await readFile(join(afterEdit.out, ownPage), 'utf8')).toContain('Second Edition')
    const listsShowingIt = [...afterEdit.rendered].filter(
      (page) => /^\/resources\/(page\/|[a-z]+\/[^/]+\/)/.test(page) || page === '/resources/index.html',
    )
    expect(listsShowingIt.length).toBeGreaterThan(0)
    for (const list of listsShowingIt) expect(await readFile(join(afterEdit.out, list), 'utf8'), list).toContain('Second Edition')
    const otherResource = `/resources/${slugOf('resource-getting-started-congregations')}/index.html`
    expect(afterEdit.restored).toContain(otherResource)
    expect(await readFile(join(afterEdit.out, otherResource), 'utf8')).toBe(await readFile(join(first.out, otherResource), 'utf8'))

    // The settings show on every page: a change renders every page again.
    const settings = documents.find((document) => document._id === SITE_SETTINGS_ID)!
    settings.shortName = 'OneCOP Test'
    const afterSettings = await netlifyBuild('after-settings')
    expect(afterSettings.restored.size).toBe(0)
    expect(await readFile(join(afterSettings.out, otherResource), 'utf8')).toContain('| OneCOP Test</title>')
  })
})
