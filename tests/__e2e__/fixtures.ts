/**
 * Page fixtures: every test fails on a console error, an uncaught exception, or a request to
 * any host but the local server (no web fonts, trackers or CDNs fetched from elsewhere).
 * - `test`: a new page per test, for tests that interact;
 * - `readingTest`: one page per worker, reused from test to test, for checks that only load and
 *   read pages (axe over the sitemap): each costs a navigation instead of a new browser context.
 */
import {test as base, expect, type Page} from '@playwright/test'

/** Collects what `page` reports that a test should fail on, until `stop` is called. */
function watchForProblems(page: Page, baseURL: string): {problems: string[]; stop(): void} {
  const problems: string[] = []
  const ownOrigin = new URL(baseURL).origin
  const onConsole = (message: {type(): string; text(): string}) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  }
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`)
  const onRequest = (request: {url(): string}) => {
    const url = new URL(request.url())
    if (url.protocol.startsWith('http') && url.origin !== ownOrigin) problems.push(`request to another host: ${request.url()}`)
  }
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  page.on('request', onRequest)
  return {
    problems,
    stop() {
      page.off('console', onConsole)
      page.off('pageerror', onPageError)
      page.off('request', onRequest)
    },
  }
}

export const test = base.extend<{pageProblems: string[]}>({
  pageProblems: [
    async ({page, baseURL}, use) => {
      const watch = watchForProblems(page, baseURL!)
      await use(watch.problems)
      watch.stop()
      expect(watch.problems, 'the page reported problems').toEqual([])
    },
    {auto: true},
  ],
})

export const readingTest = base.extend<{readingPage: Page}, {workerPage: Page}>({
  workerPage: [
    async ({browser}, use, workerInfo) => {
      const {baseURL, viewport} = workerInfo.project.use
      const context = await browser.newContext({baseURL, viewport})
      await use(await context.newPage())
      await context.close()
    },
    {scope: 'worker'},
  ],
  // At the test's own viewport (`test.use({viewport})`), as a new page would be.
  readingPage: async ({workerPage, baseURL, viewport}, use) => {
    if (viewport) await workerPage.setViewportSize(viewport)
    const watch = watchForProblems(workerPage, baseURL!)
    await use(workerPage)
    watch.stop()
    expect(watch.problems, 'the page reported problems').toEqual([])
  },
})

export {expect}
