/**
 * The `[[headers]]` rules of netlify.toml, read with a TOML parser and applied the way Netlify
 * does: every rule whose path pattern matches adds its headers, later rules overriding earlier
 * ones for the same header. Also its 404 rules (`[[redirects]]` with `status = 404`).
 */
import {readFileSync} from 'node:fs'
import {extname} from 'node:path'
import {parse} from 'smol-toml'

interface HeaderRule {
  for: string
  values: Record<string, string>
}

/** A `[[redirects]]` rule that answers with a page and a status, as the Spanish 404 does. */
interface RedirectRule {
  from: string
  to: string
  status?: number
}

/** The 404 page Netlify would answer `path` with: the first `status = 404` rule whose `from` matches, else `/404.html`. */
export function notFoundPageFor(path: string, tomlPath: string): string {
  const config = parse(readFileSync(tomlPath, 'utf8')) as {redirects?: RedirectRule[]}
  const rule = (config.redirects ?? []).find((candidate) => candidate.status === 404 && path.startsWith(candidate.from.replace(/\*$/, '')))
  return rule?.to ?? '/404.html'
}

/** The header rules of a netlify.toml file, in file order. */
export function readHeaderRules(tomlPath: string): HeaderRule[] {
  const config = parse(readFileSync(tomlPath, 'utf8')) as {headers?: HeaderRule[]}
  return config.headers ?? []
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

/** The headers Netlify would send for `path`. */
export function headersFor(path: string, rules: HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules) {
    const pattern = new RegExp(
      `^${rule.for
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    )
    if (pattern.test(path)) Object.assign(headers, rule.values)
  }
  return headers
}
