/**
 * Search with Pagefind. After a build, indexes `dist/` (and fails the build if it cannot: a
 * site without search is not a finished build). In `astro dev`, builds an index in memory the
 * first time the browser asks for `/pagefind/...`, by reading the dev server's own pages, so
 * search works there too.
 */
import type {AstroIntegration} from 'astro'
import type {AddressInfo} from 'node:net'
import {fileURLToPath} from 'node:url'
import * as pagefind from 'pagefind'

/** Fails the build when indexing fails or finds nothing. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'onecop-pagefind',
    hooks: {
      'astro:build:done': async ({dir, logger}) => {
        const outDir = fileURLToPath(dir)
        try {
          const index = await newIndex()
          const {errors: addErrors, page_count: pageCount} = await index.addDirectory({path: outDir})
          if (addErrors.length > 0) throw new Error(addErrors.join('; '))
          if (pageCount === 0) throw new Error(`no pages to index in ${outDir}: is data-pagefind-body missing?`)
          const {errors: writeErrors} = await index.writeFiles({outputPath: `${outDir}/pagefind`})
          if (writeErrors.length > 0) throw new Error(writeErrors.join('; '))
          logger.info(`Pagefind indexed ${pageCount} pages`)
        } catch (error) {
          throw new Error(`Search index failed, so the build is not usable: ${(error as Error).message}`, {cause: error})
        } finally {
          await pagefind.close()
        }
      },
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

async function newIndex() {
  const {index, errors} = await pagefind.createIndex({})
  if (!index) throw new Error(`could not start Pagefind: ${errors.join('; ')}`)
  return index
}

/** Crawls the dev server from `/` through its own links and indexes every page found. */
async function devIndex(origin: string): Promise<{files: Map<string, Uint8Array>; pages: number}> {
  const index = await newIndex()
  const seen = new Set<string>(['/'])
  const queue = ['/']
  while (queue.length > 0) {
    const path = queue.shift()!
    const response = await fetch(new URL(path, origin))
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue
    const html = await response.text()
    await index.addHTMLFile({url: path, content: html})
    for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)"/g)) {
      if (!seen.has(href) && href.endsWith('/') && !href.startsWith('/pagefind/') && !href.startsWith('/sample-assets/')) {
        seen.add(href)
        queue.push(href)
      }
    }
  }
  const {files, errors} = await index.getFiles()
  if (errors.length > 0) throw new Error(errors.join('; '))
  return {files: new Map(files.map((file) => [file.path, file.content])), pages: seen.size}
}

function contentType(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript'
  if (path.endsWith('.css')) return 'text/css'
  if (path.endsWith('.json')) return 'application/json'
  return 'application/octet-stream'
}
