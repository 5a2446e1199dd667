/**
 * The strings of a language that the browser's search code uses (`en-search.ts`, `es-search.ts`),
 * apart from the site's whole dictionary (`translations.ts`), which a search script would
 * otherwise carry to the browser in full.
 */
import {enSearch, type SearchDictionary} from './en-search'
import {esSearch} from './es-search'
import type {Locale} from './locales'

const DICTIONARIES: Record<Locale, SearchDictionary> = {en: enSearch, es: esSearch}

/** The search strings in `locale`. */
export function searchTranslations(locale: Locale): SearchDictionary {
  return DICTIONARIES[locale]
}
