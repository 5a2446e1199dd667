/**
 * "Find one near you" (`src/components/NearYouFinder.astro`) with JavaScript: the finder appears;
 * when the visitor first focuses its field it loads the index of places (a line per city, not per
 * pairing), and what they type lists the cities that match, each a link to its state's page at
 * the city. The status line (read out by screen readers) counts the cities, or says there is no
 * partnership there yet; then the invitation to start one shows, its link carrying the state when
 * the visitor named one (`/get-involved/?state=OR`).
 */
import {MAX_PLACES_SHOWN, matchingPlaces, parsePlaceQuery} from './near-you-query'
import {cityPathOfSlug, type PlacesIndex, type PlacesIndexCity} from '../lib/directory-places'
import {asLocale, LOCALES, localizedPath} from '../i18n/locales'

export function enhanceNearYou(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-near-you-form]')!
  const field = form.querySelector<HTMLInputElement>('input')!
  const status = root.querySelector<HTMLElement>('[data-near-you-status]')!
  const none = root.querySelector<HTMLElement>('[data-near-you-none]')!
  const start = none.querySelector<HTMLAnchorElement>('[data-near-you-start]')!
  const results = root.querySelector<HTMLUListElement>('[data-near-you-results]')!
  const locale = asLocale(document.documentElement.lang)
  const plural = new Intl.PluralRules(document.documentElement.lang)
  const messages = status.dataset as Record<'one' | 'other' | 'more' | 'none' | 'failed', string>
  const pairings = results.dataset as Record<'pairingsOne' | 'pairingsOther', string>

  // A state's name in the page's language: the index lists the names in `LOCALES` order.
  const nameAt = 2 + LOCALES.indexOf(locale)

  let places: Promise<PlacesIndex> | undefined
  const load = () =>
    (places ??= fetch(root.dataset.places!).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
      return (await response.json()) as PlacesIndex
    }))

  const placeItem = ({states}: PlacesIndex, [city, stateAt, count, page]: PlacesIndexCity): HTMLLIElement => {
    const state = states[stateAt]
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = localizedPath(cityPathOfSlug(state[1], city, page), locale)
    link.textContent = `${city}, ${state[nameAt]}`
    const noun = plural.select(count) === 'one' ? pairings.pairingsOne : pairings.pairingsOther
    const size = document.createElement('span')
    size.className = 'text-muted'
    size.textContent = ` (${count} ${noun})`
    item.append(link, size)
    return item
  }

  // Answers come back in order of asking; a slow first load must not overwrite a later answer.
  let asked = 0
  const show = async () => {
    const typed = field.value.trim()
    const ticket = ++asked
    if (!typed) {
      results.replaceChildren()
      none.hidden = true
      status.textContent = ''
      return
    }
    let index: PlacesIndex
    try {
      index = await load()
    } catch {
      places = undefined
      if (ticket === asked) status.textContent = messages.failed
      return
    }
    if (ticket !== asked) return
    const query = parsePlaceQuery(typed, index.states)
    const found = matchingPlaces(query, index)
    const invitation = new URL(start.href)
    if (query.state) invitation.searchParams.set('state', query.state)
    else invitation.searchParams.delete('state')
    start.href = `${invitation.pathname}${invitation.search}`
    const shown = found.slice(0, MAX_PLACES_SHOWN)
    results.replaceChildren(...shown.map((place) => placeItem(index, place)))
    none.hidden = found.length > 0
    const counted = (plural.select(found.length) === 'one' ? messages.one : messages.other).replace('{count}', String(found.length))
    status.textContent =
      found.length === 0
        ? messages.none.replace('{place}', typed)
        : found.length > shown.length
          ? `${counted} ${messages.more.replace('{shown}', String(shown.length))}`
          : counted
  }

  root.hidden = false
  field.addEventListener('focus', () => void load().catch(() => (places = undefined)), {once: true})
  field.addEventListener('input', () => void show())
  // Find (or Enter) keeps the visitor here: the list below is the answer.
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void show()
  })
  if (field.value) void show()
}
