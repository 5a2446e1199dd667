/**
 * The built directory without JavaScript: from `/partnerships/`, following only links (the map,
 * the list of states, each state's pages), every pairing's page is reached in both editions. The
 * bench runs the same crawl at 10,000 pairings (`scripts/bench/check-directory.ts`).
 */
import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {crawlDirectory} from '../../scripts/bench/check-directory.ts'
import {ROOT} from '../support/astro-build'
import {sampleDocuments} from '../support/sample-dataset'
import type {PlacesIndex} from '../../src/lib/directory-places'

const DIST = join(ROOT, 'dist')
const partnerships = (await sampleDocuments()).filter((doc) => doc._type === 'partnership')
const addresses = partnerships.map((doc) => `/partnerships/${doc.agency.state.toLowerCase()}/${doc.slug.current}/`).sort()

describe('the directory without JavaScript', () => {
  it.each([
    ['English', ''],
    ['Spanish', '/es'],
  ])('reaches every pairing from /partnerships/ through the state pages (%s)', (_, edition) => {
    const {pairings, statePages} = crawlDirectory(DIST, edition)
    expect([...pairings].sort()).toEqual(addresses)
    // Every state has a page, with or without partnerships.
    expect(statePages).toBeGreaterThanOrEqual(56)
  })

  it('has an index of places that names each city with pairings once, leading to a page that shows it', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'partnerships/places.json'), 'utf8')) as PlacesIndex
    const cities = new Set(partnerships.map((doc) => `${doc.agency.city}, ${doc.agency.state}`))
    expect(index.places.map(([city, state]) => `${city}, ${index.states[state][0]}`).sort()).toEqual([...cities].sort())
    for (const [city, state, count, page] of index.places) {
      const [code, slug] = index.states[state]
      expect(count).toBe(partnerships.filter((doc) => doc.agency.city === city && doc.agency.state === code).length)
      const html = readFileSync(join(DIST, 'partnerships', slug, page > 1 ? `page/${page}/` : '', 'index.html'), 'utf8')
      expect(html).toMatch(new RegExp(`<h2[^>]* id="city-${city.toLowerCase().replace(/\W+/g, '-')}"`))
    }
  })
})
