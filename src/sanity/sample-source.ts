/** The sample dataset shipped in `studio/seed/`, as a content source: the embedded default. */
import {readFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {isPathId} from '@onecop/content-model'
import type {ContentSource} from './content-source'
import {ContentSourceError} from './content-errors'
import {createDatasetSource} from './dataset-source'
import {resolveSampleAssets} from './sample-asset-documents'

/** The NDJSON file `sanity dataset import` reads, one document per line. */
export const SAMPLE_DATASET_PATH = fileURLToPath(new URL('../../studio/seed/production.ndjson', import.meta.url))

/**
 * The export a build without a Content Lake reads: `SAMPLE_DATASET` names another NDJSON file (a
 * `sanity dataset export`, or the bench's generated library), whose files sit beside it as they
 * do in `studio/seed/`; unset, the sample dataset.
 */
export function sampleDatasetPathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.SAMPLE_DATASET?.trim()
  return path ? resolve(path) : SAMPLE_DATASET_PATH
}

const loaded = new Map<string, Promise<unknown[]>>()

/**
 * The dataset at `path` as the Content Lake would hold it (assets as references plus asset
 * documents), read once per process: the content loaders and the asset integration share it.
 */
export function loadSampleDataset(path: string = SAMPLE_DATASET_PATH): Promise<unknown[]> {
  let documents = loaded.get(path)
  if (!documents) {
    documents = readDataset(path).then((docs) => resolveSampleAssets(docs, dirname(path)))
    // A failed read is not remembered: the next attempt reads the file again.
    documents.catch(() => loaded.delete(path))
    loaded.set(path, documents)
  }
  return documents
}

/** A content source over an NDJSON export. */
export function createSampleSource(path: string = SAMPLE_DATASET_PATH): ContentSource {
  // As the Content Lake answers a build, which reads without a token: no document whose id has a
  // path (the inquiries visitors sent are in the dataset, for the Studio, and never in a build).
  // The same array for every query, so the dataset source prepares it once (`dataset-source.ts`).
  let readable: Promise<unknown[]> | undefined
  const documents = () => {
    readable ??= loadSampleDataset(path).then((all) => all.filter((doc) => !isPathId((doc as {_id: string})._id)))
    readable.catch(() => (readable = undefined))
    return readable
  }
  return createDatasetSource(documents, `the sample dataset (${path})`)
}

/**
 * The asset documents of the sample dataset at `path` (`sanity.imageAsset`, `sanity.fileAsset`),
 * made as `loadSampleDataset` makes them, from only the lines that name a file: what copying the
 * files needs, without parsing a national library's every document a second time.
 */
export async function loadSampleAssetDocuments(path: string = SAMPLE_DATASET_PATH): Promise<{_id: string; _type: string; path?: string}[]> {
  const naming = await readDataset(path, (line) => line.includes('"_sanityAsset"'))
  const documents = await resolveSampleAssets(naming, dirname(path))
  return (documents as {_id: string; _type: string; path?: string}[]).filter((document) => document._type.startsWith('sanity.'))
}

/**
 * Parses the NDJSON file; keeps only published documents, as the `published` perspective does.
 * With `worthParsing`, parses only the lines it accepts (the others are still counted, so an error
 * names the right line).
 */
export async function readDataset(path: string, worthParsing: (line: string) => boolean = () => true): Promise<unknown[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ContentSourceError(`Could not read the sample dataset ${path}: ${(error as Error).message}`, {cause: error})
  }
  const documents: unknown[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim() || !worthParsing(line)) return
    let document: {_id?: unknown}
    try {
      document = JSON.parse(line)
    } catch (error) {
      throw new ContentSourceError(
        `The sample dataset ${path} is not valid NDJSON: line ${index + 1}: ${(error as Error).message}. Each line must be one JSON object.`,
        {cause: error},
      )
    }
    const id = typeof document._id === 'string' ? document._id : ''
    // groq-js knows no perspectives: drafts and release versions would show up as duplicates.
    if (id.startsWith('drafts.') || id.startsWith('versions.')) return
    documents.push(document)
  })
  return documents
}
