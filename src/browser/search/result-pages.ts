/**
 * Numbered links between pages of search results, as the built lists have them (same
 * numbers, same look: `src/lib/pagination.ts`). Each link is a real address (`?…&page=3`),
 * so it can be opened in a new tab; a plain click is handed to `go` instead.
 */
import {CURRENT_PAGE_LINK_CLASS, PAGE_LINK_CLASS, pageNumbersAround} from '../../lib/pagination'
import {asLocale} from '../../i18n/locales'
import {searchTranslations} from '../../i18n/search-translations'

interface Options {
  currentPage: number
  lastPage: number
  /** The address of page `n` of these results. */
  hrefFor: (n: number) => string
  /** Shows page `n` without leaving the page. */
  go: (n: number) => void
  label: string
}

/** The pagination `nav`, or an empty placeholder when everything fits on one page. */
export function resultPagesNav({currentPage, lastPage, hrefFor, go, label}: Options): HTMLElement {
  const t = searchTranslations(asLocale(document.documentElement.lang)).pagination
  const nav = document.createElement('nav')
  nav.setAttribute('aria-label', label)
  nav.className = 'mt-8'
  if (lastPage <= 1) return nav
  const list = document.createElement('ul')
  list.className = 'flex flex-wrap items-center gap-2'
  list.setAttribute('role', 'list')
  /** A link to page `n`: "Previous" or "Next" (with "page" for screen readers), or its number ("Page" for screen readers). */
  const link = (n: number, kind: 'prev' | 'next' | 'number') => {
    const a = document.createElement('a')
    a.href = hrefFor(n)
    a.className = PAGE_LINK_CLASS
    const spoken = document.createElement('span')
    spoken.className = 'sr-only'
    if (kind === 'number') {
      spoken.textContent = `${t.pageNumber} `
      a.append(spoken, String(n))
      if (n === currentPage) {
        a.className += ` ${CURRENT_PAGE_LINK_CLASS}`
        a.setAttribute('aria-current', 'page')
      }
    } else {
      a.rel = kind
      spoken.textContent = ` ${t.pageWord}`
      a.append(kind === 'prev' ? t.previous : t.next, spoken)
    }
    a.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
      event.preventDefault()
      go(n)
    })
    return a
  }
  const item = (child: Node) => {
    const li = document.createElement('li')
    li.append(child)
    list.append(li)
  }
  if (currentPage > 1) item(link(currentPage - 1, 'prev'))
  for (const n of pageNumbersAround(currentPage, lastPage)) {
    if (n === null) {
      const gap = document.createElement('span')
      gap.className = 'px-1 text-muted'
      gap.textContent = '…'
      item(gap)
    } else item(link(n, 'number'))
  }
  if (currentPage < lastPage) item(link(currentPage + 1, 'next'))
  nav.append(list)
  return nav
}
