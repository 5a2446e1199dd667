/**
 * The two ways a build can refuse its content. Both carry a message written for the person
 * reading the build log: what failed, where, and what to do about it.
 */

/** The source could not answer a query: unreachable, refused, broken reply or bad query. */
export class ContentSourceError extends Error {
  override name = 'ContentSourceError'
}

/** One problem in one document, in the `_type _id: field: problem` form the build log prints. */
export interface DocumentProblem {
  type: string
  id: string
  field: string
  problem: string
}

/**
 * Documents that a query returned but the site cannot trust. Lists every problem, not the first.
 * Messages avoid the words "document" and "window": Astro would add a misleading hint about
 * browser APIs to any error that contains them.
 */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError'
  readonly problems: DocumentProblem[]

  constructor(collections: string[], sourceDescription: string, problems: DocumentProblem[]) {
    const entries = new Set(problems.map((p) => `${p.type} ${p.id}`)).size
    const lines = problems.map((p) => `  ${p.type} ${p.id}: ${p.field}: ${p.problem}`)
    const named = collections.map((name) => `"${name}"`)
    const where = named.length === 1 ? `the ${named[0]} collection` : `the ${named.slice(0, -1).join(', ')} and ${named.at(-1)} collections`
    super(
      [
        `${entries} ${entries === 1 ? 'entry' : 'entries'} in ${where} from ${sourceDescription} cannot be published (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
        ...lines,
        'Fix them in Sanity Studio (or in the sample dataset) and build again. Nothing was published.',
      ].join('\n'),
    )
    this.problems = problems
  }
}
