/** Runs the site's queries with groq-js over the sample dataset shipped in `studio/seed/`. */
import {readFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {evaluate, parse, type ExprNode} from 'groq-js'
import type {ContentSource, QueryParams} from './content-source'
import {ContentSourceError} from './content-errors'
import {resolveSampleAssets} from './sample-assets'

/** The NDJSON file `sanity dataset import` reads, one document per line. */
export const SAMPLE_DATASET_PATH = fileURLToPath(new URL('../../studio/seed/production.ndjson', import.meta.url))

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
  const description = `the sample dataset (${path})`

  return {
    description,
    async fetch(queryName: string, query: string, params: QueryParams = {}) {
      const dataset = await loadSampleDataset(path)
      try {
        const tree = parse(query, {params})
        assertParamsBound(tree, params)
        return await (await evaluate(tree, {dataset, params})).get()
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        throw new ContentSourceError(
          `Could not run the query "${queryName}" against ${description}: ${message}. Check the query in src/sanity/queries.ts.`,
          {cause: error},
        )
      }
    },
  }
}

/** Parses the NDJSON file; keeps only published documents, as the `published` perspective does. */
export async function readDataset(path: string): Promise<unknown[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ContentSourceError(`Could not read the sample dataset ${path}: ${(error as Error).message}`, {cause: error})
  }
  const documents: unknown[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
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

/** The Content Lake answers 400 to an unbound `$param`; groq-js would quietly use null. Fail alike. */
function assertParamsBound(tree: ExprNode, params: QueryParams): void {
  const missing = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (record.type === 'Parameter' && typeof record.name === 'string' && !(record.name in params)) {
      missing.add(record.name)
    }
    Object.values(record).forEach(visit)
  }
  visit(tree)
  if (missing.size > 0) {
    throw new Error(`param ${[...missing].map((name) => `$${name}`).join(', ')} referenced, but not provided`)
  }
}
