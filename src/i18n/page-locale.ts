/**
 * The language of the page being rendered, from its public address (previews included). Every
 * interface string on the page is in this language, even where the content is not translated yet.
 */
import {publicPathname} from '../lib/preview-content'
import {localeOfPath, type Locale} from './locales'

export function pageLocale(url: URL): Locale {
  return localeOfPath(publicPathname(url.pathname))
}
