/**
 * Serves a built site for the search measurement as Netlify's CDN would send it: pretty URLs,
 * Netlify's headers (scripts/netlify-headers.ts), and text (HTML, JS, CSS, JSON...) gzip-compressed when the browser
 * accepts it, so bytes transferred are bytes a visitor would download. Pagefind's index files are
 * compressed already and go out as they are. (`scripts/serve-like-netlify.ts` does not compress:
 * it is for the browser tests, where bytes do not count.)
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join, normalize, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {contentTypeOf, headersFor, isCompressible, readNetlifyRules} from '../netlify-headers.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Starts a server for `dir` on a free port of 127.0.0.1. */
export async function serveCompressed(dir: string): Promise<{url: string; close(): Promise<void>}> {
  const root = resolve(dir)
  const rules = readNetlifyRules(ROOT).headers
  const compressed = new Map<string, Buffer<ArrayBufferLike>>()
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    let file = join(root, normalize(path))
    if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    const found = file.startsWith(root) && existsSync(file) && statSync(file).isFile()
    if (!found) file = join(root, '404.html')
    const type = contentTypeOf(file)
    const headers: Record<string, string> = {'content-type': type, ...headersFor(path, rules)}
    let body: Buffer<ArrayBufferLike> = readFileSync(file)
    if (isCompressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(body))
      body = compressed.get(file)!
      headers['content-encoding'] = 'gzip'
      headers.vary = 'Accept-Encoding'
    }
    res.writeHead(found ? 200 : 404, {...headers, 'content-length': String(body.length)})
    res.end(body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
