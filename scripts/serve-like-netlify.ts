/**
 * Serves a built site on this machine the way Netlify would: static files first, with pretty
 * URLs and the headers of netlify.toml; then the site's SSR function (`.netlify/v1/functions/ssr/`,
 * the previews) for the addresses its route declares, whose answer is passed on as it is, 404s
 * included; every other address gets netlify.toml's 404 page for it (the Spanish one under
 * `/es/`). Posts of the site's forms go to Netlify Forms as Netlify takes them (`netlify-forms.ts`),
 * which hands each new submission to the `submission-created` function. `npm run preview` and the
 * browser tests use it (Netlify's adapter has no `astro preview`, and `netlify dev` needs the internet).
 * As a command: node scripts/serve-like-netlify.ts [--host 127.0.0.1] [--port 4321] [dir]
 */
import {createReadStream, existsSync, statSync} from 'node:fs'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join, normalize, resolve} from 'node:path'
import {Readable} from 'node:stream'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {contentTypeOf, headersFor, matchesPathPattern, notFoundPageFor, readNetlifyRules} from './netlify-headers.ts'
import {startNetlifyForms, type LocalNetlifyForms} from './netlify-forms.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

type SsrHandler = (request: Request, context: {ip: string}) => Promise<Response>

/** A Netlify Function's inline `config`: the addresses it answers. */
interface FunctionRoute {
  path?: string | string[]
  excludedPath?: string | string[]
}

/** The built SSR function: its handler, and whether Netlify would call it for a path. */
interface SsrFunction {
  handler: SsrHandler
  answers(path: string): boolean
}

/** The built SSR function, or undefined when the build made none. */
async function loadSsrFunction(): Promise<SsrFunction | undefined> {
  const entry = join(ROOT, '.netlify/v1/functions/ssr/ssr.mjs')
  if (!existsSync(entry)) return undefined
  const module = (await import(pathToFileURL(entry).href)) as {default: SsrHandler; config?: FunctionRoute}
  const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat())
  const paths = list(module.config?.path)
  const excluded = list(module.config?.excludedPath)
  return {
    handler: module.default,
    answers: (path) =>
      paths.some((pattern) => matchesPathPattern(path, pattern)) && !excluded.some((pattern) => matchesPathPattern(path, pattern)),
  }
}

/** The static file Netlify would serve for `path`, or undefined. */
function staticFile(root: string, path: string): string | undefined {
  let file = join(root, normalize(path))
  if (!file.startsWith(root)) return undefined
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
  return existsSync(file) && statSync(file).isFile() ? file : undefined
}

/** Hands a request to the SSR function and writes its answer as it is, as Netlify does. */
async function renderOnRequest(handler: SsrHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
  const method = req.method ?? 'GET'
  const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`), {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : {body: Readable.toWeb(req) as ReadableStream, duplex: 'half'}),
  })
  const response = await handler(request, {ip: req.socket.remoteAddress ?? '127.0.0.1'})
  const out: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') out[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) out['set-cookie'] = cookies
  res.writeHead(response.status, out)
  if (response.body) Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res)
  else res.end()
}

/**
 * Netlify Forms for the site in `root`, sending each new submission's event to the site's
 * `submission-created` function, which asks this Netlify Forms' API (and no other) to confirm it.
 */
async function startForms(root: string): Promise<LocalNetlifyForms> {
  const functionUrl = pathToFileURL(join(ROOT, 'netlify/functions/submission-created.mts')).href
  const forms = await startNetlifyForms(root, (event) => {
    import(functionUrl)
      .then((module: {default: (request: Request) => Promise<Response>}) =>
        module.default(
          new Request('http://127.0.0.1/.netlify/functions/submission-created', {method: 'POST', body: JSON.stringify(event)}),
        ),
      )
      .catch((error: unknown) => console.error(`submission-created threw: ${(error as Error).stack ?? error}`))
  })
  Object.assign(process.env, {NETLIFY_API_URL: forms.apiUrl, NETLIFY_API_TOKEN: forms.apiToken})
  return forms
}

/** Takes a form post as Netlify does: the page it was posted to for a site form (spam dropped quietly), else a 404. */
async function receiveForm(forms: LocalNetlifyForms, req: IncomingMessage): Promise<boolean> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const outcome = forms.receive(new URLSearchParams(Buffer.concat(chunks).toString('utf8')), {
    ip: req.socket.remoteAddress ?? '127.0.0.1',
    userAgent: req.headers['user-agent'] ?? '',
    referrer: req.headers.referer ?? '',
  })
  return !('dropped' in outcome) || outcome.dropped === 'honeypot filled'
}

/** Starts the server for `dir` on `port` (0: any free port); resolves with its address. */
export async function serveLikeNetlify(dir: string, port = 0, host = '127.0.0.1'): Promise<{url: string; server: Server}> {
  const root = resolve(dir)
  const rules = readNetlifyRules(ROOT)
  const ssr = await loadSsrFunction()
  const forms = await startForms(root)
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    const file = staticFile(root, path)
    if (req.method === 'POST' && req.headers['content-type']?.startsWith('application/x-www-form-urlencoded') && !ssr?.answers(path)) {
      receiveForm(forms, req)
        .then((taken) => serveFile(res, path, taken && file ? file : notFound(path), taken && file ? 200 : 404))
        .catch((error: unknown) => res.writeHead(500).end(String(error)))
      return
    }
    // The adapter's function prefers static files: it runs only where no file is.
    if (!file && ssr?.answers(path)) {
      renderOnRequest(ssr.handler, req, res).catch((error: unknown) => {
        res.writeHead(500, {'content-type': 'text/plain; charset=utf-8'})
        res.end(`The SSR function failed: ${(error as Error).stack ?? error}`)
      })
      return
    }
    serveFile(res, path, file ?? notFound(path), file ? 200 : 404)
  })
  /** The 404 page for `path`: the Spanish one under `/es/`, as netlify.toml's 404 rules say. */
  const notFound = (path: string) => join(root, notFoundPageFor(path, rules.redirects).replace(/\/$/, '/index.html'))
  /** A file Netlify serves itself, with the custom headers (they never apply to function answers). */
  function serveFile(res: ServerResponse, path: string, file: string, status: number) {
    res.writeHead(status, {'content-type': contentTypeOf(file), ...headersFor(path, rules.headers)})
    createReadStream(file).pipe(res)
  }
  server.on('close', () => void forms.close())
  await new Promise<void>((done) => server.listen(port, host, done))
  return {url: `http://${host}:${(server.address() as AddressInfo).port}`, server}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values, positionals} = parseArgs({
    options: {host: {type: 'string', default: '127.0.0.1'}, port: {type: 'string', default: '4321'}},
    allowPositionals: true,
  })
  const dir = positionals[0] ?? 'dist'
  const {server} = await serveLikeNetlify(dir, Number(values.port), values.host)
  const {port} = server.address() as AddressInfo
  console.log(`Serving ${resolve(dir)} like Netlify at http://localhost:${port}/ (press Ctrl+C to stop)`)
}
