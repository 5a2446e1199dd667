/**
 * The badge's decision (`documentPublishStatus`), driven by the status JSON the real handlers
 * produce: the Sanity webhook records a publish, Netlify's notifications record deploys, and
 * `/api/publish-status` serves what the Studio reads.
 */
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {readBuildErrorLines, recordBuildErrorLines} from '../../netlify/lib/build-error-lines.ts'
import {handleDeployStatus} from '../../netlify/lib/deploy-status.ts'
import {handlePublishStatus} from '../../netlify/lib/publish-status.ts'
import {openPublishStatusStore} from '../../netlify/lib/publish-status-store.ts'
import type {PublishStatus} from '../../netlify/lib/publish-status-types.ts'
import {handleSanityWebhook} from '../../netlify/lib/sanity-webhook.ts'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {ContentValidationError} from '../../src/sanity/content-errors.ts'
import {documentPublishStatus} from '../../studio/plugins/publish-status/document-publish-status'
import {timeAgo} from '../../studio/plugins/publish-status/time-ago'
import {startBlobsStandIn, type BlobsStandIn} from '../support/blobs-stand-in'
import {startBuildHook, type BuildHookStandIn} from '../support/build-hook-stand-in'
import {DEPLOY_SECRET, deployBody, deployNotification, type DeployFields} from '../support/deploy-notifications'

const WEBHOOK_SECRET = 'whsec-badge-test-5e0a'
const T0 = Date.parse('2026-11-25T12:00:00.000Z')
const iso = (ms: number) => new Date(ms).toISOString()
const minutes = (n: number) => n * 60_000
/** Sanity's `_updatedAt`, which has no milliseconds. */
const sanityTime = (ms: number) => iso(ms).replace(/\.\d{3}Z$/, 'Z')

let blobs: BlobsStandIn
let hook: BuildHookStandIn
beforeAll(async () => {
  blobs = await startBlobsStandIn()
  hook = await startBuildHook()
})
afterAll(async () => {
  await hook.close()
  await blobs.close()
})
beforeEach(() => blobs.clear())

const store = () => openPublishStatusStore(blobs.functionAccess)

/** An editor publishes revision `rev`: Sanity's webhook reaches the site at `at`. */
async function publish(documentId: string, type: string, at: number, rev = 'rev-1') {
  const body = JSON.stringify({_id: documentId, _type: type, _rev: rev})
  const req = new Request('https://onecop.example.org/api/sanity-webhook', {
    method: 'POST',
    headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, at, WEBHOOK_SECRET)},
    body,
  })
  const response = await handleSanityWebhook(req, {
    secret: WEBHOOK_SECRET,
    buildHookUrl: hook.url,
    siteTypes: siteDocumentTypes(),
    now: () => at,
    log: () => {},
    recordPublish: (id, record) => store().recordPublish(id, record),
  })
  expect(response.status).toBe(202)
}

/** Netlify notifies a deploy's new state, a second after it happened. */
async function notify(fields: DeployFields) {
  const response = await handleDeployStatus(deployNotification(deployBody(fields)), {
    secret: DEPLOY_SECRET,
    store: store(),
    buildErrorLines: (id) => readBuildErrorLines(id, blobs.functionAccess),
    now: () => Date.parse(fields.updated_at) + 1000,
    log: () => {},
  })
  expect(response.status).toBe(200)
}

/** What the Studio reads at `now`. */
async function statusAt(now: number): Promise<PublishStatus> {
  const response = await handlePublishStatus(new Request('https://onecop.example.org/api/publish-status'), {
    store: store(),
    studioUrl: undefined,
    now: () => now,
  })
  return (await response.json()) as PublishStatus
}

/** A previous deploy, live since before anything in these tests was published. */
async function previousDeployLive() {
  const previous = {id: '6745000000000000000000aa', created_at: iso(T0 - minutes(30))}
  await notify({...previous, state: 'building', updated_at: iso(T0 - minutes(30))})
  await notify({...previous, state: 'ready', updated_at: iso(T0 - minutes(28)), published_at: iso(T0 - minutes(28))})
}

const resource = {documentId: 'resource-program-one-pager', publishedAt: sanityTime(T0 - 2000), revision: 'rev-1'}

describe("a document's publishing status, from what the handlers record", () => {
  it('follows publish → waiting → building → live', async () => {
    await previousDeployLive()
    await publish(resource.documentId, 'resource', T0)
    expect(documentPublishStatus(resource, await statusAt(T0 + 500), T0 + 500)).toMatchObject({
      state: 'waiting',
      label: 'Waiting for a build',
    })

    const deploy = {id: '6745000000000000000000bb', created_at: iso(T0 + 1000), title: 'Sanity: resource resource-program-one-pager'}
    await notify({...deploy, state: 'building', updated_at: iso(T0 + 1500)})
    const building = documentPublishStatus(resource, await statusAt(T0 + minutes(2)), T0 + minutes(2))
    expect(building).toMatchObject({state: 'building', label: 'Building (started 2 minutes ago)'})

    await notify({...deploy, state: 'ready', updated_at: iso(T0 + minutes(3)), published_at: iso(T0 + minutes(3))})
    expect(documentPublishStatus(resource, await statusAt(T0 + minutes(4)), T0 + minutes(4))).toMatchObject({
      state: 'live',
      label: 'Live on the site',
    })
  })

  it("follows publish → failed, with the build's error lines in the title, while the site keeps the old version", async () => {
    await previousDeployLive()
    await publish(resource.documentId, 'resource', T0)
    const deploy = {id: '6745000000000000000000cc', created_at: iso(T0 + 1000)}
    await notify({...deploy, state: 'building', updated_at: iso(T0 + 1500)})
    const problem = {type: 'resource', id: resource.documentId, field: 'title', problem: 'is required: give the resource a title'}
    await recordBuildErrorLines(new ContentValidationError(['resources'], 'Sanity', [problem]), {
      env: {NETLIFY: 'true', DEPLOY_ID: deploy.id, NETLIFY_BLOBS_CONTEXT: blobs.buildContext(deploy.id)},
      log: () => {},
    })
    await notify({
      ...deploy,
      state: 'error',
      updated_at: iso(T0 + minutes(1)),
      error_message: 'Build script returned non-zero exit code: 2',
    })

    const status = await statusAt(T0 + minutes(2))
    const failed = documentPublishStatus(resource, status, T0 + minutes(2))
    expect(failed.state).toBe('failed')
    expect(failed.label).toBe('Not on the site: the last build failed')
    expect(failed.title).toContain('resource resource-program-one-pager: title: is required: give the resource a title')
    expect(status.lastLiveDeploy?.id).toBe('6745000000000000000000aa')
  })

  it('counts a document published before the live deploy started as live, by its _updatedAt when the webhook recorded nothing', async () => {
    await previousDeployLive()
    const old = {documentId: 'pillar-1', publishedAt: sanityTime(T0 - minutes(45))}
    expect(documentPublishStatus(old, await statusAt(T0), T0)).toMatchObject({state: 'live'})
  })

  it("waits when the published version is newer than the webhook's record (its webhook is not in yet)", async () => {
    await publish(resource.documentId, 'resource', T0)
    const deploy = {id: '6745000000000000000000dd', created_at: iso(T0 + 1000)}
    await notify({...deploy, state: 'building', updated_at: iso(T0 + 1500)})
    const republished = {documentId: resource.documentId, publishedAt: sanityTime(T0 + minutes(1)), revision: 'rev-2'}
    expect(documentPublishStatus(republished, await statusAt(T0 + minutes(2)), T0 + minutes(2))).toMatchObject({state: 'waiting'})
  })

  it("trusts the webhook's record of this very revision over a Studio clock that runs ahead", async () => {
    // The Studio shows a version the editor just published with an `_updatedAt` from the editor's
    // computer: here 3 seconds after the deploy that includes it started.
    await publish(resource.documentId, 'resource', T0)
    const deploy = {id: '6745000000000000000000ee', created_at: iso(T0 + 1000)}
    await notify({...deploy, state: 'building', updated_at: iso(T0 + 1500)})
    const aheadOfTheSite = {...resource, publishedAt: iso(T0 + 4000)}
    const status = await statusAt(T0 + minutes(1))
    expect(documentPublishStatus(aheadOfTheSite, status, T0 + minutes(1))).toMatchObject({state: 'building'})
    // Without a revision to match (a webhook whose projection leaves `_rev` out), the times decide.
    expect(documentPublishStatus({...aheadOfTheSite, revision: undefined}, status, T0 + minutes(1))).toMatchObject({state: 'waiting'})
  })

  it('waits when nothing has been deployed since the publish, even with no deploy recorded at all', async () => {
    await publish(resource.documentId, 'resource', T0)
    expect(documentPublishStatus(resource, await statusAt(T0 + 1000), T0 + 1000)).toMatchObject({state: 'waiting'})
  })
})

describe('documentPublishStatus, at the boundary', () => {
  const deploy = (startedAt: string, state: 'building' | 'ready' | 'error' = 'ready') => ({
    id: 'd',
    state,
    startedAt,
    finishedAt: null,
    commitRef: null,
    trigger: null,
    errorLines: [],
  })
  const status = (latest: ReturnType<typeof deploy> | null, live: ReturnType<typeof deploy> | null = null): PublishStatus => ({
    latestDeploy: latest,
    lastLiveDeploy: live,
    publishes: {},
    checkedAt: iso(T0),
  })

  it('counts a deploy that started at the very moment of the change, and not one a millisecond earlier', () => {
    const doc = {documentId: 'x', publishedAt: iso(T0)}
    expect(documentPublishStatus(doc, status(deploy(iso(T0)), deploy(iso(T0))), T0).state).toBe('live')
    expect(documentPublishStatus(doc, status(deploy(iso(T0 - 1)), deploy(iso(T0 - 1))), T0).state).toBe('waiting')
  })

  it("compares Sanity's and Netlify's time formats as times, not as text", () => {
    const doc = {documentId: 'x', publishedAt: '2026-11-25T12:00:00Z'}
    expect(documentPublishStatus(doc, status(deploy('2026-11-25T12:00:00.500Z', 'building')), T0 + 1000).state).toBe('building')
  })
})

describe('timeAgo', () => {
  it.each([
    [10_000, 'less than a minute ago'],
    [-20_000, 'less than a minute ago'],
    [60_000, '1 minute ago'],
    [minutes(2), '2 minutes ago'],
    [minutes(59), '59 minutes ago'],
    [minutes(60), '1 hour ago'],
    [minutes(60 * 5), '5 hours ago'],
    [minutes(60 * 24 * 3), '3 days ago'],
  ])('says %d ms ago as "%s"', (ago, text) => {
    expect(timeAgo(iso(T0 - ago), T0)).toBe(text)
  })
})
