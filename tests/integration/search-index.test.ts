/**
 * The search index step of `npm run build` (`scripts/index-search.ts`), run as the build runs it,
 * on small built sites: it indexes dated pages first, newest first, the partnership directory's
 * pages in an index of their own, and fails loudly, naming why, when there is nothing it can index.
 */
import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {promisify} from 'node:util'
import {afterEach, describe, expect, it} from 'vitest'
import {readMeta, unpack, type PagefindEntry} from '../../src/lib/pagefind-files'
import {ROOT} from '../support/astro-build'

const run = promisify(execFile)
const folders: string[] = []
afterEach(async () => Promise.all(folders.splice(0).map((folder) => rm(folder, {recursive: true, force: true}))))

async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'onecop-search-index-'))
  folders.push(dir)
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(dirname(join(dir, path)), {recursive: true})
    await writeFile(join(dir, path), html)
  }
  return dir
}

const page = (title: string, date?: string) =>
  `<html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Words about ${title}.</p>` +
  `${date ? `<div hidden data-pagefind-ignore data-index-date="${date}"></div>` : ''}</main></body></html>`

const indexSearch = (dir: string) =>
  run(process.execPath, ['scripts/index-search.ts', dir], {cwd: ROOT}).then(
    ({stdout, stderr}) => ({code: 0, output: stdout + stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, output: error.stdout + error.stderr}),
  )

describe('scripts/index-search.ts', {timeout: 60_000}, () => {
  it('indexes a built site: the dated pages first, newest first, then every other marked page', async () => {
    const dir = await site({
      'index.html': page('Home'),
      'resources/index.html': page('Library'),
      'resources/2/index.html': page('Library page two'),
      'resources/older/index.html': page('Older', '2019-04-01'),
      'resources/newer/index.html': page('Newer', '2026-02-01'),
      'search/index.html': '<html lang="en"><body><main>Not indexed</main></body></html>',
    })
    const {code, output} = await indexSearch(dir)
    expect(code, output).toBe(0)
    expect(output).toContain('Pagefind indexed 5 pages')
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as PagefindEntry
    const indexFile = async (name: string) => unpack(await readFile(join(dir, 'pagefind', name)))
    const meta = readMeta(await indexFile(`pagefind.${entry.languages.en.hash}.pf_meta`))
    const urls = await Promise.all(
      meta.pages.map(
        async (hash) => (JSON.parse(new TextDecoder().decode(await indexFile(`fragment/${hash}.pf_fragment`))) as {url: string}).url,
      ),
    )
    expect(urls.slice(0, 2)).toEqual(['/resources/newer/', '/resources/older/'])
    expect(urls.slice(2).sort()).toEqual(['/', '/resources/', '/resources/2/'])
    expect(JSON.parse(await readFile(join(dir, 'pagefind/filter-totals.json'), 'utf8'))).toHaveProperty('en')
  })

  it("puts the partnership directory's pages, in both editions, in an index of their own, with the totals of both beside the site's", async () => {
    const directoryPage = (title: string, lang = 'en') =>
      `<html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body>` +
      `<span hidden data-pagefind-ignore data-pagefind-filter="kind">Partnership</span><h1>${title}</h1></main></body></html>`
    const dir = await site({
      'index.html': page('Home'),
      'resources/guide/index.html': page('Guide', '2026-02-01'),
      'partnerships/index.html': directoryPage('Directory'),
      'partnerships/ga/index.html': directoryPage('Georgia'),
      'partnerships/ga/masjid/index.html': directoryPage('Masjid'),
      'es/partnerships/index.html': directoryPage('Directorio', 'es'),
      'es/index.html': page('Inicio').replace('lang="en"', 'lang="es"'),
    })
    const {code, output} = await indexSearch(dir)
    expect(code, output).toBe(0)
    expect(output).toContain('Pagefind indexed 7 pages')
    const pagesOf = async (folder: string) => {
      const entry = JSON.parse(await readFile(join(dir, folder, 'pagefind-entry.json'), 'utf8')) as PagefindEntry
      return Object.fromEntries(Object.entries(entry.languages).map(([language, {page_count}]) => [language, page_count]))
    }
    expect(await pagesOf('pagefind')).toEqual({en: 2, es: 1})
    expect(await pagesOf('pagefind/partnerships')).toEqual({en: 3, es: 1})
    const totals = JSON.parse(await readFile(join(dir, 'pagefind/filter-totals.json'), 'utf8'))
    expect(totals.en.kind).toEqual({Partnership: 3})
    expect(totals.es.kind).toEqual({Partnership: 1})
  })

  it('fails, saying the build is not usable, when there is nothing to index', async () => {
    const {code, output} = await indexSearch(await site({'robots.txt': 'User-agent: *'}))
    expect(code).toBe(1)
    expect(output).toMatch(/Search index failed, so the build is not usable: no pages to index in /)
  })

  it('fails, naming the folder, when the build wrote nothing', async () => {
    const {code, output} = await indexSearch(join(tmpdir(), 'onecop-no-such-build'))
    expect(code).toBe(1)
    expect(output).toMatch(/Search index failed, so the build is not usable: .*onecop-no-such-build/)
  })
})
