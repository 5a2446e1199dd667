/**
 * The headers and redirects Netlify applies to a deploy, read the way Netlify Build resolves them:
 * netlify.toml's `[[headers]]` and `[[redirects]]` in file order, then those a framework adapter
 * declared through Netlify's frameworks API (`.netlify/v1/config.json`, written by
 * `@astrojs/netlify` in Content Lake builds; its forced `redirects!` come first), a rule that
 * repeats a later one dropped. (The site writes no `_headers` or `_redirects` file; Netlify
 * would add those first.) Applied as Netlify does: every header rule whose path pattern matches
 * adds its headers, later rules overriding earlier ones for the same header; an address without a
 * file gets the page of the first `status = 404` rule that matches it.
 * `tests/process/netlify-build.test.ts` checks that these equal, rule by rule, what Netlify's own
 * build resolves.
 */
import {existsSync, readFileSync} from 'node:fs'
import {extname, join} from 'node:path'
import {parse} from 'smol-toml'

export interface HeaderRule {
  for: string
  values: Record<string, string>
}

/** A redirect rule; one with `status = 404` answers with a page and that status, as the Spanish 404 does. */
export interface RedirectRule {
  from: string
  to: string
  status?: number
}

/** What Netlify applies to a deploy of the site in `root`. */
export interface NetlifyRules {
  headers: HeaderRule[]
  redirects: RedirectRule[]
}

/** The frameworks API's file, relative to the site's root. */
const FRAMEWORKS_CONFIG = '.netlify/v1/config.json'

/** The header and redirect rules for the site in `root`: netlify.toml's, then the framework's. */
export function readNetlifyRules(root: string): NetlifyRules {
  const toml = parse(readFileSync(join(root, 'netlify.toml'), 'utf8')) as Partial<NetlifyRules>
  const frameworks = existsSync(join(root, FRAMEWORKS_CONFIG))
    ? (JSON.parse(readFileSync(join(root, FRAMEWORKS_CONFIG), 'utf8')) as Partial<NetlifyRules> & {'redirects!'?: RedirectRule[]})
    : {}
  return {
    headers: withoutEarlierRepeats([...(toml.headers ?? []), ...(frameworks.headers ?? [])], (rule) => [
      rule.for,
      Object.entries(rule.values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ]),
    redirects: withoutEarlierRepeats(
      [...(frameworks['redirects!'] ?? []), ...(toml.redirects ?? []), ...(frameworks.redirects ?? [])],
      (rule) => [rule.from, rule.to, rule.status],
    ),
  }
}

/** Rules in order, each that is repeated later left out (Netlify keeps the last of equal rules). */
function withoutEarlierRepeats<Rule>(rules: Rule[], key: (rule: Rule) => unknown): Rule[] {
  const keys = rules.map((rule) => JSON.stringify(key(rule)))
  return rules.filter((_, index) => !keys.includes(keys[index], index + 1))
}

/** The 404 page Netlify would answer `path` with: the first `status = 404` rule whose `from` matches, else `/404.html`. */
export function notFoundPageFor(path: string, redirects: RedirectRule[]): string {
  const rule = redirects.find((candidate) => candidate.status === 404 && matchesPathPattern(path, candidate.from))
  return rule?.to ?? '/404.html'
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** The `content-type` Netlify sends for a file of the built site. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
}

/** Whether Netlify compresses a file of this type: text, not images, PDFs or Pagefind's binary chunks. */
export function isCompressible(contentType: string): boolean {
  return /^text\/|^application\/(json|xml)|^image\/svg/.test(contentType)
}

/** Whether `path` matches a Netlify path pattern such as `/_astro/*` (`*` stands for any rest). */
export function matchesPathPattern(path: string, pattern: string): boolean {
  const expression = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${expression}$`).test(path)
}

/** The headers Netlify would send for `path`. */
export function headersFor(path: string, rules: HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules) if (matchesPathPattern(path, rule.for)) Object.assign(headers, rule.values)
  return headers
}
