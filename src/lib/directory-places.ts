/**
 * The directory's addresses and the index of places "Find one near you" loads, in a module the
 * browser can load: no list of states here (the index brings their names), so the code every
 * searched page shares stays small.
 */
import {foldText} from './fold-text'
import {pageUrl} from './pagination'

/** The directory's first page. */
export const DIRECTORY_BASE = '/partnerships/'

/** Where "Find one near you" loads its index of places from: one file for both editions. */
export const PLACES_INDEX_PATH = `${DIRECTORY_BASE}places.json`

/** The id of a city's heading on its state's page: `city-st-louis`. */
export const cityAnchor = (city: string): string => `city-${foldText(city).replaceAll(' ', '-')}`

/** `/partnerships/ga/`, from the state's slug (`us-states.ts`, `stateSlug`). */
export const statePathOfSlug = (slug: string): string => `${DIRECTORY_BASE}${slug}/`

/** A city on its state's pages: `/partnerships/tx/page/3/#city-houston`. */
export const cityPathOfSlug = (slug: string, city: string, page: number): string =>
  `${pageUrl(statePathOfSlug(slug), page)}#${cityAnchor(city)}`

/** A state in the index: its code, its address's slug and its name in each edition's language (in `LOCALES` order). */
export type PlacesIndexState = [code: string, slug: string, ...names: string[]]

/**
 * A city in the index: its name, its state (an index into `states`), its number of pairings and
 * the page of its state's list where they start. About 25 bytes a city, however many pairings.
 */
export type PlacesIndexCity = [city: string, state: number, pairings: number, page: number]

/** `/partnerships/places.json`: every state, and every city with a partnership in alphabetical order. */
export interface PlacesIndex {
  states: PlacesIndexState[]
  places: PlacesIndexCity[]
}
