/** The dictionary of a language (its count words: `count-of.ts`; the browser's search strings alone: `search-translations.ts`). */
import {en, type Dictionary} from './en'
import {es} from './es'
import type {Locale} from './locales'

const DICTIONARIES: Record<Locale, Dictionary> = {en, es}

/** Every interface string in `locale`. */
export function translations(locale: Locale): Dictionary {
  return DICTIONARIES[locale]
}
