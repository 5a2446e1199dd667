/**
 * Keeps a reader in their language: on a page of the Spanish edition, links and form targets to
 * the site's own pages point at their Spanish addresses (`/resources/` → `/es/resources/`),
 * whether a component, a page or an editor's rich text wrote them. Shared files stay where they
 * are (see `localizedPath`), and a link that names its language (`hreflang`, as the language
 * switcher does) is left as written.
 */
import {DEFAULT_LOCALE, localizedPath, type Locale} from './locales'

/** The page's HTML with its own links in `locale`. */
export function linksInLocale(html: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return html
  return html.replace(/<(a|link|form)\b[^>]*>/g, (tag) => {
    if (/\shreflang=/.test(tag)) return tag
    return tag.replace(
      /(\s(?:href|action)=")(\/[^"]*)"/,
      (_, attribute: string, path: string) => `${attribute}${localizedPath(path, locale)}"`,
    )
  })
}
