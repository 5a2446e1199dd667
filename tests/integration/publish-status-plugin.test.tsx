/**
 * The Studio plugin, at unit level (no browser): it registers its tool and badge, its badge says
 * why when the status cannot be had instead of throwing, and it polls only while something shows it.
 * Badges are hooks, so each is rendered inside a component with react-dom/server.
 */
import {afterEach, describe, expect, it, vi} from 'vitest'
import {renderToStaticMarkup} from 'react-dom/server'
import type {DocumentBadgeComponent, DocumentBadgeDescription} from 'sanity'
import {handlePublishStatus} from '../../netlify/lib/publish-status.ts'
import {NO_DEPLOYS} from '../../netlify/lib/deploy-records.ts'
import type {PublishStatusStore} from '../../netlify/lib/publish-status-store.ts'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {publishStatusPlugin, statusPollerFor} from '../../studio/plugins/publish-status'
import {createPublishStatusBadge} from '../../studio/plugins/publish-status/publish-status-badge'
import {createStatusPoller} from '../../studio/plugins/publish-status/status-poller'

let urls = 0
/** A fresh status URL per test: pollers are shared per URL. */
const freshUrl = () => `https://onecop.example.org/api/publish-status?test=${(urls += 1)}`

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

type Plugin = ReturnType<typeof publishStatusPlugin>

function badgesFor(plugin: Plugin, schemaType: string, previous: DocumentBadgeComponent[] = []) {
  const resolve = plugin.document!.badges as (previous: DocumentBadgeComponent[], context: {schemaType: string}) => DocumentBadgeComponent[]
  return resolve(previous, {schemaType})
}

/** Sanity's edit state for a document, published or draft-only. */
function editState({published = true} = {}) {
  const published_ = published
    ? {
        _id: 'resource-program-one-pager',
        _type: 'resource',
        _updatedAt: '2026-11-25T11:59:58Z',
        _createdAt: '2026-01-01T00:00:00Z',
        _rev: 'r1',
      }
    : null
  const draft = {
    _id: 'drafts.resource-program-one-pager',
    _type: 'resource',
    _updatedAt: '2026-11-25T12:00:00Z',
    _createdAt: '2026-01-01T00:00:00Z',
    _rev: 'r2',
  }
  return {
    id: 'resource-program-one-pager',
    type: 'resource',
    draft,
    published: published_,
    version: null,
    liveEdit: false,
    liveEditSchemaType: false,
    ready: true,
    transactionSyncLock: null,
  }
}

/** Calls a badge the way Sanity does: as a hook, inside a rendering component. */
function renderBadge(badge: DocumentBadgeComponent, props = editState()): DocumentBadgeDescription | null {
  let description: DocumentBadgeDescription | null = null
  function Harness() {
    description = badge(props as never)
    return null
  }
  renderToStaticMarkup(<Harness />)
  return description
}

describe('publishStatusPlugin', () => {
  it('adds a "Publishing" tool, keeping the tools before it', () => {
    const plugin = publishStatusPlugin({statusUrl: freshUrl()})
    expect(plugin.name).toBe('onecop-publish-status')
    const existing = {name: 'structure', title: 'Structure', component: () => null}
    const tools = (plugin.tools as unknown as (previous: unknown[]) => {name: string; title: string}[])([existing])
    expect(tools.map(({name, title}) => [name, title])).toEqual([
      ['structure', 'Structure'],
      ['publishing', 'Publishing'],
    ])
  })

  it('adds its badge to every document type the site shows, and to no other', () => {
    const plugin = publishStatusPlugin({statusUrl: freshUrl()})
    const existing = (() => null) as DocumentBadgeComponent
    for (const type of siteDocumentTypes()) expect(badgesFor(plugin, type, [existing]), type).toHaveLength(2)
    expect(badgesFor(plugin, 'sanity.imageAsset', [existing])).toEqual([existing])
  })

  it('shows "Publishing status unavailable" in the badge when fetch rejects, and does not throw', async () => {
    const statusUrl = freshUrl()
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('fetch failed')))
    const [badge] = badgesFor(publishStatusPlugin({statusUrl}), 'resource')
    await statusPollerFor(statusUrl).refresh()
    const description = renderBadge(badge!)
    expect(description?.label).toBe('Publishing status unavailable: the site could not be reached (fetch failed)')
    expect(description?.color).toBe('warning')
  })

  it('shows no badge for a draft that was never published, whatever the status', async () => {
    const statusUrl = freshUrl()
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('fetch failed')))
    const [badge] = badgesFor(publishStatusPlugin({statusUrl}), 'resource')
    await statusPollerFor(statusUrl).refresh()
    expect(renderBadge(badge!, editState({published: false}))).toBeNull()
  })

  it('shows the live status read from the publish-status handler', async () => {
    const statusUrl = freshUrl()
    const live = {
      id: 'd1',
      state: 'ready' as const,
      startedAt: '2026-11-25T12:00:01.000Z',
      finishedAt: '2026-11-25T12:02:00.000Z',
      commitRef: null,
      trigger: null,
      errorLines: [],
      updatedAt: '2026-11-25T12:02:00.000Z',
    }
    const store = {
      readDeploys: async () => ({latestDeploy: live, lastLiveDeploy: live}),
      readPublishes: async () => ({}),
    } as unknown as PublishStatusStore
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => handlePublishStatus(new Request(url), {store, studioUrl: undefined})),
    )
    const [badge] = badgesFor(publishStatusPlugin({statusUrl}), 'resource')
    await statusPollerFor(statusUrl).refresh()
    expect(renderBadge(badge!)).toMatchObject({label: 'Live on the site', color: 'success'})
  })
})

describe('the status poller', () => {
  const badgeWith = async (fetch: typeof globalThis.fetch, options: {timeoutMs?: number; statusUrl?: string | undefined} = {}) => {
    vi.stubGlobal('fetch', fetch)
    const poller = createStatusPoller({statusUrl: 'statusUrl' in options ? options.statusUrl : freshUrl(), timeoutMs: options.timeoutMs})
    await poller.refresh()
    return renderBadge(createPublishStatusBadge(poller))?.label
  }

  it('shows nothing until the first answer', () => {
    const poller = createStatusPoller({statusUrl: freshUrl()})
    expect(renderBadge(createPublishStatusBadge(poller))).toBeNull()
  })

  it('says why when the site does not answer in time', async () => {
    const hanging = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    )
    expect(await badgeWith(hanging as never, {timeoutMs: 50})).toBe('Publishing status unavailable: the site did not answer within 0.05 s')
  })

  it('says why when the site answers with an error or with something else', async () => {
    expect(await badgeWith(vi.fn(async () => new Response('down', {status: 503})))).toBe(
      'Publishing status unavailable: the site answered HTTP 503',
    )
    expect(await badgeWith(vi.fn(async () => Response.json({hello: 'world'})))).toBe(
      'Publishing status unavailable: the site sent something other than a publishing status',
    )
    expect(await badgeWith(vi.fn(async () => new Response('<html>')))).toBe(
      'Publishing status unavailable: the site sent something other than JSON',
    )
  })

  it('names what to set when no status URL is configured, without fetching', async () => {
    const fetch = vi.fn()
    expect(await badgeWith(fetch as never, {statusUrl: undefined})).toBe(
      "Publishing status unavailable: no status URL is configured: set SANITY_STUDIO_SITE_URL for the Studio to the site's address",
    )
    expect(fetch).not.toHaveBeenCalled()
  })

  it('polls every 20 seconds while anything is subscribed, once for all subscribers, and stops when none is', async () => {
    vi.useFakeTimers()
    const status = {...NO_DEPLOYS, publishes: {}, checkedAt: '2026-11-25T12:00:00.000Z'}
    const fetch = vi.fn(async () => Response.json(status))
    vi.stubGlobal('fetch', fetch)
    const poller = createStatusPoller({statusUrl: freshUrl()})
    const first = poller.subscribe(() => {})
    const second = poller.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(40_000)
    expect(fetch).toHaveBeenCalledTimes(3)
    first()
    await vi.advanceTimersByTimeAsync(20_000)
    expect(fetch).toHaveBeenCalledTimes(4)
    second()
    await vi.advanceTimersByTimeAsync(120_000)
    expect(fetch).toHaveBeenCalledTimes(4)
    expect(poller.getSnapshot()).toEqual({state: 'loaded', status})
  })
})
