/**
 * A draft previewed from the Studio: a Lake build with a draft and a live preview secret in the
 * stand-in, served with its SSR function; Chromium sees the draft only with the secret. The
 * preview reads with a token, which sees inquiries: none of what visitors sent shows in it.
 */
import {describe, expect, it} from 'vitest'
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, expect as expectInBrowser} from '@playwright/test'
import {astroBuild} from '../support/astro-build'
import {markInquiries} from '../support/privacy-markers'
import {sampleDocuments} from '../support/sample-dataset'
import {startSanityStandIn} from '../support/sanity-stand-in'
import {startSiteServer} from '../support/site-server'

const READ_TOKEN = 'sk-preview-read-token-2c8e'

describe('a draft previewed from the Studio', {timeout: 240_000}, () => {
  it('shows the draft on its real page to the editor holding a live preview secret, and to no one else', async () => {
    const published = 'OneCOP at a Glance'
    const draftTitle = 'OneCOP at a Glance: Quokka Draft'
    const secret = 'preview-secret-5d1e0c9a'
    const documents = await sampleDocuments()
    const resource = documents.find((doc) => doc._id === 'resource-program-one-pager')!
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString()
    const spanishPillar = documents.find((doc) => doc._id === 'pillar-1-es')!
    const spanishDraftName = 'Generar confianza: borrador Quokka'
    documents.push(
      {...structuredClone(resource), _id: 'drafts.resource-program-one-pager', title: draftTitle},
      // A draft of a translation: the Spanish edition's preview shows it.
      {...structuredClone(spanishPillar), _id: 'drafts.pillar-1-es', name: spanishDraftName},
      // What the Studio's Presentation tool writes: a secret that lives one hour.
      {
        _id: 'sanity-preview-url-secret.live',
        _type: 'sanity.previewUrlSecret',
        secret,
        studioUrl: 'http://127.0.0.1:3333',
        _updatedAt: new Date().toISOString(),
      },
      {
        _id: 'sanity-preview-url-secret.old',
        _type: 'sanity.previewUrlSecret',
        secret: 'expired-secret-0b7e',
        studioUrl: 'http://127.0.0.1:3333',
        _updatedAt: hourAgo,
      },
    )
    // What visitors sent, marked, and a draft of one (an editor's notes): a token reads them all.
    const inquiries = markInquiries(documents)
    const firstInquiry = documents.find((doc) => doc._id === inquiries.withheld[0].id)!
    documents.push({...structuredClone(firstInquiry), _id: `drafts.${firstInquiry._id}`, notes: 'Zqinqdraftnotexq'})
    const inquiryWords = [...inquiries.withheld.map((marker) => marker.word), 'Zqinqdraftnotexq'].map((word) => word.toLowerCase())
    const quoting = documents.find((doc) => doc._id === inquiries.letThrough.id)!
    const lake = await startSanityStandIn(documents)
    const site = await mkdtemp(join(tmpdir(), 'onecop-preview-'))
    const env = {
      SANITY_PROJECT_ID: 'onecoptest',
      SANITY_API_HOST: lake.url,
      SANITY_API_READ_TOKEN: READ_TOKEN,
      SANITY_STUDIO_URL: 'http://127.0.0.1:3333',
    }
    let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined
    let server: Awaited<ReturnType<typeof startSiteServer>> | undefined
    try {
      const build = await astroBuild(site, env)
      expect(build.code, build.output).toBe(0)
      // The SSR function reads its settings at request time, as it does on Netlify.
      server = await startSiteServer(site, env)
      const {url} = server
      const previewPath = '/preview/resources/program-one-pager/'

      // Without the secret, or with a wrong or expired one: no draft, nothing cached, nothing indexed.
      for (const attempt of [
        previewPath,
        `/preview/?sanity-preview-secret=wrong&sanity-preview-pathname=${previewPath}`,
        `/preview/?sanity-preview-secret=expired-secret-0b7e&sanity-preview-pathname=${previewPath}`,
      ]) {
        const response = await fetch(`${url}${attempt}`, {redirect: 'manual'})
        expect(response.status, attempt).toBe(401)
        expect(response.headers.get('cache-control')).toBe('private, no-store')
        expect(response.headers.get('x-robots-tag')).toContain('noindex')
        expect(await response.text()).not.toContain('Quokka')
      }

      // The hand-off redirects only to a preview on this site, whatever address it is given.
      for (const elsewhere of ['/%5Cevil.example/preview/', '//evil.example/preview/', 'https://evil.example/preview/', '/about/']) {
        const handOff = await fetch(`${url}/preview/?sanity-preview-secret=${secret}&sanity-preview-pathname=${elsewhere}`, {
          redirect: 'manual',
        })
        expect(handOff.status, elsewhere).toBe(303)
        expect(handOff.headers.get('location'), elsewhere).toMatch(/^\/preview\/(?!\/)/)
      }

      browser = await chromium.launch({
        executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
        args: ['--no-sandbox'],
      })
      const editor = await browser.newPage()
      const opened = await editor.goto(`${url}/preview/?sanity-preview-secret=${secret}&sanity-preview-pathname=${previewPath}`)
      expect(new URL(editor.url()).pathname).toBe(previewPath)
      expect(new URL(editor.url()).search, 'the secret leaves the address bar').toBe('')
      expect(opened?.status()).toBe(200)
      await expectInBrowser(editor.locator('h1')).toHaveText(draftTitle)
      expect(await editor.locator('[data-preview-notice]').count()).toBe(1)
      expect(await editor.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
      expect(opened?.headers()['cache-control']).toBe('private, no-store')
      expect(opened?.headers()['content-security-policy']).toContain('frame-ancestors http://127.0.0.1:3333')
      const cookie = (await editor.context().cookies()).find((c) => c.name === 'onecop-preview')!
      expect(cookie).toMatchObject({httpOnly: true, secure: true, sameSite: 'None', path: '/preview/'})
      // Links stay in the preview; the same page components render the other pages too, the
      // library's later pages included (the draft, from January, is past the first 24).
      await editor.locator('header a[href="/preview/resources/"]').first().click()
      await editor.waitForURL(`${url}/preview/resources/`)
      await editor.getByRole('link', {name: 'Next page'}).click()
      await editor.waitForURL(`${url}/preview/resources/page/2/`)
      await expectInBrowser(editor.locator(`a:text-is("${draftTitle}")`).first()).toBeVisible()
      // The Spanish edition previews too, with the draft of a translation.
      await editor.goto(`${url}/preview/es/pillars/building-trust-and-legitimacy/`)
      await expectInBrowser(editor.locator('h1')).toContainText(spanishDraftName)
      expect(await editor.locator('html').getAttribute('lang')).toBe('es')

      // No inquiry value in any page the preview rendered; the one quoted on purpose in a resource shows.
      const previewed = [await editor.content()]
      for (const path of ['/preview/resources/', `/preview/resources/${quoting.slug.current}/`, '/preview/get-involved/']) {
        await editor.goto(`${url}${path}`)
        previewed.push(await editor.content())
      }
      const lowerCase = previewed.join('\n').toLowerCase()
      expect(inquiryWords.filter((word) => lowerCase.includes(word))).toEqual([])
      expect(lowerCase).toContain(inquiries.letThrough.word.toLowerCase())

      // The public page, its search and the built files still show what is published.
      const visitor = await (await browser.newContext()).newPage()
      await visitor.goto(`${url}/resources/program-one-pager/`)
      await expectInBrowser(visitor.locator('h1')).toHaveText(published)
      await visitor.goto(`${url}/search/?q=quokka`)
      await visitor.locator('#search-status').filter({hasText: /\S/}).waitFor()
      expect(await visitor.locator('#search-results li').count()).toBe(0)
      const stranger = await visitor.goto(`${url}${previewPath}`)
      expect(stranger?.status()).toBe(401)
      await expectInBrowser(visitor.locator('body')).not.toContainText('Quokka')
      for (const file of await readdir(site, {recursive: true})) {
        if (!/\.(html|js|json|xml|ics|txt)$/.test(file)) continue
        const text = await readFile(join(site, file), 'utf8')
        expect(text, file).not.toContain('Quokka')
        expect(text, file).not.toContain(secret)
        expect(text, file).not.toContain(READ_TOKEN)
        expect(
          inquiryWords.filter((word) => text.toLowerCase().includes(word)),
          file,
        ).toEqual([])
        if (file.startsWith('sitemap')) expect(text, file).not.toContain('/preview/')
      }
      expect(await readdir(site)).not.toContain('preview')
    } finally {
      await browser?.close()
      await server?.stop()
      await lake.close()
      await rm(site, {recursive: true, force: true})
    }
  })
})
