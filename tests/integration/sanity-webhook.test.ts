/**
 * The webhook function, called with real Request objects signed by @sanity/webhook's own
 * helper, against a build-hook stand-in on 127.0.0.1.
 */
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {createHmac} from 'node:crypto'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {handleSanityWebhook, MAX_BODY_BYTES} from '../../netlify/lib/sanity-webhook.ts'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {startBuildHook, type BuildHookStandIn} from '../support/build-hook-stand-in'
import {closedPort} from '../support/ports'
import {getStore} from '@netlify/blobs'
import {MAX_PUBLISHES, openPublishStatusStore, PUBLISH_STATUS_STORE} from '../../netlify/lib/publish-status-store.ts'
import type {Publish} from '../../netlify/lib/publish-status-types.ts'
import {startBlobsStandIn, type BlobsStandIn} from '../support/blobs-stand-in'

const SECRET = 'whsec-test-3f9a1c'
let hook: BuildHookStandIn
let logs: string[]

beforeAll(async () => {
  hook = await startBuildHook()
})
afterAll(() => hook.close())
beforeEach(() => {
  hook.builds.length = 0
  hook.behave('accept')
  logs = []
})

const deps = (overrides = {}) => ({
  secret: SECRET,
  buildHookUrl: hook.url,
  siteTypes: siteDocumentTypes(),
  log: (message: string) => logs.push(message),
  buildHookTimeoutMs: 500,
  ...overrides,
})

/** A delivery as Sanity sends it: the body, signed at `timestamp` with `secret`. */
async function delivery(
  body: string,
  {
    secret = SECRET,
    timestamp = Date.now(),
    method = 'POST',
    signature,
  }: {secret?: string; timestamp?: number; method?: string; signature?: string | null} = {},
) {
  const header = signature === undefined ? await encodeSignatureHeader(body, timestamp, secret) : signature
  const headers = new Headers({'content-type': 'application/json'})
  if (header !== null) headers.set(SIGNATURE_HEADER_NAME, header)
  return new Request('https://onecop.example.org/api/sanity-webhook', {method, headers, body: method === 'GET' ? undefined : body})
}

const resourceChange = JSON.stringify({_id: 'resource-program-one-pager', _type: 'resource'})

describe('the Sanity webhook', () => {
  it('knows the document types the site shows, from its queries', () => {
    expect(siteDocumentTypes()).toEqual([
      'activityType',
      'event',
      'funder',
      'page',
      'partner',
      'pillar',
      'programObjective',
      'resource',
      'siteSettings',
    ])
  })

  it('prints, with npm run webhook:definition, a webhook filtered to exactly those types', async () => {
    const {execFile} = await import('node:child_process')
    const {promisify} = await import('node:util')
    const {stdout} = await promisify(execFile)(process.execPath, ['scripts/webhook-definition.ts'], {
      env: {...process.env, SITE_URL: 'https://onecop.example.org'},
    })
    const definition = JSON.parse(stdout) as {url: string; filter: string; trigger: string[]; includeDrafts: boolean}
    expect(definition.url).toBe('https://onecop.example.org/api/sanity-webhook')
    expect(definition.filter).toBe(
      `_type in [${siteDocumentTypes()
        .map((type) => `"${type}"`)
        .join(', ')}]`,
    )
    expect(definition.trigger).toEqual(['create', 'update', 'delete'])
    expect(definition.includeDrafts).toBe(false)
  })

  it('starts exactly one build for a valid delivery, titled with the document', async () => {
    const response = await handleSanityWebhook(await delivery(resourceChange), deps())
    expect(response.status).toBe(202)
    expect(hook.builds).toEqual(['Sanity: resource resource-program-one-pager'])
    expect(logs.join('\n')).not.toContain(SECRET)
  })

  const bad: [string, () => Promise<Request>, number][] = [
    ['unsigned', () => delivery(resourceChange, {signature: null}), 401],
    ['signed with the wrong secret', () => delivery(resourceChange, {secret: 'not-the-secret'}), 401],
    [
      'tampered after signing',
      async () => {
        const signed = await delivery(resourceChange)
        return new Request(signed.url, {method: 'POST', headers: signed.headers, body: resourceChange.replace('one-pager', 'two-pager')})
      },
      401,
    ],
    ['signed six minutes ago (a replay)', () => delivery(resourceChange, {timestamp: Date.now() - 6 * 60 * 1000}), 401],
    ['signed six minutes in the future', () => delivery(resourceChange, {timestamp: Date.now() + 6 * 60 * 1000}), 401],
    ['a GET', () => delivery(resourceChange, {method: 'GET'}), 405],
    ['over 64 KB', () => delivery(JSON.stringify({_id: 'resource-x', _type: 'resource', padding: 'x'.repeat(MAX_BODY_BYTES)})), 413],
    ['not JSON', () => delivery('<xml>nope</xml>'), 400],
    ['JSON without a _type', () => delivery(JSON.stringify({_id: 'resource-x'})), 400],
    ['a type the site does not show', () => delivery(JSON.stringify({_id: 'x1', _type: 'sanity.imageAsset'})), 202],
    ['a draft', () => delivery(JSON.stringify({_id: 'drafts.resource-x', _type: 'resource'})), 202],
    // @sanity/webhook will not sign an empty body, so this signature is made by hand, same scheme.
    ['an empty body, correctly signed', () => delivery('', {signature: signByHand('', Date.now())}), 400],
    ['a signature header of garbage', () => delivery(resourceChange, {signature: 'garbage,=;;'}), 401],
  ]

  it.each(bad)('answers a delivery %s with its status, and builds nothing', async (_name, make, status) => {
    const response = await handleSanityWebhook(await make(), deps())
    expect(response.status).toBe(status)
    expect(hook.builds).toEqual([])
  })

  it.each([[503], ['hang' as const]])('answers 502 when the build hook fails (%s), so Sanity retries, and logs why', async (mode) => {
    hook.behave(mode)
    const response = await handleSanityWebhook(await delivery(resourceChange), deps())
    expect(response.status).toBe(502)
    expect(logs.join('\n')).toMatch(
      /could not start a build for resource resource-program-one-pager: the build hook (answered HTTP 503|did not answer within 500 ms)/,
    )
  })

  it('answers 502 when the build hook is down', async () => {
    const response = await handleSanityWebhook(
      await delivery(resourceChange),
      deps({buildHookUrl: `http://127.0.0.1:${await closedPort()}/hook`}),
    )
    expect(response.status).toBe(502)
    expect(logs.join('\n')).toMatch(/the build hook could not be reached/)
  })

  it.each([
    ['SANITY_WEBHOOK_SECRET', {secret: undefined}],
    ['NETLIFY_BUILD_HOOK_URL', {buildHookUrl: undefined}],
  ])('is a 500 naming %s when it is missing, and never runs unverified', async (variable, missing) => {
    const response = await handleSanityWebhook(await delivery(resourceChange), deps(missing))
    expect(response.status).toBe(500)
    expect(logs.join('\n')).toContain(variable)
    expect(hook.builds).toEqual([])
  })
})

/** Sanity's signature scheme: `t=<ms>,v1=<base64url HMAC-SHA256 of "<ms>.<body>">`. */
function signByHand(body: string, timestamp: number): string {
  const mac = createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('base64url')
  return `t=${timestamp},v1=${mac}`
}

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

  it('records the published document, its type and when it asked for the build, after the build started', async () => {
    const response = await handleSanityWebhook(await delivery(resourceChange, {timestamp: NOW}), recording())
    expect(response.status).toBe(202)
    expect(hook.builds).toHaveLength(1)
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
      'resource-program-one-pager': {type: 'resource', at: '2026-11-25T12:00:00.000Z'},
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

  it('still answers 202, with one build, and logs why, when the publish cannot be recorded', async () => {
    const failing = recording({recordPublish: async () => Promise.reject(new Error('Blobs is down'))})
    const response = await handleSanityWebhook(await delivery(resourceChange, {timestamp: NOW}), failing)
    expect(response.status).toBe(202)
    expect(hook.builds).toEqual(['Sanity: resource resource-program-one-pager'])
    expect(logs.join('\n')).toMatch(
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
