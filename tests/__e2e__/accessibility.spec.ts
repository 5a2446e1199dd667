import AxeBuilder from '@axe-core/playwright'
import {test, expect} from './fixtures'

/** Every page the sitemap lists, as paths on the local server. */
async function sitemapPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const locs = async (path: string) => [...(await (await request.get(path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  const paths = (await Promise.all((await locs('/sitemap-index.xml')).map(locs))).flat()
  return paths
}

test('every page in the sitemap passes axe (WCAG 2.2 AA)', async ({page, request}) => {
  const paths = await sitemapPaths(request)
  expect(paths).toContain('/')
  expect(paths).toContain('/search/')
  expect(paths.length).toBeGreaterThan(15)
  for (const path of paths) {
    await page.goto(path)
    const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(violations.map((v) => `${path}: ${v.id}: ${v.help} (${v.nodes.length})`), path).toEqual([])
  }
})
