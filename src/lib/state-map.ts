/**
 * What the partnerships map draws, worked out at build time from the number of partnerships per
 * state: each state's outline, its count, its shade step and whether it is a link. Pure, so the
 * unit tests check it without rendering; `StateMap.astro` only turns it into SVG.
 *
 * Outlines: `@svg-maps/usa.states-territories` (public domain, Unlicense; from Heitordp's CC0
 * map on Wikimedia Commons), ready SVG paths with the lower-case code as id, Alaska and Hawaii
 * as insets, and the five territories of `us-states.ts` as insets in the Gulf of Mexico, each
 * large enough to see and click. Nothing is projected or fetched: the paths go into the page as
 * they are.
 */
import usaMap from '@svg-maps/usa.states-territories'
import {INTL_LOCALES, type Locale} from '../i18n/locales'
import {isStateCode, STATE_CODES, stateName, type StateCode} from './us-states'

/** What the package exports (its own types point at a package it does not depend on). */
interface SvgMap {
  viewBox: string
  locations: {id: string; name: string; path: string}[]
}

/**
 * The shade steps, by number of partnerships: none, then bounds that grow about fivefold a step
 * (1–4, 5–24, 25–99, 100–499, 500+), so the map tells a state with a few from one with hundreds
 * whether the program is in a few states or in every one (at 10,000 pairings spread by population,
 * four of them are in use). Fixed bounds rather than quantiles, so a state keeps its shade when
 * another state grows.
 */
const STEPS = [
  {min: 0, max: 0},
  {min: 1, max: 4},
  {min: 5, max: 24},
  {min: 25, max: 99},
  {min: 100, max: 499},
  {min: 500, max: Infinity},
] as const

type ShadeStep = 0 | 1 | 2 | 3 | 4 | 5

/**
 * DC is a speck at any width (about 3 units across a map 920 wide), so it gets a callout as
 * printed maps do: a dot in the Atlantic east of Delaware, in DC's shade and part of its link,
 * with a line back to it. Out at sea, no other state is drawn over the dot. `from` is on the
 * package's DC outline (2.0.0); the unit tests check both ends.
 */
const DC_CALLOUT = {from: {x: 801.4, y: 251.8}, dot: {cx: 858, cy: 263, r: 8}}

/** The callout's line, from `from` to the edge of the dot. */
function calloutLine({from, dot}: typeof DC_CALLOUT) {
  const distance = Math.hypot(dot.cx - from.x, dot.cy - from.y)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    x1: from.x,
    y1: from.y,
    x2: round(dot.cx - ((dot.cx - from.x) * dot.r) / distance),
    y2: round(dot.cy - ((dot.cy - from.y) * dot.r) / distance),
  }
}

interface MapState {
  code: StateCode
  /** The outline, as the package draws it. */
  path: string
  count: number
  step: ShadeStep
  /** Only states with at least one partnership link to their page. */
  linked: boolean
  /** For a state too small to see (DC): a dot beside the map and a line from the state to it. */
  callout?: {dot: {cx: number; cy: number; r: number}; line: {x1: number; y1: number; x2: number; y2: number}}
}

interface StateMapModel {
  viewBox: string
  /**
   * Every state, DC and territory in drawing order: first those without partnerships, then the
   * linked ones, each group in alphabetical order of the names in the page's language (the order
   * the links are read and tabbed through). Linked states come last so that no plain neighbour
   * is painted over a focused state's border.
   */
  states: MapState[]
  /** The legend, one entry per step: its text ("0", "1–4", ..., "500+") is the same in both languages. */
  legend: {step: ShadeStep; text: string}[]
}

function shadeStep(count: number): ShadeStep {
  const step = STEPS.findIndex(({min, max}) => count >= min && count <= max)
  return step as ShadeStep
}

function stepText({min, max}: (typeof STEPS)[number]): string {
  if (max === Infinity) return `${min}+`
  return min === max ? `${min}` : `${min}–${max}`
}

/**
 * The package's outline of each state, by code; throws if one is missing (a package update that
 * drops or renames one). An outline left open is closed, so its border is drawn all round (Guam's,
 * in 2.0.0, stops a hair short of where it starts).
 */
function outlines(): Map<StateCode, string> {
  const map = usaMap as SvgMap
  const byId = new Map(map.locations.map((location) => [location.id, location.path]))
  return new Map(
    STATE_CODES.map((code) => {
      const path = byId.get(code.toLowerCase())
      if (typeof path !== 'string' || path === '') throw new Error(`The US map has no outline for ${code}`)
      return [code, /z\s*$/i.test(path) ? path : `${path}z`]
    }),
  )
}

/**
 * The map for `counts` (partnerships per state code: `{GA: 3, NY: 1}`; states left out have
 * none). Throws, naming the code, on a key that is not a state code of `us-states.ts` (upper
 * case) and on a count that is not a whole number of zero or more.
 */
export function buildStateMap(counts: Record<string, number>, locale: Locale): StateMapModel {
  for (const [code, count] of Object.entries(counts)) {
    if (!isStateCode(code))
      throw new Error(`Unknown state code "${code}" in the partnership counts (expected one of the upper-case codes of us-states.ts)`)
    if (!Number.isInteger(count) || count < 0)
      throw new Error(`The partnership count for ${code} is ${count}, not a whole number of zero or more`)
  }
  const paths = outlines()
  const collator = new Intl.Collator(INTL_LOCALES[locale])
  const states = STATE_CODES.map((code): MapState => {
    const count = counts[code] ?? 0
    return {
      code,
      path: paths.get(code) ?? '',
      count,
      step: shadeStep(count),
      linked: count > 0,
      ...(code === 'DC' ? {callout: {dot: DC_CALLOUT.dot, line: calloutLine(DC_CALLOUT)}} : {}),
    }
  }).sort((a, b) => Number(a.linked) - Number(b.linked) || collator.compare(stateName(a.code, locale), stateName(b.code, locale)))
  return {
    viewBox: (usaMap as SvgMap).viewBox,
    states,
    legend: STEPS.map((bounds, step) => ({step: step as ShadeStep, text: stepText(bounds)})),
  }
}
