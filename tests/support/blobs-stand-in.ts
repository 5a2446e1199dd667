/**
 * A stand-in for Netlify Blobs: `@netlify/blobs/server` (the local server Netlify's own CLI uses),
 * on 127.0.0.1, keeping its files in a temporary directory.
 *
 * `BlobsServer.start()` listens on every interface and cannot be told otherwise, so the server is
 * not started: its request handler is served from a loopback-only Node server instead.
 *
 * Netlify's Blobs API sends an ETag with every read and honours `If-Match` on writes, which the
 * publish-status store relies on against lost updates. The local server honours `If-Match` but
 * sends no ETag with a read, and dates its ETags to the millisecond (two writes in the same one
 * look alike). So here ETags are a hash of the content, reads carry one (taken before the read, so
 * it is never newer than the data), and writes are taken one at a time so a conditional write is
 * checked and made atomically, as Netlify does.
 *
 * That reaches into members TypeScript calls private (`handleRequest`, `getLocalPaths`, `address`,
 * which signed URLs are built from, and the static `generateETag`); a release that renames them
 * fails here by name.
 */
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {createHash} from 'node:crypto'
import {BlobsServer} from '@netlify/blobs/server'
import type {BlobsAccess} from '../../netlify/lib/blobs-access'

export interface BlobsStandIn {
  siteID: string
  token: string
  /** Access as Netlify Functions have it: the edge endpoints and the site's region. */
  functionAccess: BlobsAccess
  /** Access as builds and build plugins have it: the API endpoint. */
  buildAccess: BlobsAccess
  /** `NETLIFY_BLOBS_CONTEXT` as `@netlify/build` sets it for build plugins. */
  buildContext(deployId: string): string
  /** Every file the server keeps (entries and metadata), by path: compare before and after. */
  snapshot(): Promise<Record<string, string>>
  /** Empties every store. */
  clear(): Promise<void>
  close(): Promise<void>
}

type BlobsServerInternals = {
  handleRequest?: (request: Request) => Promise<Response>
  getLocalPaths?: (url: URL) => {dataPath?: string; key?: string}
  address: string
}
type BlobsServerClass = {generateETag?: (path: string) => Promise<string>}

/** A strong ETag: the content's hash, or none for a missing entry (as the local server does). */
async function contentETag(path: string): Promise<string> {
  try {
    return `"${createHash('sha256')
      .update(await readFile(path))
      .digest('hex')}"`
  } catch {
    return ''
  }
}

export async function startBlobsStandIn(): Promise<BlobsStandIn> {
  const directory = await mkdtemp(join(tmpdir(), 'onecop-blobs-'))
  const token = 'blobs-stand-in-token'
  const siteID = 'onecop-test-site'
  const blobs = new BlobsServer({directory, token}) as unknown as BlobsServerInternals
  const serverClass = BlobsServer as unknown as BlobsServerClass
  if (
    typeof blobs.handleRequest !== 'function' ||
    typeof blobs.getLocalPaths !== 'function' ||
    typeof serverClass.generateETag !== 'function'
  ) {
    throw new Error('@netlify/blobs/server changed its internals: update tests/support/blobs-stand-in.ts')
  }
  serverClass.generateETag = contentETag
  await mkdir(directory, {recursive: true})

  let writes = Promise.resolve()
  const handle = async (request: Request): Promise<Response> => {
    if (request.method === 'GET') {
      const {dataPath, key} = blobs.getLocalPaths!(new URL(request.url))
      const etag = dataPath && key ? await contentETag(dataPath) : ''
      const response = await blobs.handleRequest!(request)
      if (etag && response.status === 200) response.headers.set('etag', etag)
      return response
    }
    if (request.method !== 'PUT') return blobs.handleRequest!(request)
    const done = writes.then(() => blobs.handleRequest!(request))
    writes = done.then(
      () => undefined,
      () => undefined,
    )
    return done
  }

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    const request = new Request(new URL(req.url ?? '/', blobs.address), {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    })
    const response = await handle(request)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  blobs.address = url

  return {
    siteID,
    token,
    functionAccess: {siteID, token, edgeURL: url, uncachedEdgeURL: url, region: 'us-east-2'},
    buildAccess: {siteID, token, apiURL: url},
    buildContext: (deployId) => Buffer.from(JSON.stringify({apiURL: url, deployID: deployId, siteID, token})).toString('base64'),
    async snapshot() {
      const files: Record<string, string> = {}
      const entries = await readdir(directory, {recursive: true, withFileTypes: true})
      for (const entry of entries) {
        if (!entry.isFile()) continue
        const path = join(entry.parentPath, entry.name)
        files[relative(directory, path)] = await readFile(path, 'utf8')
      }
      return files
    },
    async clear() {
      await rm(join(directory, 'entries'), {recursive: true, force: true})
      await rm(join(directory, 'metadata'), {recursive: true, force: true})
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(directory, {recursive: true, force: true})
    },
  }
}
