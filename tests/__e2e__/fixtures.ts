/**
 * Page fixtures: every test fails on a console error, an uncaught exception, or a request to
 * any host but the local server (no web fonts, trackers or CDNs fetched from elsewhere).
 */
import {test as base, expect} from '@playwright/test'

export const test = base.extend<{pageProblems: string[]}>({
  pageProblems: [
    async ({page, baseURL}, use) => {
      const problems: string[] = []
      const ownOrigin = new URL(baseURL!).origin
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (url.protocol.startsWith('http') && url.origin !== ownOrigin) problems.push(`request to another host: ${request.url()}`)
      })
      await use(problems)
      expect(problems, 'the page reported problems').toEqual([])
    },
    {auto: true},
  ],
})

export {expect}
