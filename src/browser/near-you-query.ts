/**
 * What a visitor types in "Find one near you" on the directory page, read as a place: a city
 * ("Atl", "Atlanta"), a state ("GA", "Georgia", "Nueva York") or both ("Portland, OR",
 * "Portland, Maine"). Case, accents and punctuation do not matter. No DOM here: `near-you.ts`
 * wires it to the page.
 */
import {STATE_CODES, stateName, type StateCode} from '../lib/us-states'
import {LOCALES} from '../i18n/locales'

/** A place to look for: the start of a city's name (folded; empty for any city) and perhaps a state. */
export interface PlaceQuery {
  city: string
  state?: StateCode
}

/** Lower case, accents dropped, anything but letters and digits turned into single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The state `text` names, by code or by its name in any edition's language. */
export function stateNamed(text: string): StateCode | undefined {
  const folded = foldText(text)
  if (!folded) return undefined
  return STATE_CODES.find((code) => foldText(code) === folded || LOCALES.some((locale) => foldText(stateName(code, locale)) === folded))
}

/** Reads "City", "State" or "City, State" (the last comma divides them). */
export function parsePlaceQuery(text: string): PlaceQuery {
  const comma = text.lastIndexOf(',')
  if (comma >= 0) return {city: foldText(text.slice(0, comma)), state: stateNamed(text.slice(comma + 1))}
  const state = stateNamed(text)
  return state ? {city: '', state} : {city: foldText(text)}
}

/** Whether a city with partnerships is what the visitor looks for: a word of its name starts with what they typed. */
export function placeMatches(query: PlaceQuery, place: {city: string; state: string}): boolean {
  if (query.state && place.state !== query.state) return false
  if (!query.city) return true
  const city = foldText(place.city)
  return city.startsWith(query.city) || city.includes(` ${query.city}`)
}
