/**
 * Search as you type in the header: a results panel under the box, the count announced in a
 * live region, arrow keys between the box and the results, Escape to close (focus returns to
 * the box). The form still submits to /search/ for the full list. The site's results are painted
 * first; then a line says how many partnerships match, with a link to them on /search/ (the
 * partnership directory has an index of its own: `partnership-index.ts`).
 */
import {COUNTS_PAUSE_MS} from './filter-state'
import {SHORTEST_TYPED_TERM} from './latest-only'
import {afterPaint} from './after-paint'
import {loadPagefind} from './pagefind'
import {partnershipResults, partnershipsAsked, splitByIndex} from './partnership-index'
import {resultItem} from './result-card'
import {asLocale, localizedPath} from '../../i18n/locales'
import {searchTranslations} from '../../i18n/search-translations'

const SHOWN = 5

/** Turns the header's search form into live search. */
export function enhanceHeaderSearch(input: HTMLInputElement): void {
  const locale = asLocale(document.documentElement.lang)
  const t = searchTranslations(locale).search
  const form = input.form!
  const panel = document.createElement('div')
  panel.id = 'site-search-results'
  panel.hidden = true
  panel.className = 'absolute left-0 right-0 top-full z-20 mx-auto max-w-content px-4'
  const box = document.createElement('div')
  box.className = 'rounded-b-lg border border-slate-300 bg-white p-4 text-ink shadow-lg'
  const status = document.createElement('p')
  status.setAttribute('role', 'status')
  status.className = 'text-sm text-muted'
  const list = document.createElement('ul')
  list.className = 'divide-y divide-slate-200'
  const all = document.createElement('a')
  all.className = 'mt-2 inline-block font-semibold'
  const partnerships = document.createElement('p')
  partnerships.setAttribute('aria-live', 'polite')
  partnerships.className = 'mt-2'
  box.append(status, list, all, partnerships)
  panel.append(box)
  const header = form.closest('header')!
  header.classList.add('relative')
  header.append(panel)
  input.setAttribute('aria-controls', panel.id)
  input.setAttribute('autocomplete', 'off')

  let version = 0
  /** The term whose results the panel holds. */
  let shown = ''
  const close = () => {
    panel.hidden = true
  }
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')]

  const run = async () => {
    const term = input.value.trim()
    const mine = ++version
    if (!term) return close()
    // The same words (a space typed after them): the results on show stay, and the focus on them.
    if (term === shown && !panel.hidden) return
    // Pagefind's own "newest only": a word is searched at once, one or two letters once typing pauses (`latest-only.ts`).
    const search = await (await loadPagefind()).debouncedSearch(term, {}, term.length < SHORTEST_TYPED_TERM ? 250 : 0)
    if (!search || mine !== version) return
    const {site, partnerships: found} = partnershipsAsked()
      ? await splitByIndex(search.results)
      : {site: search.results, partnerships: undefined}
    const results = await Promise.all(site.slice(0, SHOWN).map((result) => result.data()))
    if (mine !== version) return
    list.replaceChildren(...results.map((result) => resultItem(result, true)))
    partnerships.replaceChildren()
    shown = term
    status.textContent = site.length === 0 ? t.noResults(term) : t.results(site.length, term)
    const searchPage = `${localizedPath('/search/', locale)}?q=${encodeURIComponent(term)}`
    all.href = searchPage
    all.textContent = t.seeAll
    all.hidden = site.length <= SHOWN
    panel.hidden = false
    // Once typing has paused (each keystroke makes a newer search) and the results are painted: the partnership directory.
    if (!found) {
      await new Promise((resolve) => setTimeout(resolve, COUNTS_PAUSE_MS))
      await afterPaint()
    }
    if (mine !== version) return
    // Should the directory's index not load, the panel says nothing of it.
    const count = (found ?? (await partnershipResults(term).catch(() => []))).length
    if (mine !== version || count === 0) return
    const link = document.createElement('a')
    link.href = `${searchPage}&kind=Partnership`
    link.className = 'font-semibold'
    link.textContent = t.showPartnerships
    partnerships.replaceChildren(`${t.partnershipsMatch(count, term)} `, link)
  }

  input.addEventListener('input', () => void run())
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault()
      links()[0]?.focus()
    }
  })
  panel.addEventListener('keydown', (event) => {
    const targets = links()
    const index = targets.indexOf(document.activeElement as HTMLAnchorElement)
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      targets[Math.min(index + 1, targets.length - 1)]?.focus()
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      if (index <= 0) input.focus()
      else targets[index - 1].focus()
    }
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      close()
      input.focus()
    }
  })
  // Leaving the search area closes the panel; focus stays where the visitor moved it.
  form.closest('header')!.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null
    if (next && !form.contains(next) && !panel.contains(next)) close()
  })
  if (input.value.trim()) void run()
}
