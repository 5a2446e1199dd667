/** The sample dataset as documents, read the way the site reads it, for tests that need the raw data. */
import {readDataset, SAMPLE_DATASET_PATH} from '../../src/sanity/sample-source'

/** Every published document of `studio/seed/production.ndjson`. */
export function sampleDocuments(): Promise<Record<string, any>[]> {
  return readDataset(SAMPLE_DATASET_PATH) as Promise<Record<string, any>[]>
}
