/**
 * The publish-status function: what it serves, to whom (CORS for the Studio's origin only), that
 * it is never cached and never carries a secret, and that the function modules are wired to the
 * paths Netlify and the Studio use.
 */
import {afterAll, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {readBuildErrorLines} from '../../netlify/lib/build-error-lines.ts'
import {handleDeployStatus} from '../../netlify/lib/deploy-status.ts'
import {handlePublishStatus} from '../../netlify/lib/publish-status.ts'
import {openPublishStatusStore} from '../../netlify/lib/publish-status-store.ts'
import {handleSanityWebhook} from '../../netlify/lib/sanity-webhook.ts'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {startBlobsStandIn, type BlobsStandIn} from '../support/blobs-stand-in'
import {startBuildHook, type BuildHookStandIn} from '../support/build-hook-stand-in'
import {closedPort} from '../support/ports'
import {DEPLOY_SECRET, deployBody, deployNotification, LOG_ACCESS_TOKEN, SITE_ID} from '../support/deploy-notifications'

const STUDIO_URL = 'https://onecop.sanity.studio/desk'
const STUDIO_ORIGIN = 'https://onecop.sanity.studio'
const WEBHOOK_SECRET = 'whsec-status-test-77d2'

let blobs: BlobsStandIn
let hook: BuildHookStandIn
let logs: string[]
beforeAll(async () => {
  blobs = await startBlobsStandIn()
  hook = await startBuildHook()
})
afterAll(async () => {
  await hook.close()
  await blobs.close()
})
beforeEach(async () => {
  await blobs.clear()
  logs = []
})

const store = () => openPublishStatusStore(blobs.functionAccess)
const get = (headers: Record<string, string> = {}, method = 'GET') =>
  new Request('https://onecop.example.org/api/publish-status', {method, headers})
const serve = (req: Request, {studioUrl = STUDIO_URL as string | undefined} = {}) =>
  handlePublishStatus(req, {store: store(), studioUrl, log: (m) => logs.push(m)})

describe('/api/publish-status', () => {
  it('answers GET with JSON that is never cached', async () => {
    const response = await serve(get())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(Object.keys(await response.json()).sort()).toEqual(['checkedAt', 'lastLiveDeploy', 'latestDeploy', 'publishes'])
  })

  it("lets the Studio's origin read it across origins, and no other", async () => {
    const fromStudio = await serve(get({origin: STUDIO_ORIGIN}))
    expect(fromStudio.headers.get('access-control-allow-origin')).toBe(STUDIO_ORIGIN)
    expect(fromStudio.headers.get('vary')).toMatch(/Origin/)

    for (const origin of ['https://evil.example', 'https://onecop.sanity.studio.evil.example', 'http://onecop.sanity.studio', 'null']) {
      const response = await serve(get({origin}))
      expect(response.status, origin).toBe(200)
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull()
    }
    expect((await serve(get())).headers.get('access-control-allow-origin')).toBeNull()
  })

  it("answers the Studio's preflight, and gives any other origin's none of the CORS headers", async () => {
    const preflight = (origin: string) => serve(get({origin, 'access-control-request-method': 'GET'}, 'OPTIONS'))
    const fromStudio = await preflight(STUDIO_ORIGIN)
    expect(fromStudio.status).toBe(204)
    expect(fromStudio.headers.get('access-control-allow-origin')).toBe(STUDIO_ORIGIN)
    expect(fromStudio.headers.get('access-control-allow-methods')).toMatch(/GET/)
    const fromElsewhere = await preflight('https://evil.example')
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull()
    expect(fromElsewhere.headers.get('access-control-allow-methods')).toBeNull()
  })

  it('allows no origin, and logs what to set, when SANITY_STUDIO_URL is unset', async () => {
    for (const studioUrl of [undefined, '', 'onecop.sanity.studio']) {
      logs = []
      const response = await handlePublishStatus(get({origin: STUDIO_ORIGIN}), {store: store(), studioUrl, log: (m) => logs.push(m)})
      expect(response.status).toBe(200)
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      expect(logs.join('\n')).toContain('SANITY_STUDIO_URL')
    }
  })

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s with 405', async (method) => {
    const before = await blobs.snapshot()
    const response = await serve(get({}, method))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, OPTIONS')
    expect(await blobs.snapshot()).toEqual(before)
  })

  it('is a 503, not cached, when the store cannot be read', async () => {
    const port = await closedPort()
    const unreachable = {...blobs.functionAccess, edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}`}
    // The Blobs client pauses between retries (1 ms under NODE_ENV=test, as Vitest sets it).
    const response = await handlePublishStatus(get(), {
      store: openPublishStatusStore(unreachable),
      studioUrl: STUDIO_URL,
      log: (m) => logs.push(m),
    })
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(logs.join('\n')).toMatch(/could not read the status/)
  })

  it('carries no secret: no token, hook URL, site id or JWS secret, after a publish and a deploy', async () => {
    const now = Date.now()
    const body = JSON.stringify({_id: 'resource-program-one-pager', _type: 'resource'})
    const delivery = new Request('https://onecop.example.org/api/sanity-webhook', {
      method: 'POST',
      headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, now, WEBHOOK_SECRET)},
      body,
    })
    const webhook = await handleSanityWebhook(delivery, {
      secret: WEBHOOK_SECRET,
      buildHookUrl: hook.url,
      siteTypes: siteDocumentTypes(),
      log: () => {},
      recordPublish: (id, publish) => store().recordPublish(id, publish),
    })
    expect(webhook.status).toBe(202)
    const fields = {
      id: '6745dddddddddddddddddddd',
      created_at: new Date(now + 1000).toISOString(),
      title: 'Sanity: resource resource-program-one-pager',
    }
    const deployDeps = {
      secret: DEPLOY_SECRET,
      store: store(),
      buildErrorLines: (id: string) => readBuildErrorLines(id, blobs.functionAccess),
      log: () => {},
    }
    expect(
      (await handleDeployStatus(deployNotification(deployBody({...fields, state: 'building', updated_at: fields.created_at})), deployDeps))
        .status,
    ).toBe(200)

    const text = await (await serve(get({origin: STUDIO_ORIGIN}))).text()
    const status = JSON.parse(text)
    expect(status.publishes['resource-program-one-pager'].type).toBe('resource')
    expect(status.latestDeploy.id).toBe(fields.id)
    for (const secret of [
      WEBHOOK_SECRET,
      DEPLOY_SECRET,
      LOG_ACCESS_TOKEN,
      SITE_ID,
      hook.url,
      new URL(hook.url).host,
      blobs.token,
      blobs.siteID,
    ]) {
      expect(text).not.toContain(secret)
    }
  })
})

describe('the functions', () => {
  it('serve /api/deploy-status and /api/publish-status', async () => {
    const deployStatus = await import('../../netlify/functions/deploy-status.mts')
    const publishStatus = await import('../../netlify/functions/publish-status.mts')
    expect(deployStatus.config.path).toBe('/api/deploy-status')
    expect(publishStatus.config.path).toBe('/api/publish-status')
  })

  it('deploy-status is a 500 naming NETLIFY_DEPLOY_NOTIFICATION_SECRET when it is unset', async () => {
    vi.stubEnv('NETLIFY_DEPLOY_NOTIFICATION_SECRET', '')
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      const {default: deployStatus} = await import('../../netlify/functions/deploy-status.mts')
      expect((await deployStatus(deployNotification('{}'))).status).toBe(500)
      expect(log.mock.calls.flat().join(' ')).toContain('NETLIFY_DEPLOY_NOTIFICATION_SECRET')
    } finally {
      log.mockRestore()
      vi.unstubAllEnvs()
    }
  })

  it('publish-status answers 503 (and logs why) rather than crashing where Netlify Blobs is not configured', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      const {default: publishStatus} = await import('../../netlify/functions/publish-status.mts')
      const response = await publishStatus(get())
      expect(response.status).toBe(503)
      expect(log.mock.calls.flat().join(' ')).toMatch(/could not read the status: .*Netlify Blobs/)
    } finally {
      log.mockRestore()
    }
  })
})
