/** Formats a `YYYY-MM-DD` date for readers in `locale`, e.g. "November 25, 2026" or "25 de noviembre de 2026", without time-zone drift. */
import {DEFAULT_LOCALE, INTL_LOCALES, type Locale} from '../i18n/locales'

export function formatDate(isoDate: string, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${isoDate}T00:00:00Z`))
}
