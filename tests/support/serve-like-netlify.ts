/**
 * Serves a built site on 127.0.0.1 the way Netlify would: pretty URLs, 404.html with status
 * 404, and the headers from netlify.toml. For the browser tests of the production headers.
 * As a command: node tests/support/serve-like-netlify.ts <dir> <port>
 */
import {createReadStream, existsSync, statSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {headersFor, readHeaderRules} from './netlify-headers.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** Starts the server for `dir` on `port` (0: any free port); resolves with its address. */
export async function serveLikeNetlify(dir: string, port = 0): Promise<{url: string; server: Server}> {
  const root = resolve(dir)
  const rules = readHeaderRules(fileURLToPath(new URL('../../netlify.toml', import.meta.url)))
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    let file = join(root, normalize(path))
    if (!file.startsWith(root)) file = root
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    let status = 200
    if (!existsSync(file)) {
      status = 404
      file = join(root, '404.html')
    }
    res.writeHead(status, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(path, rules)})
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '4330'] = process.argv.slice(2)
  const {url} = await serveLikeNetlify(dir, Number(port))
  console.log(`serving ${resolve(dir)} like Netlify at ${url}/`)
}
