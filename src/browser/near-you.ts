/**
 * "Find one near you" (`src/components/NearYouFinder.astro`) with JavaScript: the field appears,
 * and what the visitor types narrows the list of cities as they type. The status line (read out
 * by screen readers) counts the cities left, or says there is no partnership there yet; then the
 * invitation to start one shows, its link carrying the state when the visitor named one
 * (`/get-involved/?state=OR`).
 */
import {parsePlaceQuery, placeMatches} from './near-you-query'

export function enhanceNearYou(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-near-you-form]')!
  const field = form.querySelector<HTMLInputElement>('input')!
  const status = root.querySelector<HTMLElement>('[data-near-you-status]')!
  const none = root.querySelector<HTMLElement>('[data-near-you-none]')!
  const start = none.querySelector<HTMLAnchorElement>('[data-near-you-start]')!
  const cities = [...root.querySelectorAll<HTMLElement>('[data-city-list] > li')]
  const plural = new Intl.PluralRules(document.documentElement.lang)

  const show = () => {
    const typed = field.value.trim()
    const query = parsePlaceQuery(typed)
    let shown = 0
    for (const city of cities) {
      city.hidden = Boolean(typed) && !placeMatches(query, {city: city.dataset.city!, state: city.dataset.state!})
      if (!city.hidden) shown += 1
    }
    none.hidden = !typed || shown > 0
    const invitation = new URL(start.href)
    if (query.state) invitation.searchParams.set('state', query.state)
    else invitation.searchParams.delete('state')
    start.href = `${invitation.pathname}${invitation.search}`
    const {one, other, none: nothing} = status.dataset as Record<'one' | 'other' | 'none', string>
    const message =
      shown === 0 ? nothing.replace('{place}', typed) : (plural.select(shown) === 'one' ? one : other).replace('{count}', String(shown))
    status.textContent = typed ? message : ''
  }

  form.hidden = false
  field.addEventListener('input', show)
  // Find (or Enter) keeps the visitor here: the list below is the answer.
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    show()
  })
  show()
}
