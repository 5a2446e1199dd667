/**
 * What a site query can read of a dataset, and a content source that builds on it to answer the
 * parity test's thousands of queries, each over the sample with one document changed, with only
 * the work that change calls for.
 *
 * A query reads the dataset two ways (`query-scans.ts`; in groq-js, `*` and `->` are the only
 * readers): a scan reads the documents its filter matches, and a dereference the document a
 * reference names. So a query whose scans are all pinned to types reads only documents of those
 * types and the documents they reference, directly or through others: its reach.
 */
import {parse} from 'groq-js'
import type {ContentSource, QueryParams} from '../../src/sanity/content-source'
import {createDatasetSource} from '../../src/sanity/dataset-source'
import {byId, documentsReadBy, reach, type FindDocument as Find} from '../../src/sanity/query-reach'
import {datasetScans} from '../../src/sanity/query-scans'

type Doc = Record<string, any>
type Node = Record<string, any>

/**
 * For a dataset, a content source over it with one document, `changed`, in place of its version.
 * A query gets the answer groq-js gives over the whole changed dataset. Most queries are one scan
 * of a type with a row made of each document it matches (`rowPerDocument`): there, when no document
 * of the type can reach another, each row depends only on its document's reach, so the answer is
 * the rows of the dataset's documents, in order, each run over its own reach, remembered for the
 * unchanged ones. Any other query runs over its reach in the changed dataset.
 */
export function oneChangeSource(dataset: Doc[], description: string): (changed: Doc) => ContentSource {
  const originals = byId(dataset)
  const original = (id: string) => originals.get(id)
  const originalsReadNoOther = new Map<string, boolean>()
  /** Rows of unchanged documents, by query, then parameters and document. */
  const rowsOfOriginals = new Map<string, Map<string, Promise<unknown[]>>>()
  const rowsOf = (document: Doc, find: Find, queryName: string, query: string, params?: QueryParams) => {
    const read = [...reach([document], find)]
    return createDatasetSource(() => read, description).fetch(queryName, query, params) as Promise<unknown[]>
  }
  const rowsOfOriginal = (document: Doc, queryName: string, query: string, params?: QueryParams) => {
    if (!rowsOfOriginals.has(query)) rowsOfOriginals.set(query, new Map())
    const rows = rowsOfOriginals.get(query)!
    const key = `${JSON.stringify(params ?? null)} ${document._id}`
    if (!rows.has(key)) rows.set(key, rowsOf(document, original, queryName, query, params))
    return rows.get(key)!
  }
  return (changed) => {
    const find: Find = (id) => (id === changed._id ? changed : originals.get(id))
    const documents = () => dataset.map((doc) => (doc._id === changed._id ? changed : doc))
    let changedReadsNoOther: boolean | undefined
    const rowByRow = (type: string | undefined): type is string => {
      if (type === undefined || type !== changed._type) return false
      if (!originalsReadNoOther.has(type)) originalsReadNoOther.set(type, readsNoOther(type, dataset, original))
      changedReadsNoOther ??= readsNoOther(type, [changed], find)
      return originalsReadNoOther.get(type)! && changedReadsNoOther
    }
    return {
      description,
      async fetch(queryName, query, params) {
        const type = rowPerDocument(query)
        if (!rowByRow(type))
          return createDatasetSource(() => documentsReadBy(query)(documents()), description).fetch(queryName, query, params)
        const rows = documents()
          .filter((doc) => doc._type === type)
          .map((doc) => (doc === changed ? rowsOf(changed, find, queryName, query, params) : rowsOfOriginal(doc, queryName, query, params)))
        return (await Promise.all(rows)).flat()
      },
    }
  }
}

/**
 * The type whose documents the query lists a row for each of, when it is `*[_type == "x" && ...]`
 * with projections and nothing else: its one scan, at the top, pinned to that type alone; no order,
 * slice, index or other scan that would make a row depend on another document.
 */
function rowPerDocument(query: string): string | undefined {
  if (!rowTypes.has(query)) rowTypes.set(query, rowPerDocumentOf(query))
  return rowTypes.get(query)
}

const rowTypes = new Map<string, string | undefined>()

function rowPerDocumentOf(query: string): string | undefined {
  const scans = datasetScans(query)
  if (scans.length !== 1 || scans[0].pinned?.length !== 1) return undefined
  const tree = parse(query, {params: {}}) as Node
  const scan = tree.type === 'Map' && isProjectionOfEach(tree.expr) ? tree.base : tree
  return scan.type === 'Filter' && scan.base.type === 'Everything' ? scans[0].pinned[0] : undefined
}

/** Whether a map's expression is projections of each item (`{...} {...}`), one object per item. */
function isProjectionOfEach(expr: Node): boolean {
  if (expr.type === 'This') return true
  return expr.type === 'Projection' && isProjectionOfEach(expr.base)
}

/** Whether none of `documents` of `type` can reach another document of that type. */
function readsNoOther(type: string, documents: Doc[], find: Find): boolean {
  return documents
    .filter((doc) => doc._type === type)
    .every((doc) => [...reach([doc], find)].every((read) => read === doc || read._type !== type))
}
