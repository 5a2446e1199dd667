/**
 * The partnership directory at the bench's size, checked as a visitor would use it:
 * - without JavaScript: from `/partnerships/`, following only links (the map and list of states,
 *   each state's pages and their page links), every pairing's page is reached, in both editions;
 * - with JavaScript, in Chromium: "Find one near you" finds a city typed into it, and its link
 *   leads to the state's page, to the city's heading, where that city's pairings are listed;
 * - the weight of the index of places it loads (gzip).
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {chromium} from '@playwright/test'
import {serveCompressed} from './static-server.ts'
import type {Doc} from './generate-library.ts'

export interface DirectoryCheck {
  /** Pairings whose page was reached from `/partnerships/` without JavaScript, in both editions. */
  reached: number
  /** Pairings not reached, by address (the first few). */
  missed: string[]
  /** State list pages crawled, both editions. */
  statePages: number
  /** The index of places, gzip bytes. */
  placesIndexGzip: number
  /** What "Find one near you" did for one city: starts with `found` when it led to the city's pairings; undefined when not run. */
  nearYou?: string
}

// As playwright.config.ts: Debian's Chromium where it exists, Playwright's own elsewhere.
const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The links of a built page that stay under `prefix`, without their fragments. */
function linksUnder(html: string, prefix: string): string[] {
  return [...html.matchAll(/href="([^"#?]+)[^"]*"/g)].map((match) => match[1]).filter((href) => href.startsWith(prefix))
}

/** Follows links from `<edition>/partnerships/` (`''` or `'/es'`) through state pages only; returns the pairing pages it saw (English addresses) and how many state pages it read. */
export function crawlDirectory(dist: string, edition: string): {pairings: Set<string>; statePages: number} {
  const base = `${edition}/partnerships/`
  const statePage = new RegExp(`^${base}[a-z]{2}/(page/\\d+/)?$`)
  const pairingPage = new RegExp(`^${base}[a-z]{2}/(?!page/)[^/]+/$`)
  const seen = new Set<string>()
  const pairings = new Set<string>()
  const queue = [base]
  while (queue.length > 0) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const file = join(dist, path, 'index.html')
    if (!existsSync(file)) continue
    for (const href of linksUnder(readFileSync(file, 'utf8'), base)) {
      if (statePage.test(href) && !seen.has(href)) queue.push(href)
      else if (pairingPage.test(href)) pairings.add(href.slice(edition.length))
    }
  }
  return {pairings, statePages: seen.size - 1}
}

/** Checks the directory built in `dist` from `documents`; "Find one near you" in Chromium when `inBrowser`. */
export async function checkDirectory(dist: string, documents: Doc[], inBrowser: boolean): Promise<DirectoryCheck> {
  const partnerships = documents.filter((doc) => doc._type === 'partnership' && !String(doc._id).startsWith('drafts.'))
  const expected = partnerships.map((doc) => `/partnerships/${String(doc.agency.state).toLowerCase()}/${doc.slug.current}/`)
  const english = crawlDirectory(dist, '')
  const spanish = crawlDirectory(dist, '/es')
  const missed = expected.filter((path) => !english.pairings.has(path) || !spanish.pairings.has(path))
  const result: DirectoryCheck = {
    reached: expected.length - missed.length,
    missed: missed.slice(0, 5),
    statePages: english.statePages + spanish.statePages,
    placesIndexGzip: gzipSync(readFileSync(join(dist, 'partnerships', 'places.json'))).length,
  }
  if (inBrowser) result.nearYou = await findNearYou(dist, partnerships)
  return result
}

/** Types a city with several pairings into "Find one near you" and follows its link: `found`, or what went wrong. */
async function findNearYou(dist: string, partnerships: Doc[]): Promise<string> {
  const byCity = new Map<string, Doc[]>()
  for (const doc of partnerships) {
    const key = `${doc.agency.city}, ${doc.agency.state}`
    const docs = byCity.get(key)
    if (docs) docs.push(doc)
    else byCity.set(key, [doc])
  }
  // A city in the middle of the list by size: neither the biggest nor a one-pairing town.
  const cities = [...byCity].sort((a, b) => b[1].length - a[1].length)
  const [place, docs] = cities[Math.floor(cities.length / 4)]
  const server = await serveCompressed(dist)
  const browser = await chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? {executablePath: SYSTEM_CHROMIUM} : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
  try {
    const page = await browser.newPage()
    await page.goto(`${server.url}/partnerships/`)
    await page.getByLabel('Your city or state').pressSequentially(place, {delay: 40})
    const [city] = place.split(', ')
    const link = page
      .locator('[data-near-you-results] a')
      .filter({hasText: new RegExp(`^${city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `)})
    await link.first().waitFor({timeout: 10_000})
    await link.first().click()
    const hash = new URL(page.url()).hash
    const run = page.locator(`section:has(${hash})`)
    const names = await run.locator('li h3 a').allTextContents()
    const wanted = new Set(docs.map((doc) => doc.congregation.name as string))
    // The city's heading leads its own pairings (the rest, in a big city, on the next page).
    if (names.length === 0 || names.some((name) => !wanted.has(name)))
      return `"${place}" led to ${page.url()}, which lists ${names.length} pairings there, not all of ${place}`
    return `found "${place}" (${docs.length} pairings, ${names.length} on that page)`
  } catch (error) {
    return `failed for "${place}": ${(error as Error).message.split('\n')[0]}`
  } finally {
    await browser.close()
    await server.close()
  }
}
