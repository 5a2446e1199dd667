/** What a visitor types in "Find one near you", read as a place. */
import {describe, expect, it} from 'vitest'
import {matchingPlaces, parsePlaceQuery as parseWith, placeMatches, stateNamed as stateNamedIn} from '../../src/browser/near-you-query'
import type {PlacesIndexCity} from '../../src/lib/directory-places'
import {directoryPlaces} from '../../src/lib/partnership-directory'
import {foldText} from '../../src/lib/fold-text'

/** The states as the index of places brings them to the browser (from the build's own list). */
const {states} = directoryPlaces([])
const stateNamed = (text: string) => stateNamedIn(text, states)
const parsePlaceQuery = (text: string) => parseWith(text, states)
const at = (code: string) => states.findIndex(([each]) => each === code)

const atlanta = {city: 'Atlanta', state: 'GA'}
const portlandOregon = {city: 'Portland', state: 'OR'}
const portlandMaine = {city: 'Portland', state: 'ME'}
const stLouis = {city: 'St. Louis', state: 'MO'}
const sanJose = {city: 'San José', state: 'CA'}

const matching = (typed: string) =>
  [atlanta, portlandOregon, portlandMaine, stLouis, sanJose]
    .filter((place) => placeMatches(parsePlaceQuery(typed), place))
    .map((place) => `${place.city}, ${place.state}`)

describe('a typed place', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldText('  San  JOSÉ,  ')).toBe('san jose')
    expect(foldText('St. Louis')).toBe('st louis')
  })

  it('names a state by code or by its name in either language', () => {
    expect(stateNamed('ga')).toBe('GA')
    expect(stateNamed('Georgia')).toBe('GA')
    expect(stateNamed('nueva york')).toBe('NY')
    expect(stateNamed('Carolina del Norte')).toBe('NC')
    expect(stateNamed('Atlantis')).toBeUndefined()
    expect(stateNamed(' ')).toBeUndefined()
  })

  it('reads a city, a state, or both around the last comma', () => {
    expect(parsePlaceQuery('Atl')).toEqual({city: 'atl'})
    expect(parsePlaceQuery('Oregon')).toEqual({city: '', state: 'OR'})
    expect(parsePlaceQuery('Portland, Maine')).toEqual({city: 'portland', state: 'ME'})
    expect(parsePlaceQuery('Boise, Idahoo')).toEqual({city: 'boise', state: undefined})
  })

  it('matches cities a word of whose name starts with what was typed, within the state named', () => {
    expect(matching('atl')).toEqual(['Atlanta, GA'])
    expect(matching('Portland')).toEqual(['Portland, OR', 'Portland, ME'])
    expect(matching('Portland, OR')).toEqual(['Portland, OR'])
    expect(matching('louis')).toEqual(['St. Louis, MO'])
    expect(matching('san jose')).toEqual(['San José, CA'])
    expect(matching('Missouri')).toEqual(['St. Louis, MO'])
    expect(matching('lanta')).toEqual([])
    expect(matching('Boise, ID')).toEqual([])
  })

  it('ranks the places of the index: the exact name first, then names that start with it, then more pairings', () => {
    const places: PlacesIndexCity[] = [
      ['Portland', at('ME'), 4, 1],
      ['Portland', at('OR'), 40, 2],
      ['Portlandia', at('OR'), 90, 3],
      ['Salem', at('OR'), 9, 3],
      ['South Portland', at('ME'), 30, 1],
    ]
    const ranked = (typed: string) =>
      matchingPlaces(parsePlaceQuery(typed), {states, places}).map(([city, state]) => `${city}, ${states[state][0]}`)
    expect(ranked('portland')).toEqual(['Portland, OR', 'Portland, ME', 'Portlandia, OR', 'South Portland, ME'])
    expect(ranked('Oregon')).toEqual(['Portlandia, OR', 'Portland, OR', 'Salem, OR'])
    expect(ranked('Portland, Maine')).toEqual(['Portland, ME', 'South Portland, ME'])
    expect(ranked('Boise')).toEqual([])
  })
})
