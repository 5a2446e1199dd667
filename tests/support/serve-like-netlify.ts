/**
 * Serves a built site on 127.0.0.1 the way Netlify would: pretty URLs, 404.html with status
 * 404, and the headers from netlify.toml. For the browser tests of the production headers.
 * Usage: node tests/support/serve-like-netlify.ts <dir> <port>
 */
import {createReadStream, existsSync, statSync} from 'node:fs'
import {createServer} from 'node:http'
import {extname, join, normalize, resolve} from 'node:path'
import {headersFor, readHeaderRules} from './netlify-headers.ts'

const [dir = 'dist', port = '4330'] = process.argv.slice(2)
const root = resolve(dir)
const rules = readHeaderRules(resolve('netlify.toml'))
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

createServer((req, res) => {
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
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} like Netlify at http://127.0.0.1:${port}/`))
