/** The directory's totals, grouping and addresses. */
import {describe, expect, it} from 'vitest'
import type {CollectionEntry} from 'astro:content'
import {directoryTotals, partnershipPath, partnershipsByCity, partnershipsByState, statePath} from '../../src/lib/partnership-directory'

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
})
