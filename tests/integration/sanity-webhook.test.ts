/**
 * The webhook function, called with real Request objects signed by @sanity/webhook's own
 * helper, against a build-hook stand-in on 127.0.0.1.
 */
import {describe, expect, it} from 'vitest'
import {handleSanityWebhook, MAX_BODY_BYTES} from '../../netlify/lib/sanity-webhook.ts'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {closedPort} from '../support/ports'

import {delivery, resourceChange, sanityWebhookBench, SECRET, signByHand} from '../support/sanity-webhook-bench'

const {bench, deps} = sanityWebhookBench()

describe('the Sanity webhook', () => {
  it('knows the document types the site shows, from its queries', () => {
    expect(siteDocumentTypes()).toEqual([
      'activityType',
      'event',
      'funder',
      'page',
      'partner',
      'partnership',
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
    expect(bench.hook.builds).toEqual(['Sanity: resource resource-program-one-pager'])
    expect(bench.logs.join('\n')).not.toContain(SECRET)
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
    expect(bench.hook.builds).toEqual([])
  })

  it.each([[503], ['hang' as const]])('answers 502 when the build hook fails (%s), so Sanity retries, and bench.logs why', async (mode) => {
    bench.hook.behave(mode)
    const response = await handleSanityWebhook(await delivery(resourceChange), deps())
    expect(response.status).toBe(502)
    expect(bench.logs.join('\n')).toMatch(
      /could not start a build for resource resource-program-one-pager: the build hook (answered HTTP 503|did not answer within 500 ms)/,
    )
  })

  it('answers 502 when the build hook is down', async () => {
    const response = await handleSanityWebhook(
      await delivery(resourceChange),
      deps({buildHookUrl: `http://127.0.0.1:${await closedPort()}/hook`}),
    )
    expect(response.status).toBe(502)
    expect(bench.logs.join('\n')).toMatch(/the build hook could not be reached/)
  })

  it.each([
    ['SANITY_WEBHOOK_SECRET', {secret: undefined}],
    ['NETLIFY_BUILD_HOOK_URL', {buildHookUrl: undefined}],
  ])('is a 500 naming %s when it is missing, and never runs unverified', async (variable, missing) => {
    const response = await handleSanityWebhook(await delivery(resourceChange), deps(missing))
    expect(response.status).toBe(500)
    expect(bench.logs.join('\n')).toContain(variable)
    expect(bench.hook.builds).toEqual([])
  })
})
