/**
 * What a visitor types in "Find one near you" on the directory page, read as a place: a city
 * ("Atl", "Atlanta"), a state ("GA", "Georgia", "Nueva York") or both ("Portland, OR",
 * "Portland, Maine"), and the cities of the index of places that match it. Case, accents and
 * punctuation do not matter. The states and their names come with the index
 * (`src/lib/directory-places.ts`), so no list of states is in the page's code. No DOM here:
 * `near-you.ts` wires it to the page.
 */
import {foldText} from '../lib/fold-text'
import type {PlacesIndex, PlacesIndexCity, PlacesIndexState} from '../lib/directory-places'

/** A place to look for: the start of a city's name (folded; empty for any city) and perhaps a state's code. */
export interface PlaceQuery {
  city: string
  state?: string
}

/** The code of the state `text` names, by code or by its name in any edition's language. */
export function stateNamed(text: string, states: readonly PlacesIndexState[]): string | undefined {
  const folded = foldText(text)
  if (!folded) return undefined
  return states.find(([code, , ...names]) => [code, ...names].some((name) => foldText(name) === folded))?.[0]
}

/** Reads "City", "State" or "City, State" (the last comma divides them). */
export function parsePlaceQuery(text: string, states: readonly PlacesIndexState[]): PlaceQuery {
  const comma = text.lastIndexOf(',')
  if (comma >= 0) return {city: foldText(text.slice(0, comma)), state: stateNamed(text.slice(comma + 1), states)}
  const state = stateNamed(text, states)
  return state ? {city: '', state} : {city: foldText(text)}
}

/** Whether a city with partnerships is what the visitor looks for: a word of its name starts with what they typed. */
export function placeMatches(query: PlaceQuery, place: {city: string; state: string}): boolean {
  if (query.state && place.state !== query.state) return false
  if (!query.city) return true
  const city = foldText(place.city)
  return city.startsWith(query.city) || city.includes(` ${query.city}`)
}

/** How many matching cities "Find one near you" lists at most: enough for a state's big cities, few enough to read. */
export const MAX_PLACES_SHOWN = 12

/**
 * The cities of the index that match `query`, best first: a city named exactly as typed, then
 * those whose name starts with it, then those with a later word that does; within each, more
 * pairings first, then by name and state.
 */
export function matchingPlaces(query: PlaceQuery, {states, places}: PlacesIndex): PlacesIndexCity[] {
  const rank = (city: string) => {
    const folded = foldText(city)
    if (!query.city || folded === query.city) return 0
    return folded.startsWith(query.city) ? 1 : 2
  }
  const stateOf = (place: PlacesIndexCity) => states[place[1]][0]
  return places
    .filter((place) => placeMatches(query, {city: place[0], state: stateOf(place)}))
    .map((place) => ({place, rank: rank(place[0])}))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.place[2] - a.place[2] ||
        a.place[0].localeCompare(b.place[0], 'en') ||
        stateOf(a.place).localeCompare(stateOf(b.place), 'en'),
    )
    .map(({place}) => place)
}
