/**
 * The Sanity webhook's test bench: a build-hook stand-in reset before each test, the handler's
 * dependencies, and deliveries signed as Sanity signs them.
 */
import {afterAll, beforeAll, beforeEach} from 'vitest'
import {createHmac} from 'node:crypto'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {startBuildHook, type BuildHookStandIn} from './build-hook-stand-in'

export const SECRET = 'whsec-test-3f9a1c'

/** A resource's change, as the webhook's projection `{_id, _type, _rev}` sends it. */
export const resourceChange = JSON.stringify({_id: 'resource-program-one-pager', _type: 'resource', _rev: 'rev-published-2'})

/** A delivery as Sanity sends it: the body, signed at `timestamp` with `secret`. */
export async function delivery(
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

/** Registers the bench's hooks in the calling test file and returns its handles. */
export function sanityWebhookBench() {
  const bench = {hook: undefined as unknown as BuildHookStandIn, logs: [] as string[]}
  beforeAll(async () => {
    bench.hook = await startBuildHook()
  })
  afterAll(() => bench.hook.close())
  beforeEach(() => {
    bench.hook.builds.length = 0
    bench.hook.behave('accept')
    bench.logs = []
  })
  const deps = (overrides = {}) => ({
    secret: SECRET,
    buildHookUrl: bench.hook.url,
    siteTypes: siteDocumentTypes(),
    log: (message: string) => bench.logs.push(message),
    buildHookTimeoutMs: 500,
    ...overrides,
  })
  return {bench, deps}
}

/** Sanity's signature scheme: `t=<ms>,v1=<base64url HMAC-SHA256 of "<ms>.<body>">`. */
export function signByHand(body: string, timestamp: number): string {
  const mac = createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('base64url')
  return `t=${timestamp},v1=${mac}`
}
