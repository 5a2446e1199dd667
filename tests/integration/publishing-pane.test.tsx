/**
 * The Studio's Publishing pane, rendered with react-dom/server: the latest deploy, a failed
 * build's problems linked to their documents, the recent publishes, and why when the status
 * cannot be had.
 */
import {afterEach, describe, expect, it, vi} from 'vitest'
import {renderToStaticMarkup} from 'react-dom/server'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {createStatusPoller} from '../../studio/plugins/publish-status/status-poller'
import {publishingTool} from '../../studio/plugins/publish-status/PublishingTool'
import {ThemeProvider} from '@sanity/ui'
import {buildTheme} from '@sanity/ui/theme'
import {route, RouterProvider} from 'sanity/router'

let urls = 0
/** A fresh status URL per test: pollers are shared per URL. */
const freshUrl = () => `https://onecop.example.org/api/publish-status?test=${(urls += 1)}`

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('the Publishing pane', () => {
  it('shows the failed build, each problem linked to its document, and the recent publishes', async () => {
    const failed = {
      id: 'd2',
      state: 'error' as const,
      startedAt: '2026-11-25T12:00:01.000Z',
      finishedAt: '2026-11-25T12:01:00.000Z',
      commitRef: null,
      trigger: 'Sanity: resource resource-program-one-pager',
      errorLines: [
        'resource resource-program-one-pager: title: is required: give the resource a title',
        'Build script returned non-zero exit code: 2',
      ],
    }
    const status = {
      latestDeploy: failed,
      lastLiveDeploy: null,
      publishes: {'resource-program-one-pager': {type: 'resource', at: '2026-11-25T12:00:00.000Z'}},
      checkedAt: '2026-11-25T12:02:00.000Z',
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json(status)),
    )
    const poller = createStatusPoller({statusUrl: freshUrl()})
    await poller.refresh()
    const {component: Pane} = publishingTool(poller, siteDocumentTypes())
    const html = renderToStaticMarkup(
      <ThemeProvider theme={buildTheme()}>
        <RouterProvider router={route.create('/', [route.intents('/intent')])} state={{}} onNavigate={() => {}}>
          <Pane tool={{} as never} />
        </RouterProvider>
      </ThemeProvider>,
    )
    expect(html).toContain('Failed')
    expect(html).toContain('Fix these, then publish again')
    // One link from the problem line, one from the recent publishes.
    expect(html.match(/href="\/intent\/edit\/id=resource-program-one-pager;type=resource\/?"/g)).toHaveLength(2)
    expect(html).toContain(': title: is required: give the resource a title')
    expect(html).toContain('Build script returned non-zero exit code: 2')
    expect(html).toContain('Not on the site: the last build failed')
  })

  it('says why when the status is unavailable', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('fetch failed')))
    const poller = createStatusPoller({statusUrl: freshUrl()})
    await poller.refresh()
    const {component: Pane} = publishingTool(poller, siteDocumentTypes())
    const html = renderToStaticMarkup(
      <ThemeProvider theme={buildTheme()}>
        <Pane tool={{} as never} />
      </ThemeProvider>,
    )
    expect(html).toContain('Publishing status unavailable: the site could not be reached (fetch failed)')
  })
})
