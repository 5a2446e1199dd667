/**
 * Netlify, locally, for the publish loop: the site's functions on their paths (the Sanity webhook,
 * deploy notifications, the publishing status), Blobs (a local server), a build hook that answers
 * at once and builds afterwards as Netlify does, and deploy notifications signed as Netlify signs
 * them. A deploy builds the site from the Content Lake for real; a build that fails on content
 * leaves its error lines as the build plugin does. A test may hold each new deploy before it
 * reports "building" and before it builds, to watch the Studio follow every step.
 */
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {randomBytes} from 'node:crypto'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {readBuildErrorLines, uploadHandedOffErrorLines} from '../../netlify/lib/build-error-lines.ts'
import {handleDeployStatus} from '../../netlify/lib/deploy-status.ts'
import {handlePublishStatus} from '../../netlify/lib/publish-status.ts'
import {openPublishStatusStore} from '../../netlify/lib/publish-status-store.ts'
import {handleSanityWebhook} from '../../netlify/lib/sanity-webhook.ts'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {astroBuild} from './astro-build'
import {startBlobsStandIn} from './blobs-stand-in'
import {DEPLOY_SECRET, deployBody, signDeploy, type DeployFields} from './deploy-notifications'

/** Where a deploy can be held: before Netlify reports it building, and before the build runs. */
type Stage = 'before-building' | 'before-build'

export interface LocalNetlify {
  url: string
  port: number
  /** The secret Sanity's webhook is signed with (`SANITY_WEBHOOK_SECRET`). */
  webhookSecret: string
  /** The title of every build the build hook was asked for, in order. */
  buildsAsked: string[]
  /** Every deploy, as the last notification described it. */
  deploys: DeployFields[]
  /** What the functions logged, for a failing test to show. */
  logs: string[]
  /** Holds every new deploy at `stage` until `release` is called (or `close`, so a failed test ends). */
  hold(stage: Stage): {release(): void}
  /** Releases every hold, lets the deploys under way finish, and stops. */
  close(): Promise<void>
}

export async function startLocalNetlify(options: {lakeUrl: string; projectId: string; studioUrl: string}): Promise<LocalNetlify> {
  const blobs = await startBlobsStandIn()
  // Opened per request, as each function invocation opens it: a store's Blobs deadline runs from its first use.
  // A generous Blobs deadline: this process also serves the Content Lake and Blobs, and a busy machine slows all three.
  const store = () => openPublishStatusStore(blobs.functionAccess, 30_000)
  const webhookSecret = `whsec-${randomBytes(8).toString('hex')}`
  const deploys: DeployFields[] = []
  const buildsAsked: string[] = []
  const logs: string[] = []
  const holds = new Map<Stage, Promise<void>>()
  const releases: (() => void)[] = []
  let queue = Promise.resolve()
  const sites: string[] = []
  let url = ''

  const notify = async (fields: DeployFields) => {
    const index = deploys.findIndex((deploy) => deploy.id === fields.id)
    if (index >= 0) deploys[index] = fields
    else deploys.push(fields)
    const body = deployBody(fields)
    await fetch(`${url}/api/deploy-status`, {
      method: 'POST',
      headers: {'content-type': 'application/json', 'x-webhook-signature': signDeploy(body)},
      body,
    })
  }

  /** One deploy, as Netlify runs it after its build hook is called. */
  async function deploy(title: string) {
    const id = randomBytes(12).toString('hex')
    const created = new Date().toISOString()
    await holds.get('before-building')
    await notify({id, title, state: 'building', created_at: created, updated_at: new Date().toISOString()})
    await holds.get('before-build')
    const site = await mkdtemp(join(tmpdir(), 'onecop-local-deploy-'))
    sites.push(site)
    const build = await astroBuild(site, {
      SANITY_PROJECT_ID: options.projectId,
      SANITY_API_HOST: options.lakeUrl,
      NETLIFY: 'true',
      DEPLOY_ID: id,
    })
    const finished = new Date().toISOString()
    if (build.code === 0) return notify({id, title, state: 'ready', created_at: created, updated_at: finished, published_at: finished})
    // The build plugin's onError: what the build command handed off goes to the deploy's Blobs.
    await uploadHandedOffErrorLines({env: {NETLIFY: 'true', DEPLOY_ID: id}, access: blobs.buildAccess, log: () => {}})
    return notify({
      id,
      title,
      state: 'error',
      created_at: created,
      updated_at: finished,
      error_message: 'Build script returned non-zero exit code: 2',
    })
  }

  async function route(req: IncomingMessage): Promise<Response> {
    const request = new Request(new URL(req.url ?? '/', url), {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([name, value]) =>
        typeof value === 'string' ? [[name, value] as [string, string]] : [],
      ),
      ...(req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS'
        ? {}
        : {body: Readable.toWeb(req) as ReadableStream, duplex: 'half'}),
    })
    const {pathname, searchParams} = new URL(request.url)
    const log = (message: string) => logs.push(message)
    switch (pathname) {
      case '/api/sanity-webhook':
        return handleSanityWebhook(request, {
          secret: webhookSecret,
          buildHookUrl: `${url}/build_hooks/sanity`,
          siteTypes: siteDocumentTypes(),
          recordPublish: (documentId, publish) => store().recordPublish(documentId, publish),
          log,
        })
      case '/api/deploy-status':
        return handleDeployStatus(request, {
          secret: DEPLOY_SECRET,
          store: store(),
          buildErrorLines: (deployId) => readBuildErrorLines(deployId, blobs.functionAccess),
          log,
        })
      case '/api/publish-status':
        return handlePublishStatus(request, {store: store(), studioUrl: options.studioUrl, log})
      case '/build_hooks/sanity': {
        // Netlify answers a build hook at once and builds afterwards, one deploy at a time.
        const title = searchParams.get('trigger_title') ?? 'Build hook'
        buildsAsked.push(title)
        queue = queue.then(() => deploy(title)).catch(() => {})
        return new Response(null, {status: 200})
      }
      default:
        return new Response('Not found', {status: 404})
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    route(req)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: Error) => res.writeHead(500).end(error.stack))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const port = (server.address() as AddressInfo).port
  url = `http://127.0.0.1:${port}`

  return {
    url,
    port,
    webhookSecret,
    buildsAsked,
    deploys,
    logs,
    hold(stage) {
      let release = () => {}
      holds.set(stage, new Promise<void>((done) => (release = done)))
      releases.push(release)
      return {release: () => release()}
    },
    async close() {
      for (const release of releases) release()
      await queue
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      await blobs.close()
      for (const site of sites) await rm(site, {recursive: true, force: true})
    },
  }
}
