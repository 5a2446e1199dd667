/**
 * Long lists a page at a time: page 1 at the list's own address (`/resources/`), later pages
 * below it (`/resources/page/2/`). Shaped like Astro's `Page`, but with this site's addresses.
 */
import type {Locale} from '../i18n/locales'
import {countOf} from '../i18n/count-of'
import {searchTranslations} from '../i18n/search-translations'

/** Cards on one page of a list: a phone's few screens, a desktop's two columns of twelve. */
export const PAGE_SIZE = 24

/** How a link to another page of a list looks, on built pages and on pages of search results alike. */
export const PAGE_LINK_CLASS = 'inline-block min-w-11 rounded border-2 border-navy px-3 py-2 text-center font-semibold no-underline'
/** The current page's link, in addition. */
export const CURRENT_PAGE_LINK_CLASS = 'bg-navy text-white'

/** One page of a list. */
export interface ListPage<T> {
  /** The entries on this page. */
  data: T[]
  /** 1-based. */
  currentPage: number
  lastPage: number
  /** Entries in the whole list. */
  total: number
  /** Index of this page's first entry in the whole list (0-based). */
  start: number
  url: {current: string; prev?: string; next?: string}
}

/** The address of page `number` of the list at `base` (which ends in `/`). */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`
}

/** The rest parameter a `[...page]` route takes for page `number`: none for page 1. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`
}

/** Splits `entries` into pages of `size` (an empty list is one empty page, so the list's address always exists). */
export function paginateList<T>(entries: T[], base: string, size: number = PAGE_SIZE): ListPage<T>[] {
  const lastPage = Math.max(1, Math.ceil(entries.length / size))
  return Array.from({length: lastPage}, (_, index) => {
    const currentPage = index + 1
    return {
      data: entries.slice(index * size, currentPage * size),
      currentPage,
      lastPage,
      total: entries.length,
      start: index * size,
      url: {
        current: pageUrl(base, currentPage),
        prev: currentPage > 1 ? pageUrl(base, currentPage - 1) : undefined,
        next: currentPage < lastPage ? pageUrl(base, currentPage + 1) : undefined,
      },
    }
  })
}

/**
 * The page numbers a pagination bar shows: the first, the last, and two either side of the
 * current one, with `null` where a run of numbers is left out. Never more than nine items, however long the list.
 */
export function pageNumbersAround(currentPage: number, lastPage: number): (number | null)[] {
  const shown = new Set([1, lastPage])
  for (let number = currentPage - 2; number <= currentPage + 2; number += 1) {
    if (number >= 1 && number <= lastPage) shown.add(number)
  }
  const numbers = [...shown].sort((a, b) => a - b)
  return numbers.flatMap((number, index) => {
    const previous = numbers[index - 1]
    if (previous === undefined || number === previous + 1) return [number]
    // A gap of exactly one number shows that number rather than an ellipsis standing for it.
    return number === previous + 2 ? [previous + 1, number] : [null, number]
  })
}

/** "Resource library", or "Resource library, page 2 of 12" after the first page, in `locale`. */
export function pageOfTitle(title: string, page: Pick<ListPage<unknown>, 'currentPage' | 'lastPage'>, locale: Locale): string {
  return page.currentPage === 1 ? title : searchTranslations(locale).pagination.titleOfPage(title, page.currentPage, page.lastPage)
}

/**
 * "42 resources", or "Showing 25–42 of 42 resources" when the list runs over more than one page,
 * in `locale`; `noun` names what the list holds (resources unless said).
 */
export function rangeSummary(
  page: Pick<ListPage<unknown>, 'start' | 'total' | 'lastPage' | 'data'>,
  locale: Locale,
  noun: {one: string; other: string} = searchTranslations(locale).library.resource,
): string {
  const t = searchTranslations(locale)
  const count = countOf(locale, page.total, noun)
  if (page.lastPage === 1) return count
  return `${t.pagination.showing(page.start + 1, page.start + page.data.length, page.total)} ${count.slice(count.indexOf(' ') + 1)}`
}
