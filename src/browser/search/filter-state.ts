/** Filters and query, between the form's controls and the page's URL. */
import type {FilterChoices} from './facet-counts'

/** Sets the query box and checkboxes from the URL (`?q=...&type=guide&type=toolkit`). */
export function readFilterState(form: HTMLFormElement, url: URL): void {
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')
  if (query) query.value = url.searchParams.get('q') ?? ''
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = url.searchParams.getAll(box.name).includes(box.value)
  }
}

/** Where the form's state is written: which address, and which page of the results. */
export interface AddressOptions {
  /** The path the state goes on; the current page's unless said. */
  path?: string
  /** The page of results, when past the first. */
  page?: number
}

/** The address for the form's query and checked filters (`/search/?q=trust&type=guide`). */
export function filterStateAddress(form: HTMLFormElement, {path = location.pathname, page = 1}: AddressOptions = {}): string {
  const params = new URLSearchParams()
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')?.value.trim()
  if (query) params.set('q', query)
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) params.append(box.name, box.value)
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return `${path}${search ? `?${search}` : ''}`
}

/** Writes the query and checked filters to the URL: a new history entry, or in place while typing. */
export function writeFilterState(form: HTMLFormElement, mode: 'push' | 'replace', options: AddressOptions = {}): void {
  const next = filterStateAddress(form, options)
  if (next === `${location.pathname}${location.search}`) return
  if (mode === 'push') history.pushState(null, '', next)
  else history.replaceState(null, '', next)
}

/** Checked values per filter, as Pagefind filter values (any of them, within one filter). */
export function checkedFilters(form: HTMLFormElement): FilterChoices {
  const filters: FilterChoices = {}
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
    (filters[box.name] ??= []).push(box.dataset.label!)
  return filters
}

/** How long typing must pause before the address follows the query. */
const TYPING_PAUSE_MS = 250

/**
 * How long typing must pause before the counts beside the filters, and the line on the partnership
 * directory, follow the results: the visitor has settled on a query.
 */
export const COUNTS_PAUSE_MS = 500

const lastKeystroke = new WeakMap<HTMLInputElement, number>()

/** Resolves once typing in `input` has paused for `pauseMs` (at once when it already has). */
export async function typingPaused(input: HTMLInputElement, pauseMs = TYPING_PAUSE_MS): Promise<void> {
  const wait = (lastKeystroke.get(input) ?? 0) + pauseMs - performance.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}

/**
 * Keeps a filter form and the address in step. Each keystroke runs the query at once (the
 * caller drops answers a newer one has overtaken); after a pause in typing the address follows,
 * replacing the current history entry. A checkbox change adds an entry (so Back undoes it).
 * Back and Forward restore the form. Starts by reading the address. A new query or filter
 * starts again at the first page of results.
 */
export function keepFormInAddress(
  form: HTMLFormElement,
  query: HTMLInputElement,
  run: {query: () => void; filters: () => void; restore?: () => void},
  options: Pick<AddressOptions, 'path'> = {},
): void {
  let typingTimer: number | undefined
  query.addEventListener('input', () => {
    lastKeystroke.set(query, performance.now())
    window.clearTimeout(typingTimer)
    typingTimer = window.setTimeout(() => writeFilterState(form, 'replace', options), TYPING_PAUSE_MS)
    run.query()
  })
  form.addEventListener('change', (event) => {
    if (!(event.target as HTMLElement).matches('input[type="checkbox"]')) return
    writeFilterState(form, 'push', options)
    run.filters()
  })
  const restore = () => {
    readFilterState(form, new URL(location.href))
    ;(run.restore ?? run.query)()
  }
  window.addEventListener('popstate', restore)
  restore()
}
