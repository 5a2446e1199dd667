/**
 * The partnership directory: its addresses, totals and grouping by state. A partnership is listed
 * under its law-enforcement side's state and city (a public body's), so a congregation that agreed
 * to publish its name only is still found near its precinct.
 */
import type {CollectionEntry} from 'astro:content'
import type {DIRECTORY_TOTALS} from '@onecop/content-model'
import {isStateCode, stateSlug, type StateCode} from './us-states'

type Partnership = CollectionEntry<'partnerships'>['data']

/** The directory's first page. */
export const DIRECTORY_BASE = '/partnerships/'

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
export const statePath = (code: StateCode): string => `${DIRECTORY_BASE}${stateSlug(code)}/`

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
  const sorted = [...partnerships].sort((a, b) => a.congregation.name.localeCompare(b.congregation.name, 'en'))
  for (const partnership of sorted) {
    const state = stateOf(partnership)
    byState.set(state, [...(byState.get(state) ?? []), partnership])
  }
  return byState
}

/** The partnerships of one city, as "Find one near you" lists them. */
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
      const place = byCity.get(key) ?? {city, state, partnerships: []}
      place.partnerships.push(partnership)
      byCity.set(key, place)
    }
  }
  return [...byCity.values()].sort((a, b) => a.city.localeCompare(b.city, 'en') || a.state.localeCompare(b.state, 'en'))
}
