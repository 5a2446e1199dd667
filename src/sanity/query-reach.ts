/**
 * What a GROQ query can read of a dataset: the documents its scans are pinned to (`query-scans.ts`)
 * and every document those reference, directly or through others. A query with a scan pinned to
 * no type can read anything. groq-js (the embedded source) reads a dataset with a scan (`*`) and
 * dereferences (`->`) and has no index, so a correlated scan (`*[... && references(^._id)]` for
 * each document) costs the whole dataset each time: run over its reach instead, a query gives the
 * same answer for a fraction of the work. The parity test's stand-in builds on the same reading.
 */
import {datasetScans} from './query-scans'

type Doc = Record<string, unknown>

/** A dataset's document by id. */
export type FindDocument = (id: string) => Doc | undefined

/** The ids of every reference a document holds, at any depth (to assets too). */
function referencedIds(value: unknown, ids: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => referencedIds(item, ids))
  else if (value && typeof value === 'object') {
    const ref = (value as {_ref?: unknown})._ref
    if (typeof ref === 'string') ids.push(ref)
    Object.values(value).forEach((item) => referencedIds(item, ids))
  }
  return ids
}

/** The documents `from` are and reference, directly or through others. */
export function reach(from: Doc[], find: FindDocument): Set<Doc> {
  const read = new Set<Doc>()
  const visit = (doc: Doc | undefined) => {
    if (!doc || read.has(doc)) return
    read.add(doc)
    for (const id of referencedIds(doc)) visit(find(id))
  }
  from.forEach(visit)
  return read
}

/** A dataset's documents by id. */
export const byId = <D extends Doc>(documents: D[]): Map<string, D> => new Map(documents.map((doc) => [doc._id as string, doc]))

/**
 * For `query`, a function that keeps, in their order, the documents of a dataset it can read
 * (`find` looks documents up by id in that dataset). A query with a scan pinned to no type keeps
 * them all.
 */
export function documentsReadBy(query: string): <D extends Doc>(dataset: D[], find?: FindDocument) => D[] {
  const scans = datasetScans(query)
  if (scans.some((scan) => !scan.pinned)) return (dataset) => dataset
  const types = new Set(scans.flatMap((scan) => scan.pinned!))
  return (dataset, find) => {
    const lookup =
      find ??
      (
        (known) => (id: string) =>
          known.get(id)
      )(byId(dataset))
    const read = reach(
      dataset.filter((doc) => types.has(doc._type as string)),
      lookup,
    )
    // In the dataset's order: a scan lists what it matches in that order, and `[0]` takes the first.
    return dataset.filter((doc) => read.has(doc))
  }
}
