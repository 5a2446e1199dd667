/**
 * The resource library's lists, each a page at a time, as `getStaticPaths` entries: the whole
 * library (`/resources/`, `/resources/page/2/`, ...) and each facet value's list
 * (`/resources/type/guide/`, `/resources/type/guide/page/2/`, ...). Counts cover the whole library.
 */
import type {CollectionEntry} from 'astro:content'
import {dataById, resourcesNewestFirst} from './collections'
import type {Locale} from '../i18n/locales'
import {withCacheKeys} from './cache-keys'
import {paginateList, pageParam, type ListPage} from './pagination'
import {FACETS, facetCounts, resourceFacetValues, type FacetCounts, type FacetKey} from './resource-facets'

type Resource = CollectionEntry<'resources'>['data']

/** The library's first page. */
export const LIBRARY_BASE = '/resources/'

/** The facet value a list is about. */
export interface FacetValueList {
  facet: FacetKey
  facetLabel: string
  slug: string
  label: string
}

/** What one page of a library list renders. */
export interface LibraryPageProps {
  page: ListPage<Resource>
  base: string
  counts: FacetCounts
  libraryTotal: number
  current?: FacetValueList
}

interface LibraryList {
  base: string
  resources: Resource[]
  current?: FacetValueList
}

/** Every list: the whole library first, then each facet value's (pillar names in `locale`). */
async function libraryLists(locale: Locale): Promise<{lists: LibraryList[]; counts: FacetCounts; libraryTotal: number}> {
  const [resources, pillarById] = await Promise.all([resourcesNewestFirst(), dataById('pillars', locale)])
  const counts = facetCounts(resources, pillarById)
  const valuesOf = new Map(resources.map((resource) => [resource, resourceFacetValues(resource, pillarById)]))
  const lists: LibraryList[] = [{base: LIBRARY_BASE, resources}]
  for (const {key, label: facetLabel} of FACETS) {
    for (const value of counts[key]) {
      lists.push({
        base: `${LIBRARY_BASE}${key}/${value.slug}/`,
        resources: resources.filter((resource) => valuesOf.get(resource)![key].some((v) => v.slug === value.slug)),
        current: {facet: key, facetLabel, slug: value.slug, label: value.label},
      })
    }
  }
  return {lists, counts, libraryTotal: resources.length}
}

/** Route entries for every page of every list; `params` holds `facet` and `value` for a facet value's list, and `page` for pages after the first. */
export async function libraryPagePaths(locale: Locale) {
  const {lists, counts, libraryTotal} = await libraryLists(locale)
  const paths = lists.flatMap((list) =>
    paginateList(list.resources, list.base).map((page) => ({
      params: {
        ...(list.current && {facet: list.current.facet, value: list.current.slug}),
        page: pageParam(page.currentPage),
      },
      props: {page, base: list.base, counts, libraryTotal, current: list.current} satisfies LibraryPageProps,
    })),
  )
  // A page renders again only when its cards, the counts or the site-wide settings change.
  return withCacheKeys(paths)
}
