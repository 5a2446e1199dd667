/**
 * Weighs a built site in `dist/` as a browser receives it (gzip): HTML per page template (median
 * and heaviest page of each), the heaviest page overall, the site's CSS (`_astro/`, not
 * Pagefind's UI styles), the JavaScript a page without search loads up front, and the Pagefind
 * index (everything under `pagefind/`, MB on disk: its files are compressed already).
 */
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'

/** The page templates pages are grouped by, in table order. */
export const TEMPLATES = [
  'home',
  'resource list',
  'resource facet',
  'resource',
  'directory',
  'state list',
  'pairing',
  'events',
  'pillars',
  'other',
] as const
type Template = (typeof TEMPLATES)[number]

/** HTML gzip of one template's pages, in bytes. */
interface TemplateWeight {
  pages: number
  median: number
  max: number
  heaviest: string
}

export interface DistWeights {
  pages: number
  templates: Partial<Record<Template, TemplateWeight>>
  heaviest: {page: string; bytes: number}
  cssGzip: number
  pageScriptGzip: number
  pagefindMB: number
}

/**
 * The template a page's file comes from: `resources/index.html` and `resources/page/N/` list the
 * library, `resources/<facet>/<value>/...` filter it, `resources/<slug>/` is one resource;
 * `partnerships/` is the directory, `partnerships/<state>/` and its `page/N/` a state's list,
 * `partnerships/<state>/<slug>/` one pairing. A
 * Spanish page (`es/...`, or a page built with a leading slash) counts with its English template.
 */
export function templateOf(path: string): Template {
  const file = path.replace(/^\//, '').replace(/^es\//, '')
  if (file === 'index.html') return 'home'
  if (/^resources\/(page\/\d+\/)?index\.html$/.test(file)) return 'resource list'
  if (/^resources\/[^/]+\/index\.html$/.test(file)) return 'resource'
  if (/^resources\/[^/]+\/.+\/index\.html$/.test(file)) return 'resource facet'
  if (file === 'partnerships/index.html') return 'directory'
  if (/^partnerships\/[a-z]{2}\/(page\/\d+\/)?index\.html$/.test(file)) return 'state list'
  if (/^partnerships\/[a-z]{2}\/[^/]+\/index\.html$/.test(file)) return 'pairing'
  if (file.startsWith('events/')) return 'events'
  if (file.startsWith('pillars/')) return 'pillars'
  return 'other'
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Every file under `dist`, as paths relative to it. */
function filesUnder(dist: string): string[] {
  return (readdirSync(dist, {recursive: true}) as string[]).filter((file) => statSync(join(dist, file)).isFile()).sort()
}

/** Weighs the site built in `dist`. */
export function measureDist(dist: string): DistWeights {
  const files = filesUnder(dist)
  const gzip = (file: string) => gzipSync(readFileSync(join(dist, file))).length
  const html = files.filter((file) => file.endsWith('.html'))
  const sizes = new Map(html.map((file) => [file, gzip(file)]))

  const templates: DistWeights['templates'] = {}
  for (const template of TEMPLATES) {
    const pages = html.filter((file) => templateOf(file) === template)
    if (pages.length === 0) continue
    const heaviest = pages.reduce((a, b) => (sizes.get(b)! > sizes.get(a)! ? b : a))
    templates[template] = {pages: pages.length, median: median(pages.map((page) => sizes.get(page)!)), max: sizes.get(heaviest)!, heaviest}
  }
  const heaviest = html.reduce((a, b) => (sizes.get(b)! > sizes.get(a)! ? b : a))

  const scriptsOf = (page: string) =>
    [...readFileSync(join(dist, page), 'utf8').matchAll(/<script type="module" src="\/([^"]+)"/g)].map((match) => match[1])
  const pageScriptGzip = Math.max(
    ...['index.html', 'partners/index.html', 'events/index.html'].map((page) => scriptsOf(page).reduce((sum, file) => sum + gzip(file), 0)),
  )
  const cssGzip = files.filter((file) => file.startsWith('_astro/') && file.endsWith('.css')).reduce((sum, file) => sum + gzip(file), 0)

  return {
    pages: html.length,
    templates,
    heaviest: {page: heaviest, bytes: sizes.get(heaviest)!},
    cssGzip,
    pageScriptGzip,
    pagefindMB: pagefindMB(dist),
  }
}

/** How many HTML pages `dist` holds. */
export function htmlPageCount(dist: string): number {
  return filesUnder(dist).filter((file) => file.endsWith('.html')).length
}

/** The size of everything under `dir/pagefind`, MB. */
export function pagefindMB(dir: string): number {
  return filesUnder(join(dir, 'pagefind')).reduce((sum, file) => sum + statSync(join(dir, 'pagefind', file)).size, 0) / 1024 / 1024
}
