/**
 * An editor publishes in the Content Lake (a local stand-in); Sanity's signed webhook starts a
 * build through the build hook (a stand-in that runs the real build); the rebuilt site and its
 * search show the change.
 */
import {describe, expect, it} from 'vitest'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {chromium} from '@playwright/test'
import {handleSanityWebhook} from '../../netlify/lib/sanity-webhook.ts'
import {siteDocumentTypes} from '../../src/sanity/collection-registry.ts'
import {astroBuild} from '../support/astro-build'
import {startBuildHook} from '../support/build-hook-stand-in'
import {sampleDocuments} from '../support/sample-dataset'
import {startSanityStandIn} from '../support/sanity-stand-in'
import {startSiteServer} from '../support/site-server'

describe('publish in Sanity, live after the webhook', {timeout: 240_000}, () => {
  it('a changed title reaches the rebuilt site and its search through a signed webhook and the build hook', async () => {
    const documents = await sampleDocuments()
    const lake = await startSanityStandIn(documents)
    const hook = await startBuildHook()
    const site = await mkdtemp(join(tmpdir(), 'onecop-live-'))
    const env = {SANITY_PROJECT_ID: 'onecoptest', SANITY_API_HOST: lake.url}
    hook.onBuild(async () => {
      const {code, output} = await astroBuild(site, env)
      if (code !== 0) throw new Error(output)
    })
    try {
      expect((await astroBuild(site, env)).code).toBe(0)
      const before = await readFile(join(site, 'resources/program-one-pager/index.html'), 'utf8')
      expect(before).toContain('OneCOP at a Glance')

      // An editor publishes a new title: the Content Lake now holds it...
      const newTitle = 'OneCOP in Brief: Zeppelin Edition'
      documents.find((doc) => doc._id === 'resource-program-one-pager')!.title = newTitle
      // ...and Sanity sends its signed webhook.
      const body = JSON.stringify({_id: 'resource-program-one-pager', _type: 'resource'})
      const secret = 'whsec-live-test'
      const request = new Request('https://onecop.example.org/api/sanity-webhook', {
        method: 'POST',
        headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret)},
        body,
      })
      const response = await handleSanityWebhook(request, {
        secret,
        buildHookUrl: hook.url,
        siteTypes: siteDocumentTypes(),
        buildHookTimeoutMs: 180_000,
        log: () => {},
      })
      expect(response.status).toBe(202)
      expect(hook.builds).toEqual(['Sanity: resource resource-program-one-pager'])

      expect(await readFile(join(site, 'resources/program-one-pager/index.html'), 'utf8')).toContain(newTitle)
      const {url, stop} = await startSiteServer(site)
      const browser = await chromium.launch({
        executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
        args: ['--no-sandbox'],
      })
      try {
        const page = await browser.newPage()
        await page.goto(`${url}/search/?q=zeppelin`)
        await page.locator('#search-results li').first().waitFor()
        expect(await page.locator('#search-results li a').first().textContent()).toBe(newTitle)
      } finally {
        await browser.close()
        await stop()
      }
    } finally {
      await hook.close()
      await lake.close()
      await rm(site, {recursive: true, force: true})
    }
  })
})
