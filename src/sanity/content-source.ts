/**
 * The one door content comes through. A source runs the GROQ queries of `queries.ts` and
 * returns their results; which source depends on the environment, never on the caller.
 */
import {createLakeSource, lakeConfigFromEnv} from './lake-source'
import {createSampleSource} from './sample-source'

/** GROQ parameters: values the query refers to as `$name`. */
export type QueryParams = Record<string, unknown>

/** Anything that can answer the site's GROQ queries. */
export interface ContentSource {
  /** Where content comes from, for error messages, e.g. `the Sanity Content Lake (host ..., dataset ...)`. */
  readonly description: string
  /** Runs one named query and returns its result, or throws a `ContentSourceError`. */
  fetch(queryName: string, query: string, params?: QueryParams): Promise<unknown>
}

/** The Content Lake when `SANITY_PROJECT_ID` is set, otherwise the sample dataset in `studio/seed/`. */
export function contentSourceFromEnv(env: NodeJS.ProcessEnv = process.env): ContentSource {
  const lake = lakeConfigFromEnv(env)
  return lake ? createLakeSource(lake) : createSampleSource()
}

/** True when the build reads the sample dataset, so pages can say their content is a sample. */
export function usesSampleDataset(env: NodeJS.ProcessEnv = process.env): boolean {
  return lakeConfigFromEnv(env) === undefined
}
