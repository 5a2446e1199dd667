/** Formats a `YYYY-MM-DD` date for readers in `locale`, e.g. "November 25, 2026" or "25 de noviembre de 2026", without time-zone drift. */
import {DEFAULT_LOCALE, INTL_LOCALES, type Locale} from '../i18n/locales'

/**
 * One formatter per language, made once: creating an `Intl.DateTimeFormat` costs far more than
 * formatting with it, and a build of a large library formats dates on tens of thousands of pages.
 */
const formatters = new Map<Locale, Intl.DateTimeFormat>()

export function formatDate(isoDate: string, locale: Locale = DEFAULT_LOCALE): string {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[locale], {dateStyle: 'long', timeZone: 'UTC'})
    formatters.set(locale, formatter)
  }
  return formatter.format(new Date(`${isoDate}T00:00:00Z`))
}
