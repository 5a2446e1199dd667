/**
 * The partnership directory: its addresses, totals and grouping by state. A partnership is listed
 * under its law-enforcement side's state and city (a public body's), so a congregation that agreed
 * to publish its name only is still found near its precinct.
 */
import type {CollectionEntry} from 'astro:content'
import type {DIRECTORY_TOTALS} from '@onecop/content-model'
import {cityPathOfSlug, statePathOfSlug, type PlacesIndex} from './directory-places'
import {PAGE_SIZE, paginateList, type ListPage} from './pagination'
import {isStateCode, STATE_CODES, stateName, stateSlug, type StateCode} from './us-states'
import {LOCALES} from '../i18n/locales'

export {cityAnchor, DIRECTORY_BASE, PLACES_INDEX_PATH} from './directory-places'

type Partnership = CollectionEntry<'partnerships'>['data']

/** The directory's alphabetical order (one collator for every comparison: thousands of them at national scale). */
const alphabetical = new Intl.Collator('en').compare

/** A partnership's state, as a known code; the build stops on one it cannot place. */
export function stateOf(partnership: Partnership): StateCode {
  const {state} = partnership.agency
  if (!isStateCode(state)) {
    throw new Error(
      `partnership ${partnership._id}: agency.state "${state}" is not a US state or DC: correct it in Sanity Studio and publish.`,
    )
  }
  return state
}

/** `/partnerships/ga/` */
export const statePath = (code: StateCode): string => statePathOfSlug(stateSlug(code))

/** `/partnerships/ga/greater-hope-baptist-church-atlanta/` */
export const partnershipPath = (partnership: Partnership): string => `${statePath(stateOf(partnership))}${partnership.slug}/`

/** How many pairings, in how many states and cities (what a home-page figure can count: `DIRECTORY_TOTALS`). */
export type DirectoryTotals = Record<(typeof DIRECTORY_TOTALS)[number]['value'], number>

/** How many pairings, in how many states and cities. */
export function directoryTotals(partnerships: Partnership[]): DirectoryTotals {
  return {
    pairings: partnerships.length,
    states: new Set(partnerships.map(stateOf)).size,
    cities: new Set(partnerships.map((partnership) => `${partnership.agency.city}, ${stateOf(partnership)}`)).size,
  }
}

/** Each state's partnerships, by congregation name. States without any are left out. */
export function partnershipsByState(partnerships: Partnership[]): Map<StateCode, Partnership[]> {
  const byState = new Map<StateCode, Partnership[]>()
  const sorted = [...partnerships].sort((a, b) => alphabetical(a.congregation.name, b.congregation.name))
  for (const partnership of sorted) {
    const state = stateOf(partnership)
    const entries = byState.get(state)
    if (entries) entries.push(partnership)
    else byState.set(state, [partnership])
  }
  return byState
}

/** The partnerships of one city. */
export interface CityPartnerships {
  city: string
  state: StateCode
  partnerships: Partnership[]
}

/** Each city's partnerships, cities in alphabetical order (then by state), pairings by congregation name. */
export function partnershipsByCity(partnerships: Partnership[]): CityPartnerships[] {
  const byCity = new Map<string, CityPartnerships>()
  for (const [state, entries] of partnershipsByState(partnerships)) {
    for (const partnership of entries) {
      const {city} = partnership.agency
      const key = `${city}\u0000${state}`
      const place = byCity.get(key)
      if (place) place.partnerships.push(partnership)
      else byCity.set(key, {city, state, partnerships: [partnership]})
    }
  }
  return [...byCity.values()].sort((a, b) => alphabetical(a.city, b.city) || alphabetical(a.state, b.state))
}

/** A city on its state's pages: how many pairings, and the page where they start (1-based). */
export interface StateCity {
  city: string
  count: number
  page: number
}

/** The pairings of one city on one page of its state's list; `continued` when the city's list began on the page before. */
interface CityRun {
  city: string
  continued: boolean
  partnerships: Partnership[]
}

/** What one page of a state's list renders (a type, not an interface, so it stands as a page's props). */
export type StatePageProps = {
  state: StateCode
  page: ListPage<Partnership>
  /** This page's pairings, city by city. */
  runs: CityRun[]
  /** On the first page, every city of the state with the page it starts on (the page lists them when there are several pages); empty on the others. */
  cities: StateCity[]
}

/**
 * Every page of every state's list, the way the directory goes without JavaScript: a state's
 * pairings by city (alphabetical), then by congregation name, `PAGE_SIZE` a page (`/partnerships/tx/`,
 * `/partnerships/tx/page/2/`). A state without partnerships has one empty page that invites the
 * first. However many pairings a state has, no page lists more than `PAGE_SIZE` of them and the
 * first adds one short line per city.
 */
export function statePages(partnerships: Partnership[]): StatePageProps[] {
  const citiesByState = new Map<StateCode, CityPartnerships[]>()
  for (const place of partnershipsByCity(partnerships)) {
    const cities = citiesByState.get(place.state)
    if (cities) cities.push(place)
    else citiesByState.set(place.state, [place])
  }
  return STATE_CODES.flatMap((state) => {
    const places = citiesByState.get(state) ?? []
    const entries = places.flatMap((place) => place.partnerships)
    const pages = paginateList(entries, statePath(state))
    const cities: StateCity[] = []
    let start = 0
    for (const place of places) {
      cities.push({city: place.city, count: place.partnerships.length, page: Math.floor(start / PAGE_SIZE) + 1})
      start += place.partnerships.length
    }
    return pages.map((page) => ({
      state,
      page,
      runs: cityRuns(page.data, entries[page.start - 1]?.agency.city),
      cities: page.currentPage === 1 ? cities : [],
    }))
  })
}

/** A page's pairings in runs of one city; `cityBefore` is the city of the last pairing of the page before. */
function cityRuns(partnerships: Partnership[], cityBefore: string | undefined): CityRun[] {
  const runs: CityRun[] = []
  for (const partnership of partnerships) {
    const {city} = partnership.agency
    const last = runs.at(-1)
    if (last?.city === city) last.partnerships.push(partnership)
    else runs.push({city, continued: runs.length === 0 && city === cityBefore, partnerships: [partnership]})
  }
  return runs
}

/** The address of a city on its state's pages: `/partnerships/tx/page/3/#city-houston`. */
export const cityPath = (state: StateCode, {city, page}: Pick<StateCity, 'city' | 'page'>): string =>
  cityPathOfSlug(stateSlug(state), city, page)

/** The index of places (`PLACES_INDEX_PATH`), read from the state pages so each city leads where its pairings are. */
export function directoryPlaces(pages: StatePageProps[]): PlacesIndex {
  const stateIndex = new Map(STATE_CODES.map((code, index) => [code, index]))
  return {
    states: STATE_CODES.map((code) => [code, stateSlug(code), ...LOCALES.map((locale) => stateName(code, locale))]),
    places: pages
      .flatMap(({state, cities}) => cities.map(({city, count, page}) => ({city, state, count, page})))
      .sort((a, b) => alphabetical(a.city, b.city) || alphabetical(a.state, b.state))
      .map(({city, state, count, page}) => [city, stateIndex.get(state)!, count, page]),
  }
}
