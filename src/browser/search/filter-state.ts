/** Filters and query, between the form's controls and the page's URL. */

/** Sets the query box and checkboxes from the URL (`?q=...&type=guide&type=toolkit`). */
export function readFilterState(form: HTMLFormElement, url: URL): void {
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')
  if (query) query.value = url.searchParams.get('q') ?? ''
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = url.searchParams.getAll(box.name).includes(box.value)
  }
}

/** Writes the query and checked filters to the URL: a new history entry, or in place while typing. */
export function writeFilterState(form: HTMLFormElement, mode: 'push' | 'replace'): void {
  const params = new URLSearchParams()
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')?.value.trim()
  if (query) params.set('q', query)
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) params.append(box.name, box.value)
  const search = params.toString()
  const next = `${location.pathname}${search ? `?${search}` : ''}`
  if (next === `${location.pathname}${location.search}`) return
  if (mode === 'push') history.pushState(null, '', next)
  else history.replaceState(null, '', next)
}

/** Checked values per filter, as Pagefind filter values (any of them, within one filter). */
export function checkedFilters(form: HTMLFormElement): Record<string, {any: string[]}> {
  const filters: Record<string, {any: string[]}> = {}
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    ;(filters[box.name] ??= {any: []}).any.push(box.dataset.label!)
  }
  return filters
}

/** How long typing must pause before the query runs and the address follows it. */
const TYPING_PAUSE_MS = 250

/**
 * Keeps a filter form and the address in step. After a pause in typing the query runs and
 * replaces the current history entry; a checkbox change adds an entry (so Back undoes it);
 * Back and Forward restore the form. Starts by reading the address.
 */
export function keepFormInAddress(form: HTMLFormElement, query: HTMLInputElement, run: {query: () => void; filters: () => void}): void {
  let typingTimer: number | undefined
  query.addEventListener('input', () => {
    window.clearTimeout(typingTimer)
    typingTimer = window.setTimeout(() => {
      writeFilterState(form, 'replace')
      run.query()
    }, TYPING_PAUSE_MS)
  })
  form.addEventListener('change', (event) => {
    if (!(event.target as HTMLElement).matches('input[type="checkbox"]')) return
    writeFilterState(form, 'push')
    run.filters()
  })
  const restore = () => {
    readFilterState(form, new URL(location.href))
    run.query()
  }
  window.addEventListener('popstate', restore)
  restore()
}
