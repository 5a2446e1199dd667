/**
 * GROQ queries answered as the Content Lake answers them, over documents in memory (groq-js):
 * the wire format `@sanity/client` expects, its errors (a parse error or an unbound parameter is a
 * 400), and perspectives. Shared by the stand-ins for the site's builds and for the Studio.
 */
import type {IncomingMessage, ServerResponse} from 'node:http'
import {evaluate, parse} from 'groq-js'
import {isPathId} from '@onecop/content-model'

/** A query's answer: the HTTP status and the JSON body. */
export interface QueryAnswer {
  status: number
  body: unknown
}

/** Answers `GET /vX/data/query/<dataset>?query=...&$param=...` or its POST form over `documents`. */
export async function answerQuery(req: IncomingMessage, url: URL, documents: unknown[]): Promise<QueryAnswer> {
  const {query: asked, params} = req.method === 'POST' ? await readPostedQuery(req) : readQueryString(url)
  // groq-js has no `text::query()`, which the Studio's document lists search with. A list that
  // searches nothing sends `*`, which a plain `match` reads the same way; typed searches are
  // matched word by word, without the Content Lake's ranking.
  const query = asked.replace(/\btext::query\(/g, '(')
  let tree
  try {
    tree = parse(query, {params})
  } catch (error) {
    const position = (error as {position?: number}).position ?? 0
    return {
      status: 400,
      body: {error: {type: 'queryParseError', description: (error as Error).message, query, start: position, end: position + 1}},
    }
  }
  const unbound = [...query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]).filter((name) => !(name in params))
  if (unbound.length > 0) {
    return {
      status: 400,
      body: {error: {type: 'queryParseError', description: `param $${unbound[0]} referenced, but not provided`, query, start: 0, end: 1}},
    }
  }
  // Perspectives as the Content Lake applies them: published (the default since API version
  // 2025-02-19) hides drafts and versions; drafts shows each draft in place of its published
  // document; raw shows everything. Without a token, no document whose id has a path is
  // visible: no drafts, no versions, no inquiries.
  const perspective = url.searchParams.get('perspective') ?? 'published'
  const visible = req.headers.authorization ? documents : (documents as {_id: string}[]).filter((doc) => !isPathId(doc._id))
  const started = performance.now()
  const result = await (await evaluate(tree, {dataset: inPerspective(visible, perspective), params})).get()
  return {status: 200, body: {query, result, ms: Math.round(performance.now() - started)}}
}

/** The documents a query sees in `perspective`. */
function inPerspective(documents: unknown[], perspective: string): unknown[] {
  if (perspective === 'raw') return documents
  const docs = documents as {_id: string}[]
  const published = docs.filter((doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.'))
  if (perspective !== 'drafts' && perspective !== 'previewDrafts') return published
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

/** A request's body as JSON. */
export async function readJsonBody<T>(req: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T
}

async function readPostedQuery(req: IncomingMessage) {
  const body = await readJsonBody<{query: string; params?: Record<string, unknown>}>(req)
  return {query: body.query, params: body.params ?? {}}
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8', ...headers})
  res.end(JSON.stringify(body))
}
