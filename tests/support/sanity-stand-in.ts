/**
 * A local stand-in for Sanity's query API on 127.0.0.1, so tests drive the real `@sanity/client`
 * (and real builds) without the network. It answers from a dataset with groq-js, in the
 * Content Lake's wire format, or misbehaves on request to exercise the failure paths.
 */
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {evaluate, parse} from 'groq-js'

/** How the stand-in answers: from the dataset, or with one of the failures a build must survive. */
export type StandInBehaviour = {kind: 'dataset'} | {kind: 'status'; status: number; body?: unknown} | {kind: 'not-json'} | {kind: 'hang'}

/** A running stand-in: its address, what it was asked, and a way to change or stop it. */
export interface SanityStandIn {
  /** Base URL to pass as `apiHost` / `SANITY_API_HOST`. */
  url: string
  /** Every request path (with query string) received, in order. */
  requests: string[]
  behave(behaviour: StandInBehaviour): void
  close(): Promise<void>
}

/** Starts a stand-in on a free loopback port that serves `documents` as the dataset. */
export async function startSanityStandIn(documents: unknown[], behaviour: StandInBehaviour = {kind: 'dataset'}): Promise<SanityStandIn> {
  let current = behaviour
  const requests: string[] = []
  const hanging = new Set<ServerResponse>()

  const server = createServer(async (req, res) => {
    requests.push(req.url ?? '')
    try {
      await answer(req, res)
    } catch (error) {
      sendJson(res, 500, {error: {description: `stand-in failure: ${(error as Error).message}`}})
    }
  })

  async function answer(req: IncomingMessage, res: ServerResponse) {
    if (current.kind === 'hang') {
      hanging.add(res)
      return
    }
    if (current.kind === 'status') {
      return sendJson(res, current.status, current.body ?? {error: {description: `stand-in answered ${current.status}`}})
    }
    if (current.kind === 'not-json') {
      res.writeHead(200, {'content-type': 'application/json'})
      return res.end('<html><body>Gateway says hello</body></html>')
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    // The Studio asks who is signed in before it builds a workspace: answer with an editor.
    if (/^\/v[^/]+\/users\/me$/.test(url.pathname)) {
      return sendJson(res, 200, {
        id: 'p-editor',
        name: 'Sample Editor',
        email: 'editor@example.org',
        role: 'administrator',
        roles: [{name: 'administrator', title: 'Administrator'}],
      })
    }
    if (!/^\/v[^/]+\/data\/query\/[^/]+$/.test(url.pathname)) {
      return sendJson(res, 404, {error: {description: `no such endpoint: ${url.pathname}`}})
    }
    const {query, params} = req.method === 'POST' ? await readPostedQuery(req) : readQueryString(url)
    let tree
    try {
      tree = parse(query, {params})
    } catch (error) {
      const position = (error as {position?: number}).position ?? 0
      return sendJson(res, 400, {
        error: {type: 'queryParseError', description: (error as Error).message, query, start: position, end: position + 1},
      })
    }
    const unbound = [...query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]).filter((name) => !(name in params))
    if (unbound.length > 0) {
      return sendJson(res, 400, {
        error: {type: 'queryParseError', description: `param $${unbound[0]} referenced, but not provided`, query, start: 0, end: 1},
      })
    }
    // Perspectives as the Content Lake applies them: published (the default since API version
    // 2025-02-19) hides drafts and versions; drafts shows each draft in place of its published
    // document; raw shows everything. Without a token, drafts and versions are invisible.
    const perspective = url.searchParams.get('perspective') ?? 'published'
    const visible = req.headers.authorization ? documents : inPerspective(documents, 'published')
    const started = performance.now()
    const result = await (await evaluate(tree, {dataset: inPerspective(visible, perspective), params})).get()
    sendJson(res, 200, {query, result, ms: Math.round(performance.now() - started)})
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    behave(next) {
      current = next
    },
    async close() {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** The documents a query sees in `perspective`. */
function inPerspective(documents: unknown[], perspective: string): unknown[] {
  if (perspective === 'raw') return documents
  const docs = documents as {_id: string}[]
  const published = docs.filter((doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.'))
  if (perspective !== 'drafts') return published
  const drafts = new Map(docs.filter((doc) => doc._id.startsWith('drafts.')).map((doc) => [doc._id.slice('drafts.'.length), doc]))
  const overlaid = published.map((doc) =>
    drafts.has(doc._id) ? {...drafts.get(doc._id)!, _id: doc._id, _originalId: `drafts.${doc._id}`} : doc,
  )
  const draftOnly = [...drafts]
    .filter(([id]) => !published.some((doc) => doc._id === id))
    .map(([id, doc]) => ({...doc, _id: id, _originalId: `drafts.${id}`}))
  return [...overlaid, ...draftOnly]
}

function readQueryString(url: URL) {
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  }
  return {query: url.searchParams.get('query') ?? '', params}
}

async function readPostedQuery(req: IncomingMessage) {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {query: string; params?: Record<string, unknown>}
  return {query: body.query, params: body.params ?? {}}
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8'})
  res.end(JSON.stringify(body))
}
