/**
 * The language of the page being rendered, from its public address (previews included), and
 * the language its main content is written in: the same, or English on a Spanish page whose
 * content is not translated yet (the layout decides, before the content renders).
 */
import {publicPathname} from '../lib/preview-content'
import {localeOfPath, type Locale} from './locales'

export function pageLocale(url: URL): Locale {
  return localeOfPath(publicPathname(url.pathname))
}

/** For components inside a page's main content: the language to write in. */
export function textLocale(astro: {url: URL; locals: App.Locals}): Locale {
  return astro.locals.textLocale ?? pageLocale(astro.url)
}
