/**
 * The site's languages and their addresses: English at `/` (the addresses it always had),
 * Spanish under `/es/`. Pure functions, so pages, the browser code and the tests agree on them.
 */

export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/** The tags `Intl` formats dates, times and numbers with: United States English and Spanish. */
export const INTL_LOCALES: Record<Locale, string> = {en: 'en-US', es: 'es-US'}

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)

/** `value` (an `<html lang>`, say) as one of the site's languages; English for anything else. */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/** The language of a public address: `/es/...` is Spanish, everything else English. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? ''
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE
}

/** The address without its language prefix: `/es/resources/` → `/resources/`. */
export function unlocalizedPath(pathname: string): string {
  const locale = localeOfPath(pathname)
  return locale === DEFAULT_LOCALE ? pathname : pathname.slice(locale.length + 1) || '/'
}

/** Addresses that are the same in every language: built assets, the search index, files, functions, previews. */
const SHARED = /^\/(?:_astro|pagefind|sample-assets|api|preview)\//

/** Files that exist per language: calendars and feeds. Any other file (`/favicon.svg`) is shared. */
const PER_LANGUAGE_FILE = /(?:\.ics|\/rss\.xml)$/

/**
 * `path` (an English address, or any address) in `locale`: `/resources/` → `/es/resources/`.
 * Shared addresses, other hosts and `mailto:` stay as they are.
 */
export function localizedPath(path: string, locale: Locale): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path
  const pathname = path.split(/[?#]/)[0]
  if (SHARED.test(pathname) || (/\.[a-z0-9]+$/i.test(pathname) && !PER_LANGUAGE_FILE.test(pathname))) return path
  const bare = unlocalizedPath(path)
  return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare}`
}
