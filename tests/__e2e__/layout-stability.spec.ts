/**
 * Pages that fill themselves in after loading (search results, the library's filtered results)
 * must not move what the reader is looking at: Cumulative Layout Shift stays under 0.05, the
 * "good" bar being 0.1, on a phone-sized screen, where a shift moves the most.
 */
import {test, expect} from './fixtures'

declare global {
  interface Window {
    layoutShift: number
  }
}

test.use({viewport: {width: 375, height: 740}})

for (const [address, done] of [
  ['/search/?q=trust', /results? for “trust”/],
  ['/search/?kind=Resource&type=guide', /^\d+ results?\.$/],
  ['/resources/?type=guide', /^\d+ resources?$/],
  ['/resources/?q=trust', /matching “trust”/],
] as const) {
  test(`${address} does not shift while its results arrive`, async ({page}) => {
    await page.addInitScript(() => {
      window.layoutShift = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]) {
          if (!entry.hadRecentInput) window.layoutShift += entry.value
        }
      }).observe({type: 'layout-shift', buffered: true})
    })
    await page.goto(address)
    await expect(page.locator('#search-status, #library-status').first()).toHaveText(done)
    // Let the counts beside the filters settle and a frame or two paint.
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    expect(await page.evaluate(() => window.layoutShift)).toBeLessThan(0.05)
  })
}
