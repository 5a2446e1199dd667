/**
 * Which documents a GROQ query can reach. A query reads the dataset two ways: a scan (`*[...]`)
 * reads the documents its filter matches, and a dereference (`->`) reads the document a reference
 * names. A scan whose filter says `_type == "x"` (or `_type in [...]`) in its top-level `&&` chain
 * is pinned to those types. The privacy test holds every site query to pinned scans of public
 * types; the embedded source (`dataset-source.ts`, through `query-reach.ts`) and the parity test
 * use the same reading to run each query over only what it can reach.
 */
import {parse} from 'groq-js'

/** A node of groq-js's syntax tree, read loosely: the walk checks each field it uses. */
type Node = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** One `*[...]` of a query: the types its filter pins `_type` to, or undefined when it does not. */
export interface DatasetScan {
  pinned?: string[]
}

/** The types a filter's top-level `&&` chain pins `_type` to, or undefined when it does not. */
function pinnedTypes(expr: Node | undefined): string[] | undefined {
  if (!expr) return undefined
  if (expr.type === 'And') return pinnedTypes(expr.left) ?? pinnedTypes(expr.right)
  const onType = expr.type === 'OpCall' && expr.left?.type === 'AccessAttribute' && expr.left.name === '_type' && !expr.left.base
  if (onType && expr.op === '==' && expr.right.type === 'Value') return [expr.right.value]
  if (
    onType &&
    expr.op === 'in' &&
    expr.right.type === 'Array' &&
    expr.right.elements.every((element: Node) => element.value.type === 'Value')
  )
    return expr.right.elements.map((element: Node) => element.value.value)
  return undefined
}

/** Every dataset scan of `query`, in order (a bare `*` is a scan pinned to nothing). */
export function datasetScans(query: string): DatasetScan[] {
  const found: DatasetScan[] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const record = node as Node
    if (record.type === 'Everything') found.push({pinned: undefined})
    if (record.type === 'Filter' && record.base?.type === 'Everything') {
      found.push({pinned: pinnedTypes(record.expr)})
      return visit(record.expr)
    }
    Object.values(record).forEach(visit)
  }
  visit(parse(query, {params: {}}))
  return found
}
