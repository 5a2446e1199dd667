/** The directory's totals, grouping and addresses. */
import {describe, expect, it} from 'vitest'
import type {CollectionEntry} from 'astro:content'
import {
  cityAnchor,
  cityPath,
  directoryPlaces,
  directoryTotals,
  partnershipPath,
  partnershipsByCity,
  partnershipsByState,
  statePages,
  statePath,
} from '../../src/lib/partnership-directory'
import {PAGE_SIZE} from '../../src/lib/pagination'
import {STATE_CODES} from '../../src/lib/us-states'

type Partnership = CollectionEntry<'partnerships'>['data']

const partnership = (slug: string, congregation: string, city: string, state: string): Partnership => ({
  _id: `partnership-${slug}`,
  _type: 'partnership',
  slug,
  status: 'active',
  launched: '2020-01-01',
  congregationConsent: {location: 'name', liaisonNames: false, contactLinks: false, recorded: true},
  agencyConsent: null,
  congregation: {
    name: congregation,
    faithTradition: 'other',
    website: null,
    city: null,
    state: null,
    streetAddress: null,
    postalCode: null,
    holdsStreetAddress: false,
  },
  agency: {name: 'Police', unitKind: 'precinct', unit: 'Zone 1', city, state},
  liaisonsHeld: [],
  liaisons: [],
  story: [],
  photos: [],
  resources: [],
})

const sample = [
  partnership('b', 'Bethel', 'Atlanta', 'GA'),
  partnership('a', 'Ararat', 'Atlanta', 'GA'),
  partnership('c', 'Calvary', 'Athens', 'GA'),
  partnership('d', 'Dharma', 'Portland', 'OR'),
]

describe('the partnership directory', () => {
  it('counts pairings, states and cities (a city counted once per state)', () => {
    expect(directoryTotals(sample)).toEqual({pairings: 4, states: 2, cities: 3})
    expect(directoryTotals([...sample, partnership('e', 'Emmanuel', 'Portland', 'ME')])).toEqual({pairings: 5, states: 3, cities: 4})
    expect(directoryTotals([])).toEqual({pairings: 0, states: 0, cities: 0})
  })

  it('groups by state, congregations in alphabetical order', () => {
    const byState = partnershipsByState(sample)
    expect([...byState.keys()].sort()).toEqual(['GA', 'OR'])
    expect(byState.get('GA')!.map((entry) => entry.congregation.name)).toEqual(['Ararat', 'Bethel', 'Calvary'])
  })

  it('groups by city, a city of the same name in two states kept apart, cities in alphabetical order', () => {
    const byCity = partnershipsByCity([...sample, partnership('e', 'Emmanuel', 'Portland', 'ME')])
    expect(byCity.map(({city, state}) => `${city}, ${state}`)).toEqual(['Athens, GA', 'Atlanta, GA', 'Portland, ME', 'Portland, OR'])
    expect(byCity[1].partnerships.map((entry) => entry.congregation.name)).toEqual(['Ararat', 'Bethel'])
  })

  it('gives each state and pairing an address, and refuses a state it cannot place', () => {
    expect(statePath('GA')).toBe('/partnerships/ga/')
    expect(partnershipPath(sample[0])).toBe('/partnerships/ga/b/')
    expect(() => partnershipPath(partnership('x', 'X', 'Nowhere', 'XX'))).toThrow(/partnership-x: agency.state "XX" is not a US state/)
  })

  it('gives each city an anchor and an address on its state’s pages', () => {
    expect(cityAnchor('St. Louis')).toBe('city-st-louis')
    expect(cityAnchor('Cañon City')).toBe('city-canon-city')
    expect(cityPath('TX', {city: 'Houston', page: 1})).toBe('/partnerships/tx/#city-houston')
    expect(cityPath('TX', {city: 'Houston', page: 3})).toBe('/partnerships/tx/page/3/#city-houston')
  })
})

describe('state pages, a page at a time', () => {
  /** `count` pairings in Texas: cities A to E in turn, so each city has a fifth of them. */
  const texas = (count: number) =>
    Array.from({length: count}, (_, index) =>
      partnership(`tx-${index}`, `Congregation ${String(index).padStart(3, '0')}`, `City ${'ABCDE'[index % 5]}`, 'TX'),
    )

  it('gives every state a first page, and a state without partnerships an empty one', () => {
    const pages = statePages(sample)
    expect(pages.filter((page) => page.page.currentPage === 1).map((page) => page.state)).toEqual([...STATE_CODES])
    const texasPage = pages.find((page) => page.state === 'TX')!
    expect(texasPage.page).toMatchObject({total: 0, lastPage: 1, data: []})
    expect(texasPage.runs).toEqual([])
  })

  it('lists a state by city, then congregation, no more than a page’s worth on any page, every pairing once', () => {
    const many = texas(PAGE_SIZE * 4 + 3)
    const pages = statePages(many).filter((page) => page.state === 'TX')
    expect(pages.map((page) => page.page.url.current)).toEqual([
      '/partnerships/tx/',
      '/partnerships/tx/page/2/',
      '/partnerships/tx/page/3/',
      '/partnerships/tx/page/4/',
      '/partnerships/tx/page/5/',
    ])
    for (const page of pages) expect(page.page.data.length).toBeLessThanOrEqual(PAGE_SIZE)
    const listed = pages.flatMap((page) => page.runs.flatMap((run) => run.partnerships))
    expect(listed).toHaveLength(many.length)
    expect(new Set(listed.map((entry) => entry._id)).size).toBe(many.length)
    const order = listed.map((entry) => `${entry.agency.city} ${entry.congregation.name}`)
    expect(order).toEqual([...order].sort())
  })

  it('marks a city whose list goes on from the page before, and gives each city the page where it starts', () => {
    const pages = statePages(texas(PAGE_SIZE * 4 + 3)).filter((page) => page.state === 'TX')
    // 99 pairings in five cities of 20 or 19: City A fills page 1 with 20, City B starts on page 1 and goes on to page 2.
    expect(pages[0].runs.map((run) => [run.city, run.continued, run.partnerships.length])).toEqual([
      ['City A', false, 20],
      ['City B', false, 4],
    ])
    expect(pages[1].runs.map((run) => [run.city, run.continued])).toEqual([
      ['City B', true],
      ['City C', false],
    ])
    expect(pages[0].cities).toEqual([
      {city: 'City A', count: 20, page: 1},
      {city: 'City B', count: 20, page: 1},
      {city: 'City C', count: 20, page: 2},
      {city: 'City D', count: 20, page: 3},
      {city: 'City E', count: 19, page: 4},
    ])
    // Only the first page names the cities.
    expect(pages.slice(1).every((page) => page.cities.length === 0)).toBe(true)
  })

  it('indexes each city once, with its count and the page its state’s list shows it on, and every state with its names', () => {
    const all = [...sample, ...texas(PAGE_SIZE * 4 + 3)]
    const pages = statePages(all)
    const {states, places} = directoryPlaces(pages)
    expect(states.map(([code]) => code)).toEqual([...STATE_CODES])
    expect(states.find(([code]) => code === 'NY')).toEqual(['NY', 'ny', 'New York', 'Nueva York'])
    const named = places.map(([city, state, count, page]) => [city, states[state][0], count, page])
    expect(named).toContainEqual(['City D', 'TX', 20, 3])
    expect(named).toContainEqual(['Atlanta', 'GA', 2, 1])
    expect(named.map(([city, state]) => `${city}, ${state}`)).toEqual(partnershipsByCity(all).map(({city, state}) => `${city}, ${state}`))
    // Each place leads to a page that shows that city's heading.
    for (const [city, state, , page] of named) {
      const shown = pages.find((each) => each.state === state && each.page.currentPage === page)!
      expect(
        shown.runs.some((run) => run.city === city && !run.continued),
        `${city}, ${state}`,
      ).toBe(true)
    }
  })
})
