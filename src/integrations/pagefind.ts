/**
 * Search in `astro dev`: builds a Pagefind index in memory the first time the browser asks for
 * `/pagefind/...`, by reading the dev server's own pages, so search works there too. A build's
 * index is made after `astro build`, in a process of its own (`search-index.ts`).
 */
import type {AstroIntegration} from 'astro'
import type {AddressInfo} from 'node:net'
import {addTotals, filterTotals} from './filter-totals'
import {FILTER_TOTALS_FILE} from '../lib/filter-totals-file'
import {PARTNERSHIPS_INDEX_PATH, SITE_INDEX_PATH} from '../lib/search-index-folders'
import {builtPage, inPartnershipDirectory, pagesToIndex} from './pagefind-pages'
import {newPagefindIndex} from './search-index'

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'onecop-pagefind',
    hooks: {
      'astro:server:setup': ({server, logger}) => {
        let files: Promise<Map<string, Uint8Array>> | undefined
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const origin = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}`
          files ??= devIndex(origin).then((index) => {
            logger.info(`Pagefind: indexed ${index.pages} pages of the dev server`)
            return index.files
          })
          files
            .then((index) => {
              const file = index.get((req.url ?? '').split('?')[0].replace(/^\//, ''))
              if (!file) return next()
              res.setHeader('content-type', contentType(req.url ?? ''))
              res.end(file)
            })
            .catch((error: Error) => {
              files = undefined
              logger.error(`Pagefind: could not index the dev server: ${error.message}`)
              next(error)
            })
        })
      },
    },
  }
}

/**
 * Crawls the dev server from `/` through its own links and indexes every page found, in index
 * order, into the site's index and the partnership directory's, as a build does.
 */
async function devIndex(origin: string): Promise<{files: Map<string, Uint8Array>; pages: number}> {
  const pages = new Map<string, string>()
  const seen = new Set<string>(['/'])
  const queue = ['/']
  while (queue.length > 0) {
    const path = queue.shift()!
    const response = await fetch(new URL(path, origin))
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue
    const html = await response.text()
    pages.set(path, html)
    for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)"/g)) {
      if (!seen.has(href) && href.endsWith('/') && !href.startsWith('/pagefind/') && !href.startsWith('/sample-assets/')) {
        seen.add(href)
        queue.push(href)
      }
    }
  }
  const urls = pagesToIndex([...pages].map(([url, html]) => builtPage(url, html)))
  const served = new Map<string, Uint8Array>()
  // Each index's files, served from `/pagefind/` below its own folder (the directory's: `partnerships/`).
  const directoryFolder = PARTNERSHIPS_INDEX_PATH.slice(SITE_INDEX_PATH.length)
  let totals = {}
  for (const [folder, indexed] of [
    ['', urls.filter((url) => !inPartnershipDirectory(url.slice(1)))],
    [directoryFolder, urls.filter((url) => inPartnershipDirectory(url.slice(1)))],
  ] as const) {
    if (indexed.length === 0) continue
    const index = await newPagefindIndex()
    for (const url of indexed) await index.addHTMLFile({url, content: pages.get(url)!})
    const {files, errors} = await index.getFiles()
    if (errors.length > 0) throw new Error(errors.join('; '))
    for (const file of files) served.set(`${folder}${file.path}`, file.content)
    totals = addTotals(totals, await filterTotals(async (name) => served.get(`${folder}${name}`)!))
    await index.deleteIndex()
  }
  served.set(FILTER_TOTALS_FILE, new TextEncoder().encode(JSON.stringify(totals)))
  return {files: served, pages: seen.size}
}

function contentType(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript'
  if (path.endsWith('.css')) return 'text/css'
  if (path.endsWith('.json')) return 'application/json'
  return 'application/octet-stream'
}
