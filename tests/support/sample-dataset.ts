/** The sample dataset, read the way the site reads it, for tests that need the documents themselves. */
import {DEFAULT_LANGUAGE, TRANSLATED_TYPES} from '@onecop/content-model'
import {loadSampleDataset, readDataset, SAMPLE_DATASET_PATH} from '../../src/sanity/sample-source'

/** The NDJSON file's published documents as written, with export-style `_sanityAsset` fields. */
export function rawSampleDocuments(): Promise<Record<string, any>[]> {
  return readDataset(SAMPLE_DATASET_PATH) as Promise<Record<string, any>[]>
}

/**
 * The sample dataset as the Content Lake would hold it after import (assets as references plus
 * asset documents), as the site loads it; a fresh copy each call, so a test may change it.
 */
export async function sampleDocuments(): Promise<Record<string, any>[]> {
  return structuredClone(await loadSampleDataset(SAMPLE_DATASET_PATH)) as Record<string, any>[]
}

/**
 * Whether a document is an original rather than a translation: documents of types translated as
 * whole documents in another language are their originals' pages in another edition.
 */
export const isOriginal = (doc: Record<string, any>): boolean =>
  !(TRANSLATED_TYPES as readonly string[]).includes(doc._type) || (doc.language ?? DEFAULT_LANGUAGE) === DEFAULT_LANGUAGE
