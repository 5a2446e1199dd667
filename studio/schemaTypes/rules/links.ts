import type {UrlRule} from 'sanity'

/** The only link schemes the site will publish: no `javascript:`, `data:` or other surprises. */
export const LINK_SCHEMES = ['https', 'http', 'mailto']

/** A link field's rule: a full address with an allowed scheme. */
export function linkRule(rule: UrlRule): UrlRule {
  return rule.uri({scheme: LINK_SCHEMES}).error('Use a full address starting with https://, http:// or mailto:')
}
