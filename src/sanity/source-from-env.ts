/** Picks the content source from the environment: never the caller's choice, always the same rule. */
import type {ContentSource} from './content-source'
import {lakeConfigFromEnv} from './environment'
import {createLakeSource} from './lake-source'
import {createSampleSource, sampleDatasetPathFromEnv} from './sample-source'

/** The Content Lake when `SANITY_PROJECT_ID` is set, otherwise the sample dataset (`studio/seed/`, or `SAMPLE_DATASET`). */
export function contentSourceFromEnv(env: NodeJS.ProcessEnv = process.env): ContentSource {
  const lake = lakeConfigFromEnv(env)
  return lake ? createLakeSource(lake) : createSampleSource(sampleDatasetPathFromEnv(env))
}

/** True when the build reads the sample dataset, so pages can say their content is a sample. */
export function usesSampleDataset(env: NodeJS.ProcessEnv = process.env): boolean {
  return lakeConfigFromEnv(env) === undefined
}
