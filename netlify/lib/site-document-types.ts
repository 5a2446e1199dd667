/**
 * The document types the site shows, read from its own queries: each query in
 * `src/sanity/queries.ts` starts with `*[_type == "<type>"`. A change to any other type
 * (a draft-only helper, a type the site never reads) need not rebuild the site.
 */
import * as queries from '../../src/sanity/queries.ts'

/** Every `_type` the site's queries read, sorted. */
export function siteDocumentTypes(): string[] {
  const types = new Set<string>()
  for (const [name, query] of Object.entries(queries)) {
    const match = /^\*\[_type == "([A-Za-z][\w.]*)"/.exec(query)
    if (!match) throw new Error(`The query ${name} does not start with *[_type == "..."]: the webhook cannot tell which type it reads.`)
    types.add(match[1])
  }
  return [...types].sort()
}
