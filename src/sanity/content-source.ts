/**
 * The one door content comes through. A source runs the GROQ queries of `queries.ts` and
 * returns their results; `source-from-env.ts` picks which one, from the environment.
 */

/** GROQ parameters: values the query refers to as `$name`. */
export type QueryParams = Record<string, unknown>

/** Anything that can answer the site's GROQ queries. */
export interface ContentSource {
  /** Where content comes from, for error messages, e.g. `the Sanity Content Lake (host ..., dataset ...)`. */
  readonly description: string
  /** Runs one named query and returns its result, or throws a `ContentSourceError`. */
  fetch(queryName: string, query: string, params?: QueryParams): Promise<unknown>
}
