/** Runs the site's queries with groq-js over documents held in memory, as the Content Lake would. */
import {evaluate, parse, type ExprNode} from 'groq-js'
import type {ContentSource, QueryParams} from './content-source'
import {ContentSourceError} from './content-errors'
import {byId, documentsReadBy} from './query-reach'

type Doc = Record<string, unknown>

/**
 * What groq-js needs to answer quickly over one dataset, worked out once however many queries run
 * over it: its documents by id (a dereference is a lookup, where groq-js alone reads the dataset
 * through), and, by query, the documents the query can read (`query-reach.ts`).
 */
const prepared = new WeakMap<unknown[], {find: (id: string) => Doc | undefined; readBy: Map<string, Doc[]>}>()

function preparedFor(dataset: unknown[]) {
  let ready = prepared.get(dataset)
  if (!ready) {
    const documents = byId(dataset as Doc[])
    ready = {find: (id) => documents.get(id), readBy: new Map()}
    prepared.set(dataset, ready)
  }
  return ready
}

/**
 * A content source over a dataset's published documents (assets as asset documents). `documents`
 * is asked on every query, so a source over a file can read it lazily and once. A changed dataset
 * must come as a new array: what a query can read is worked out once per array.
 */
export function createDatasetSource(documents: () => Promise<unknown[]> | unknown[], description: string): ContentSource {
  return {
    description,
    async fetch(queryName: string, query: string, params: QueryParams = {}) {
      const dataset = await documents()
      try {
        const tree = parse(query, {params})
        assertParamsBound(tree, params)
        const {find, readBy} = preparedFor(dataset)
        let read = readBy.get(query)
        if (!read) {
          read = documentsReadBy(query)(dataset as Doc[], find)
          readBy.set(query, read)
        }
        const dereference = ({_ref}: {_ref: string}) => find(_ref) ?? null
        return await (await evaluate(tree, {dataset: read, params, dereference})).get()
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
