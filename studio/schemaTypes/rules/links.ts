import type {UrlRule} from 'sanity'

/** The only link schemes the site will publish: no `javascript:`, `data:` or other surprises. */
export const LINK_SCHEMES = ['https', 'http', 'mailto']

/** True for a full `https:`, `http:` (with a host) or `mailto:` address. */
export function isAllowedLink(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  const scheme = url.protocol.slice(0, -1)
  return LINK_SCHEMES.includes(scheme) && (scheme === 'mailto' || url.hostname.length > 0)
}

/**
 * A link field's rule: a full address with an allowed scheme. `uri()` replaces the url type's
 * own scheme list (which lacks mailto:); the custom check adds a message in plain words, since
 * `.error(message)` would replace every other message on the field.
 */
export function linkRule(rule: UrlRule): UrlRule {
  return rule.uri({scheme: LINK_SCHEMES}).custom((value: string | undefined) =>
    value === undefined || isAllowedLink(value) ? true : 'Use a full address starting with https://, http:// or mailto:',
  )
}
