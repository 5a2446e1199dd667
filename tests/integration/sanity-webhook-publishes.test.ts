/**
 * The Sanity webhook records which document asked for a build, and when, for the Studio's
 * publishing status; a failure to record never stops the build it started.
 */
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {handleSanityWebhook} from '../../netlify/lib/sanity-webhook.ts'
import {closedPort} from '../support/ports'
import {getStore} from '@netlify/blobs'
import {MAX_PUBLISHES, openPublishStatusStore, PUBLISH_STATUS_STORE} from '../../netlify/lib/publish-status-store.ts'
import type {Publish} from '../../netlify/lib/publish-status-types.ts'
import {startBlobsStandIn, type BlobsStandIn} from '../support/blobs-stand-in'

import {delivery, resourceChange, sanityWebhookBench} from '../support/sanity-webhook-bench'

const {bench, deps} = sanityWebhookBench()

describe('the Sanity webhook, recording publishes for the Studio', () => {
  const NOW = Date.parse('2026-11-25T12:00:00.000Z')
  let blobs: BlobsStandIn
  beforeAll(async () => {
    blobs = await startBlobsStandIn()
  })
  afterAll(() => blobs.close())
  beforeEach(() => blobs.clear())

  const recorded: [string, Publish][] = []
  const recording = (overrides = {}) =>
    deps({
      now: () => NOW,
      recordPublish: async (id: string, publish: Publish) => void recorded.push([id, publish]),
      ...overrides,
    })
  beforeEach(() => {
    recorded.length = 0
  })

  it('records the published document, its type, its revision and when it asked for the build, after the build started', async () => {
    const response = await handleSanityWebhook(await delivery(resourceChange, {timestamp: NOW}), recording())
    expect(response.status).toBe(202)
    expect(bench.hook.builds).toHaveLength(1)
    expect(recorded).toEqual([['resource-program-one-pager', {type: 'resource', at: '2026-11-25T12:00:00.000Z', rev: 'rev-published-2'}]])
  })

  it('records no revision when the projection sends none (a webhook set up before `_rev` was in it)', async () => {
    const withoutRev = JSON.stringify({_id: 'resource-program-one-pager', _type: 'resource'})
    expect((await handleSanityWebhook(await delivery(withoutRev, {timestamp: NOW}), recording())).status).toBe(202)
    expect(recorded).toEqual([['resource-program-one-pager', {type: 'resource', at: '2026-11-25T12:00:00.000Z'}]])
  })

  it('records it in the publish-status store, where /api/publish-status reads it', async () => {
    const store = openPublishStatusStore(blobs.functionAccess)
    const response = await handleSanityWebhook(
      await delivery(resourceChange, {timestamp: NOW}),
      recording({recordPublish: (id: string, publish: Publish) => store.recordPublish(id, publish)}),
    )
    expect(response.status).toBe(202)
    expect(await openPublishStatusStore(blobs.functionAccess).readPublishes()).toEqual({
      'resource-program-one-pager': {type: 'resource', at: '2026-11-25T12:00:00.000Z', rev: 'rev-published-2'},
    })
  })

  it.each([
    [
      'the build hook fails',
      async () =>
        handleSanityWebhook(
          await delivery(resourceChange, {timestamp: NOW}),
          recording({buildHookUrl: `http://127.0.0.1:${await closedPort()}/hook`}),
        ),
    ],
    [
      'the signature is wrong',
      async () => handleSanityWebhook(await delivery(resourceChange, {timestamp: NOW, secret: 'nope'}), recording()),
    ],
    [
      'it is a draft',
      async () =>
        handleSanityWebhook(await delivery(JSON.stringify({_id: 'drafts.resource-x', _type: 'resource'}), {timestamp: NOW}), recording()),
    ],
    [
      'the site does not show the type',
      async () =>
        handleSanityWebhook(await delivery(JSON.stringify({_id: 'x1', _type: 'sanity.imageAsset'}), {timestamp: NOW}), recording()),
    ],
  ])('records nothing when %s', async (_name, send) => {
    await send()
    expect(recorded).toEqual([])
  })

  it('still answers 202, with one build, and bench.logs why, when the publish cannot be recorded', async () => {
    const failing = recording({recordPublish: async () => Promise.reject(new Error('Blobs is down'))})
    const response = await handleSanityWebhook(await delivery(resourceChange, {timestamp: NOW}), failing)
    expect(response.status).toBe(202)
    expect(bench.hook.builds).toEqual(['Sanity: resource resource-program-one-pager'])
    expect(bench.logs.join('\n')).toMatch(
      /build started, but the publish of resource resource-program-one-pager could not be recorded for the Studio: Blobs is down/,
    )
  })

  it(`keeps the latest ${MAX_PUBLISHES} publishes, and never an older time over a newer one`, async () => {
    const at = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString()
    const many = Object.fromEntries(Array.from({length: MAX_PUBLISHES}, (_, i) => [`resource-${i}`, {type: 'resource', at: at(i + 1)}]))
    await getStore({name: PUBLISH_STATUS_STORE, ...blobs.functionAccess}).setJSON('publishes', many)
    const store = openPublishStatusStore(blobs.functionAccess)
    await store.recordPublish('event-new', {type: 'event', at: at(0)})
    let publishes = await store.readPublishes()
    expect(Object.keys(publishes)).toHaveLength(MAX_PUBLISHES)
    expect(publishes['event-new']).toEqual({type: 'event', at: at(0)})
    expect(publishes[`resource-${MAX_PUBLISHES - 1}`]).toBeUndefined()
    expect(publishes['resource-0']).toBeDefined()

    await store.recordPublish('event-new', {type: 'event', at: at(10)})
    publishes = await store.readPublishes()
    expect(publishes['event-new'].at).toBe(at(0))
  })
})
