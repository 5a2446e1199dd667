/**
 * A local Content Lake: enough of Sanity's HTTP API for the built Studio and for `@sanity/client`.
 * The Studio boots (who is signed in, the project, the dataset's grants), lists and opens
 * documents (GROQ over published and draft documents, document fetch, the listener), saves and
 * publishes (the Actions API; the Mutations API for plugins that write directly), uploads images
 * and files, and gets harmless answers for the rest (history, presence, features). Sanity's signed
 * webhook is sent on every publish when one is set up.
 *
 * The same API is served twice: over HTTPS for Chromium, which reaches it under Sanity's own host
 * names (see `browserHostRules`), and over plain HTTP on 127.0.0.1 for Node clients and builds
 * (`SANITY_API_HOST`).
 */
import {createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {createSecureServer, type Http2SecureServer} from 'node:http2'
import type {AddressInfo, Socket} from 'node:net'
import {answerQuery, readJsonBody, sendJson} from '../lake-queries'
import {serveSampleAsset, uploadAsset, type AssetFiles} from './lake-assets'
import {listen} from './lake-listener'
import {LakeError, LakeStore, type LakeDocument} from './lake-store'
import {selfSignedCertificate} from './lake-tls'
import {sendWebhooks, type WebhookDelivery, type WebhookSettings} from './lake-webhook'

/** Who is signed in: an administrator, or an editor (Sanity's "Editor" role). */
type LakeRole = 'administrator' | 'editor'

export interface ContentLakeOptions {
  documents: LakeDocument[]
  projectId?: string
  dataset?: string
  role?: LakeRole
  /** Where the files of asset documents with a relative `path` are (the sample's `studio/seed/`): served on the CDN. */
  assetDir?: string
}

export interface ContentLake {
  projectId: string
  dataset: string
  store: LakeStore
  /** For Node clients and builds: `SANITY_API_HOST`. */
  httpUrl: string
  /** Chromium's `--host-resolver-rules` that send Sanity's hosts to this stand-in. */
  browserHostRules: string
  /** Requests the stand-in answered with a placeholder, for the tests to read when something is missing. */
  placeholders: string[]
  /** Every request, as method, address and status, for a failing test to show. */
  requests: string[]
  /** Sends Sanity's webhook for every later transaction; returns its deliveries, in order. */
  sendWebhooks(settings: WebhookSettings): WebhookDelivery[]
  signIn(role: LakeRole): void
  close(): Promise<void>
}

const API_HOSTS = (projectId: string) => [`${projectId}.api.sanity.io`, 'api.sanity.io', 'cdn.sanity.io']

export async function startContentLake(options: ContentLakeOptions): Promise<ContentLake> {
  const projectId = options.projectId ?? 'onecoptest'
  const dataset = options.dataset ?? 'production'
  const store = new LakeStore(options.documents)
  const files: AssetFiles = new Map()
  if (options.assetDir) for (const asset of options.documents) serveSampleAsset(asset, options.assetDir, projectId, dataset, files)
  const placeholders: string[] = []
  let role: LakeRole = options.role ?? 'administrator'

  const user = () => ({
    id: role === 'administrator' ? 'p-administrator' : 'p-editor',
    name: role === 'administrator' ? 'Ada Administrator' : 'Eddie Editor',
    email: `${role}@example.org`,
    profileImage: null,
    role,
    roles: [{name: role, title: role === 'administrator' ? 'Administrator' : 'Editor'}],
    provider: 'sanity',
  })

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'https://api.sanity.io')
    const cors: Record<string, string> = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'authorization, content-type',
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-expose-headers': 'content-type, x-sanity-shard',
    }
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end()
    const json = (status: number, body: unknown) => sendJson(res, status, body, cors)
    const path = url.pathname.replace(/^\/v[^/]+/, '')

    // The CDN: uploaded images and files, at the address their asset documents give.
    const file = files.get(url.pathname.replace(/^\//, ''))
    if (String(req.headers.host ?? req.headers[':authority']).startsWith('cdn.sanity.io') || file) {
      if (!file) return json(404, {error: 'no such asset'})
      return void res.writeHead(200, {...cors, 'content-type': file.mimeType}).end(file.bytes)
    }

    if (path === '/users/me') return json(200, user())
    if (path === `/projects/${projectId}`) {
      return json(200, {
        id: projectId,
        displayName: 'OneCOP (local Content Lake)',
        studioHost: null,
        isBlocked: false,
        metadata: {},
        members: [{id: user().id, role, roles: user().roles, isCurrentUser: true, isRobot: false}],
        features: [],
      })
    }
    if (path === `/projects/${projectId}/datasets`) return json(200, [{name: dataset, aclMode: 'public'}])
    if (path === `/projects/${projectId}/datasets/${dataset}/acl` || /^\/projects\/[^/]+\/grants$/.test(path)) {
      const permissions =
        role === 'administrator' ? ['read', 'create', 'history', 'update', 'manage'] : ['read', 'create', 'history', 'update']
      const grants = [{filter: '_id in path("**")', permissions}]
      return json(200, path.endsWith('/acl') ? grants : {'sanity.document.filter.mode': [{grants}]})
    }
    if (path === '/ping') return json(200, {pong: true})

    // Which documents in other datasets refer to one (asked before unpublishing or deleting it):
    // this Content Lake holds one dataset, so none do.
    if (/^\/data\/references\/[^/]+\/documents\//.test(path)) return json(200, {totalCount: 0, references: []})

    const data = /^\/data\/(query|doc|listen|mutate|actions|history)\/([^/]+)(?:\/(.*))?$/.exec(path)
    if (data) {
      const [, endpoint, , rest] = data
      if (endpoint === 'query') {
        const {status, body} = await answerQuery(req, url, store.all())
        return json(status, body)
      }
      if (endpoint === 'doc' && rest) {
        const ids = decodeURIComponent(rest).split(',')
        const documents = ids.map((id) => store.get(id)).filter(Boolean)
        const omitted = ids.filter((id) => !store.get(id)).map((id) => ({id, reason: 'existence'}))
        return json(200, {documents, omitted})
      }
      if (endpoint === 'listen') return listen(req, res, url, store, cors)
      if (endpoint === 'mutate' || endpoint === 'actions') {
        // As the Content Lake: only a signed-in editor or a token may write.
        if (!req.headers.authorization)
          return json(401, {error: {type: 'unauthorized', description: 'Writing needs a token with write access'}})
        const body = await readJsonBody<{mutations?: any[]; actions?: any[]; transactionId?: string}>(req)
        const transactionId = body.transactionId ?? url.searchParams.get('transactionId') ?? undefined
        try {
          const events =
            endpoint === 'mutate'
              ? await store.mutate(body.mutations ?? [], transactionId, user().id)
              : store.act(body.actions ?? [], transactionId, user().id)
          const id = events[0]?.transactionId ?? transactionId
          return json(200, {
            transactionId: id,
            ...(url.searchParams.get('returnDocuments') === 'true'
              ? {documents: events.flatMap((event) => (event.after ? [event.after] : []))}
              : {}),
            results: events.map((event) => ({
              id: event.documentId,
              operation: event.transition === 'appear' ? 'create' : event.transition === 'disappear' ? 'delete' : 'update',
            })),
          })
        } catch (error) {
          if (error instanceof LakeError) return json(error.status, {error: {type: 'mutationError', description: error.message}})
          throw error
        }
      }
      // History: the local Content Lake keeps no earlier revisions, so every document's history is empty.
      placeholders.push(`${req.method} ${url.pathname}`)
      const [kind, ...ids] = (rest ?? '').split('/')
      if (kind === 'transactions') return void res.writeHead(200, {...cors, 'content-type': 'application/x-ndjson'}).end()
      if (kind === 'events')
        return json(200, {
          events: Object.fromEntries(
            ids
              .join('/')
              .split(',')
              .map((id) => [decodeURIComponent(id), []]),
          ),
          nextCursor: '',
        })
      return json(200, {documents: []})
    }

    const upload = /^\/assets\/(images|files)\/([^/]+)$/.exec(path)
    if (upload && req.method === 'POST') {
      const asset = await uploadAsset(req, url, upload[1] as 'images' | 'files', projectId, dataset, files)
      if (!store.get(asset._id)) await store.mutate([{createIfNotExists: asset}], undefined, user().id)
      return json(200, {document: store.get(asset._id)})
    }

    // Everything else the Studio asks at boot or in passing (features, journeys, key-value
    // settings, telemetry consent, schedules, presence...): an empty answer, recorded.
    placeholders.push(`${req.method} ${url.pathname}`)
    return json(200, /keyvalue|features|user-applications|journey|schedules/.test(path) ? [] : {})
  }

  const requests: string[] = []
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? req.headers[':authority']
    res.on('finish', () => requests.push(`${req.method} ${host} ${req.url} ${res.statusCode}`))
    if (req.url?.includes('/data/listen/')) requests.push(`${req.method} ${host} ${req.url} (listening)`)
    answer(req, res).catch((error: unknown) => {
      const cors = {'access-control-allow-origin': req.headers.origin ?? '*', 'access-control-allow-credentials': 'true'}
      if (!res.headersSent) sendJson(res, 500, {error: {description: `local Content Lake failure: ${(error as Error).stack}`}}, cors)
      else res.end()
    })
  }
  // HTTP/2, as Sanity's API: the Studio holds several listeners open at once, and over HTTP/1.1
  // Chromium's six connections per host would be taken by them, leaving every other request queued.
  const https = createSecureServer({...selfSignedCertificate(API_HOSTS(projectId)), allowHTTP1: true}, handle as never)
  const http = createHttpServer(handle)
  // Every connection, HTTP/2 or HTTP/1.1, is ended by close(): a server closes only once its last
  // connection has, and a listener's stream, or a browser process that lingers, would keep one open.
  const sockets = new Set<Socket>()
  for (const server of [https, http])
    server.on('connection', (socket: Socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
  const listenOn = (server: Server | Http2SecureServer) =>
    new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)))
  const [httpsPort, httpPort] = [await listenOn(https), await listenOn(http)]

  return {
    projectId,
    dataset,
    store,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    browserHostRules: API_HOSTS(projectId)
      .map((host) => `MAP ${host} 127.0.0.1:${httpsPort}`)
      .join(', '),
    placeholders,
    requests,
    sendWebhooks: (settings) => sendWebhooks(store, settings),
    signIn: (next) => void (role = next),
    async close() {
      for (const socket of sockets) socket.destroy()
      for (const server of [https, http]) await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
