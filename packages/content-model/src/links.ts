import type {Check} from './problem.ts'

/** The only link schemes the site will publish: no `javascript:`, `data:` or other surprises. */
export const LINK_SCHEMES = ['https', 'http', 'mailto'] as const

/** True for a full `https:` or `http:` address with a host, or a `mailto:` address. */
export function isAllowedLink(value: string): boolean {
  if (value !== value.trim()) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  const scheme = url.protocol.slice(0, -1)
  if (scheme === 'mailto') return url.pathname.length > 0
  return (scheme === 'https' || scheme === 'http') && url.hostname.length > 0 && /^https?:\/\//i.test(value)
}

export const linkProblem: Check<string> = (value) =>
  typeof value === 'string' && !isAllowedLink(value)
    ? 'is not a full address: use one starting with https://, http:// or mailto:'
    : undefined
