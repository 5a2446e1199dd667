import {expectNoAxeViolations} from './accessibility-check'
import {test, expect} from './fixtures'
import {TYPE_LABELS, count, resources} from './sample-resources'

const searchBox = (page: import('@playwright/test').Page) => page.getByRole('search', {name: 'Search page'}).getByRole('searchbox')
const status = (page: import('@playwright/test').Page) => page.locator('#search-status')

test("a word from one resource's title brings that resource first, above pages that only mention it", async ({page}) => {
  const word = 'checklist'
  const titled = resources.filter((r) => r.title.toLowerCase().includes(word))
  expect(titled).toHaveLength(1)
  expect(resources.some((r) => !r.title.toLowerCase().includes(word) && r.summary.toLowerCase().includes(word))).toBe(true)
  await page.goto(`/search/?q=${word}`)
  await expect(status(page)).toHaveText(/^\d+ results for “checklist”/)
  expect(Number((await status(page).textContent())!.split(' ')[0])).toBeGreaterThan(1)
  await expect(page.locator('#search-results li').first().getByRole('link')).toHaveText(titled[0].title)
})

test('typing in the search page shows results and keeps the query in the address', async ({page}) => {
  await page.goto('/search/')
  await expect(async () => {
    await searchBox(page).fill('')
    await searchBox(page).fill('chaplains')
    await expect(status(page)).toHaveText(/^\d+ results? for “chaplains”\.$/, {timeout: 2_000})
  }).toPass({timeout: 15_000})
  await expect(page).toHaveURL(/\/search\/\?q=chaplains$/)
  await page.locator('#search-results').getByRole('link', {name: 'Caring for Those Who Serve: Officer Wellness Conversation Guide'}).click()
  await expect(page).toHaveURL(/\/resources\/officer-wellness-conversation\/$/)
})

test('with nothing asked, the counts beside the filters are the index totals the build wrote', async ({page}) => {
  await page.goto('/search/')
  await expect(page.locator('label[for="search-kind-Resource"]')).toHaveText(`Resource (${resources.length})`)
  await expect(page.locator('label[for="search-kind-Pillar"]')).toHaveText(/^Pillar \(\d+\)$/)
  for (const [value, label] of Object.entries(TYPE_LABELS)) {
    await expect(page.locator(`label[for="search-type-${value}"]`)).toHaveText(`${label} (${count((r) => r.resourceType === value)})`)
  }
})

/** Records, in the page, when `#search-status` first names a query: the results are painted. */
const recordPaint = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const status = document.querySelector('#search-status')!
    new MutationObserver((_, observer) => {
      if (!/“/.test(status.textContent ?? '')) return
      ;(window as unknown as {painted: number}).painted = performance.now()
      observer.disconnect()
    }).observe(status, {childList: true, characterData: true, subtree: true})
  })

/**
 * When Pagefind's filter files were asked for (by the page or a worker of it), and when the
 * results were painted, in milliseconds since the epoch.
 */
function watchFilterFetches(page: import('@playwright/test').Page) {
  const starts: number[] = []
  page.context().on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/filter/')) starts.push(Date.now())
  })
  return {
    starts,
    painted: () => page.evaluate(() => performance.timeOrigin + (window as unknown as {painted: number}).painted),
  }
}

test("a search paints its results before any filter file is fetched, and the counts follow, for the query's results", async ({page}) => {
  const filterFetches = watchFilterFetches(page)
  await page.goto('/search/')
  await recordPaint(page)
  await searchBox(page).fill('officers')
  await expect(status(page)).toHaveText(/^\d+ results? for “officers”/)
  const found = Number((await status(page).textContent())!.split(' ')[0])
  // The partnership directory's matches are counted under their kind, beside the site's results.
  await expect(page.locator('#search-partnerships')).toHaveText(/^\d+ partnerships? also match/)
  const partnerships = Number((await page.locator('#search-partnerships').textContent())!.split(' ')[0])
  // Every page is of one kind, so once the counts are the query's, the kinds' counts add up to what was found.
  const kindTotal = () =>
    page
      .locator('fieldset[data-facet="kind"] [data-count]')
      .evaluateAll((counts) => counts.reduce((sum, count) => sum + Number(/\d+/.exec(count.textContent ?? '')?.[0] ?? 0), 0))
  await expect.poll(kindTotal).toBe(found + partnerships)
  await expect(page.locator('label[for="search-kind-Partnership"]')).toHaveText(`Partnership (${partnerships})`)
  expect(filterFetches.starts.length).toBeGreaterThan(0)
  expect(Math.min(...filterFetches.starts)).toBeGreaterThan(await filterFetches.painted())
})

test('on a phone, with the filters closed, a search fetches no filter file until they are opened', async ({page}) => {
  const filterFetches = watchFilterFetches(page)
  await page.setViewportSize({width: 390, height: 844})
  await page.goto('/search/')
  await searchBox(page).fill('officers')
  await expect(status(page)).toHaveText(/^\d+ results? for “officers”/)
  await page.waitForLoadState('networkidle')
  // Past the pause in typing after which counts would load.
  await page.waitForTimeout(800)
  expect(filterFetches.starts).toEqual([])
  await page.locator('#search-filters summary').click()
  await expect(page.locator('label[for="search-kind-Resource"]')).toHaveText(/^Resource \(\d+\)$/)
  expect(filterFetches.starts.length).toBeGreaterThan(0)
})

test('a search with no match says so', async ({page}) => {
  await page.goto('/search/?q=zeppelin')
  await expect(status(page)).toHaveText('No results for “zeppelin”.')
})

test("each filter's count equals the matching resources in the dataset, and filters combine", async ({page}) => {
  await page.goto('/search/?kind=Resource')
  await expect(status(page)).toHaveText(`${resources.length} results.`)
  // Results come a page at a time (10, each a fragment of the index to fetch); the button adds the
  // next page and moves focus to the first new one.
  await expect(page.locator('#search-results > li')).toHaveCount(10)
  const more = page.getByRole('button', {name: /^Show more results/})
  await more.click()
  await expect(page.locator('#search-results > li')).toHaveCount(20)
  await expect(page.locator('#search-results > li').nth(10).getByRole('link')).toBeFocused()
  for (let shown = 20; shown < resources.length; shown += 10) {
    await more.click()
    await expect(page.locator('#search-results > li')).toHaveCount(Math.min(shown + 10, resources.length))
  }
  await expect(more).toBeHidden()
  for (const [value, label] of Object.entries(TYPE_LABELS)) {
    await expect(page.locator(`label[for="search-type-${value}"]`)).toHaveText(`${label} (${count((r) => r.resourceType === value)})`)
  }
  await page.getByLabel(/^Guide \(/).check()
  await page.getByLabel(/^Law-enforcement agencies \(/).check()
  const expected = count((r) => r.resourceType === 'guide' && r.audience.includes('agencies'))
  await expect(status(page)).toHaveText(`${expected} result${expected === 1 ? '' : 's'}.`)
  await expect(page).toHaveURL(/\/search\/\?kind=Resource&type=guide&audience=agencies$/)
  await expect(page.locator('#search-results > li')).toHaveCount(expected)
  // Values of a filter combine with "or": beside Toolkit, the toolkits for agencies it would add.
  await expect(page.locator('label[for="search-type-toolkit"]')).toHaveText(
    `Toolkit (${count((r) => r.resourceType === 'toolkit' && r.audience.includes('agencies'))})`,
  )
})

test('the address round-trips, and Back and Forward restore earlier searches', async ({page}) => {
  await page.goto('/search/?q=officers&kind=Resource&type=toolkit')
  await expect(searchBox(page)).toHaveValue('officers')
  await expect(page.getByLabel(/^Toolkit \(/)).toBeChecked()
  await expect(status(page)).toHaveText(/^\d+ results? for “officers”/)
  const first = await status(page).textContent()
  await page.getByLabel(/^Toolkit \(/).uncheck()
  await expect(page).toHaveURL(/\/search\/\?q=officers&kind=Resource$/)
  await expect(status(page)).not.toHaveText(first!)
  await page.goBack()
  await expect(page).toHaveURL(/type=toolkit/)
  await expect(page.getByLabel(/^Toolkit \(/)).toBeChecked()
  await expect(status(page)).toHaveText(first!)
  await page.goForward()
  await expect(page.getByLabel(/^Toolkit \(/)).not.toBeChecked()
})

test('keyboard only: search from the header, move through the results, open one, come back', async ({page}) => {
  await page.goto('/partners/')
  const box = page.locator('#site-search')
  await box.focus()
  await expect(box).toBeFocused()
  await page.keyboard.type('briefing')
  const panel = page.locator('#site-search-results')
  await expect(panel.getByRole('status')).toHaveText(/^\d+ results? for “briefing”/)
  await expect(panel).toBeVisible()
  await page.keyboard.press('ArrowDown')
  const firstLink = panel.getByRole('link').first()
  await expect(firstLink).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(panel.getByRole('link').nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(firstLink).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(box).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.type(' ')
  await page.keyboard.press('Backspace')
  await expect(panel).toBeVisible()
  await page.keyboard.press('ArrowDown')
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  await page.goBack()
  await expect(page).toHaveURL(/\/partners\/$/)
})

test('axe finds nothing wrong with the header search results open', async ({page}) => {
  await page.goto('/events/')
  await page.locator('#site-search').fill('forum')
  await expect(page.locator('#site-search-results').getByRole('status')).toHaveText(/results? for “forum”/)
  await expectNoAxeViolations(page)
})

test('a page that is not searched fetches nothing of Pagefind', async ({page}) => {
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
  await page.goto('/partners/')
  await page.mouse.wheel(0, 2000)
  await page.waitForLoadState('networkidle')
  expect(fetched.filter((path) => path.startsWith('/pagefind/') || /header-search|pagefind\./.test(path))).toEqual([])
})

test("a first search, typed key by key, loads the site's index alone; the partnership directory's follows the final paint, with no second WebAssembly", async ({
  page,
}) => {
  const fetched: {path: string; startTime: number}[] = []
  page.context().on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/pagefind/')) fetched.push({path, startTime: request.timing().startTime})
  })
  await page.goto('/search/')
  // The frame that shows the results: the first frame after the status names the whole query.
  await page.evaluate(() => {
    const status = document.querySelector('#search-status')!
    new MutationObserver((_, observer) => {
      if (!/“Georgia”/.test(status.textContent ?? '')) return
      observer.disconnect()
      requestAnimationFrame(() => ((window as unknown as {painted: number}).painted = performance.timeOrigin + performance.now()))
    }).observe(status, {childList: true, characterData: true, subtree: true})
  })
  // Key by key, as a visitor types: the words typed on the way ("Geo", "Georg") are searched too.
  await searchBox(page).pressSequentially('Georgia', {delay: 80})
  await expect(status(page)).toHaveText(/^\d+ results? for “Georgia”/)
  await expect(page.locator('#search-partnerships')).toHaveText(/^\d+ partnerships? also match/)
  const painted = await page.evaluate(() => (window as unknown as {painted: number}).painted)
  const directory = fetched.filter(({path}) => path.startsWith('/pagefind/partnerships/'))
  expect(directory.map(({path}) => path)).toContainEqual(expect.stringMatching(/^\/pagefind\/partnerships\/pagefind\.en_\w+\.pf_meta$/))
  expect(Math.min(...directory.map(({startTime}) => startTime))).toBeGreaterThan(painted)
  // The site's index runs the search: its script and WebAssembly serve the directory's too.
  expect(directory.filter(({path}) => /\.(js|pagefind)$/.test(path))).toEqual([])
  expect(fetched.filter(({path}) => path.includes('/wasm.'))).toHaveLength(1)
})

test('the header search says how many partnerships match, and its link shows them on the search page', async ({page}) => {
  await page.goto('/events/')
  await page.locator('#site-search').fill('Georgia')
  const panel = page.locator('#site-search-results')
  await expect(panel.getByRole('status')).toHaveText(/results? for “Georgia”/)
  const link = panel.getByRole('link', {name: 'Show the partnerships'})
  await expect(link).toHaveAttribute('href', '/search/?q=Georgia&kind=Partnership')
  await link.click()
  await expect(page.locator('#search-kind-Partnership')).toBeChecked()
  await expect(status(page)).toHaveText(/^\d+ results? for “Georgia”/)
  const shown = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  expect(shown.length).toBeGreaterThan(0)
  expect(shown.filter((path) => !path.startsWith('/partnerships/'))).toEqual([])
})

test('in the Spanish edition, the line and its link are in Spanish and lead to the Spanish pages', async ({page}) => {
  await page.goto('/es/search/?q=Georgia')
  const line = page.locator('#search-partnerships')
  await expect(line).toHaveText(/^\d+ alianzas? también coincide(n)? con «Georgia»\. Ver las alianzas$/)
  await line.getByRole('link', {name: 'Ver las alianzas'}).click()
  await expect(page.locator('#search-kind-Partnership')).toBeChecked()
  await expect(page.locator('label[for="search-kind-Partnership"]')).toContainText('Alianza')
  await expect(page.locator('#search-results h2 a').first()).toHaveAttribute('href', /^\/es\/partnerships\//)
  await expectNoAxeViolations(page)
})

test('with a filter of the site chosen, the search counts the partnerships out and says nothing of them', async ({page}) => {
  await page.goto('/search/?q=Georgia&type=guide')
  await expect(status(page)).toHaveText(/results? for “Georgia”|No results for “Georgia”/)
  // The counts are the query's once the directory has been searched too: none of its pages is a guide.
  await expect(page.locator('label[for="search-kind-Partnership"]')).toHaveText('Partnership (0)')
  await expect(page.locator('#search-partnerships')).toHaveText('')
  // And the next search still answers.
  await searchBox(page).fill('officers')
  await expect(status(page)).toHaveText(/^\d+ results? for “officers”/)
})

test("should the partnership directory's index not load, the site's results and their counts stand, and the line says nothing", async ({
  page,
  pageProblems,
}) => {
  await page.route('**/pagefind/partnerships/**', (route) => route.abort())
  await page.goto('/search/')
  await searchBox(page).fill('Georgia')
  await expect(status(page)).toHaveText(/^\d+ results? for “Georgia”/)
  // The query's counts, not the build's totals (which count the directory's pages): none of the site's pages is a partnership.
  await expect(page.locator('label[for="search-kind-Partnership"]')).toHaveText('Partnership (0)')
  await expect(page.locator('#search-partnerships')).toHaveText('')
  // And the next search still answers.
  await searchBox(page).fill('officers')
  await expect(status(page)).toHaveText(/^\d+ results? for “officers”/)
  // The one problem this test makes on purpose, the browser's word for the refused loads; any other still fails it.
  for (let i = pageProblems.length - 1; i >= 0; i--)
    if (pageProblems[i] === 'console error: Failed to load resource: net::ERR_FAILED') pageProblems.splice(i, 1)
})
