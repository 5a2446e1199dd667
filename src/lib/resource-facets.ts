/**
 * The facets visitors filter the resource library by: type, pillar, audience, year and language. One
 * definition serves the search index (Pagefind filters), the library's counts and its static,
 * script-free filter pages (`/resources/<facet>/<value>/`).
 */
import {byNumber} from './content-order'
import type {CollectionEntry} from 'astro:content'
import {RESOURCE_AUDIENCES, RESOURCE_LANGUAGES, RESOURCE_TYPES, optionTitle} from '@onecop/content-model'
import type {Locale} from '../i18n/locales'
import {translations} from '../i18n/translations'

type Resource = CollectionEntry<'resources'>['data']
type Pillar = CollectionEntry<'pillars'>['data']

/**
 * The facet keys, in the order the library shows them; also the Pagefind filter names and URL
 * parameters. Labels here are English; `localizedFacets` gives them in a page's language.
 */
export const FACETS = [
  {key: 'type', label: 'Type'},
  {key: 'pillar', label: 'Pillar'},
  {key: 'audience', label: 'Written for'},
  {key: 'year', label: 'Year'},
  {key: 'language', label: 'Language'},
] as const

export type FacetKey = (typeof FACETS)[number]['key']

/** One value of a facet: its label (also its Pagefind filter value) and its address segment. */
export interface FacetValue {
  label: string
  slug: string
  /** The label's language, for a value that is content (a pillar's name, English until translated). */
  lang?: string
}

/** The facet values one resource has. */
export function resourceFacetValues(resource: Resource, pillarById: Map<string, Pillar>): Record<FacetKey, FacetValue[]> {
  return {
    type: [{label: optionTitle(RESOURCE_TYPES, resource.resourceType), slug: resource.resourceType}],
    pillar: resource.pillars
      .map((id) => pillarById.get(id)!)
      .sort(byNumber)
      .map((pillar) => ({label: pillarLabel(pillar), slug: pillar.slug, lang: pillar.language})),
    audience: resource.audience.map((audience) => ({label: optionTitle(RESOURCE_AUDIENCES, audience), slug: audience})),
    year: [{label: resource.publishedAt.slice(0, 4), slug: resource.publishedAt.slice(0, 4)}],
    language: [{label: optionTitle(RESOURCE_LANGUAGES, resource.language), slug: resource.language}],
  }
}

/** "4. Community Policing & Crime Reduction" */
function pillarLabel(pillar: Pillar): string {
  return `${pillar.number}. ${pillar.name}`
}

/** Each facet's values, in display order, with how many resources have each. */
export type FacetCounts = Record<FacetKey, (FacetValue & {count: number})[]>

/** Values of an option list in the list's own order. */
const inOptionOrder =
  (options: readonly {value: string}[]) =>
  (a: FacetValue, b: FacetValue): number =>
    options.findIndex((option) => option.value === a.slug) - options.findIndex((option) => option.value === b.slug)

/** Every value each facet takes across the resources, in display order, with how many resources have it. */
export function facetCounts(resources: Resource[], pillarById: Map<string, Pillar>): FacetCounts {
  const order: Record<FacetKey, (a: FacetValue, b: FacetValue) => number> = {
    type: inOptionOrder(RESOURCE_TYPES),
    pillar: (a, b) => a.label.localeCompare(b.label, 'en', {numeric: true}),
    audience: inOptionOrder(RESOURCE_AUDIENCES),
    year: (a, b) => b.slug.localeCompare(a.slug),
    language: inOptionOrder(RESOURCE_LANGUAGES),
  }
  const counts = Object.fromEntries(FACETS.map(({key}) => [key, new Map<string, FacetValue & {count: number}>()])) as Record<
    FacetKey,
    Map<string, FacetValue & {count: number}>
  >
  for (const resource of resources) {
    const values = resourceFacetValues(resource, pillarById)
    for (const {key} of FACETS) {
      for (const value of values[key]) {
        const seen = counts[key].get(value.slug)
        if (seen) seen.count += 1
        else counts[key].set(value.slug, {...value, count: 1})
      }
    }
  }
  return Object.fromEntries(FACETS.map(({key}) => [key, [...counts[key].values()].sort(order[key])])) as FacetCounts
}

/** A facet value as readers of `locale` see it: option titles translated; pillar names (in their own language) and years as they are. */
export function localizedFacetValue<Value extends FacetValue>(key: FacetKey, value: Value, locale: Locale): Value {
  const {options} = translations(locale)
  const titles: Partial<Record<FacetKey, Record<string, string>>> = {
    type: options.resourceTypes,
    audience: options.audiences,
    language: options.languages,
  }
  return {...value, label: titles[key]?.[value.slug] ?? value.label}
}

/** Every facet with its name and values in `locale`, in display order. */
export function localizedFacets(counts: FacetCounts, locale: Locale) {
  const names = translations(locale).facets
  return FACETS.map(({key}) => ({
    key,
    label: names[key],
    values: counts[key].map((value) => localizedFacetValue(key, value, locale)),
  }))
}
