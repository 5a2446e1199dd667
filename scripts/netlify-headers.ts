/**
 * The `[[headers]]` rules of netlify.toml, read with a TOML parser and applied the way Netlify
 * does: every rule whose path pattern matches adds its headers, later rules overriding earlier
 * ones for the same header.
 */
import {readFileSync} from 'node:fs'
import {parse} from 'smol-toml'

interface HeaderRule {
  for: string
  values: Record<string, string>
}

/** The header rules of a netlify.toml file, in file order. */
export function readHeaderRules(tomlPath: string): HeaderRule[] {
  const config = parse(readFileSync(tomlPath, 'utf8')) as {headers?: HeaderRule[]}
  return config.headers ?? []
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
