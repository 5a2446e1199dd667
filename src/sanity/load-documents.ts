/** Fetches one collection's documents through a content source and validates every one of them. */
import type {z} from 'astro/zod'
import {DEFAULT_LANGUAGE, LANGUAGES, PRIVATE_DOCUMENT_TYPES, type Language} from '@onecop/content-model'
import type {ContentSource} from './content-source'
import {ContentSourceError, ContentValidationError, type DocumentProblem} from './content-errors'

/** One collection: the named query that fills it and the schema each document must pass. */
export interface CollectionSpec<Schema extends z.ZodType> {
  /** The collection's name in `content.config.ts`, for messages. */
  collection: string
  /** The export name of the query in `queries.ts`, for messages. */
  queryName: string
  query: string
  schema: Schema
  /** An empty result is an error: the site cannot stand without these. */
  required?: boolean
  /** The query reads one language at a time: pass `language`. */
  translated?: boolean
}

/** A query's GROQ parameters: `$language` for a translated collection's, none for the others. */
export function queryParams(spec: object, language: Language = DEFAULT_LANGUAGE): {language: Language} | undefined {
  return 'translated' in spec && spec.translated === true ? {language} : undefined
}

/**
 * Validated documents, or an error listing every document that failed and why. A translated
 * collection's query runs for `language` (its `$language` parameter); a problem in a translation's
 * text names the translation.
 */
export async function loadDocuments<Schema extends z.ZodType>(
  source: ContentSource,
  spec: CollectionSpec<Schema>,
  language: Language = DEFAULT_LANGUAGE,
): Promise<z.output<Schema>[]> {
  const result = await source.fetch(spec.queryName, spec.query, queryParams(spec, language))
  if (!Array.isArray(result)) {
    throw new ContentSourceError(
      `The query "${spec.queryName}" against ${source.description} returned ${result === null ? 'null' : typeof result}, not a list. Check the query in src/sanity/queries.ts.`,
    )
  }
  const privateDocument = firstPrivateDocument(result)
  if (privateDocument) {
    throw new ContentSourceError(
      `The query "${spec.queryName}" against ${source.description} returned a private ${privateDocument} document, which no page may show. Name the types it reads in every *[...] of the query in src/sanity/queries.ts.`,
    )
  }
  if (spec.required && result.length === 0) {
    throw new ContentSourceError(
      `The query "${spec.queryName}" against ${source.description} returned nothing, and the site cannot be built without its "${spec.collection}". Publish them (or import the sample dataset) and build again.`,
    )
  }

  const problems: DocumentProblem[] = []
  const documents: z.output<Schema>[] = []
  for (const raw of result) {
    const parsed = spec.schema.safeParse(raw, {error: describeIssue})
    if (parsed.success) {
      documents.push(parsed.data)
      continue
    }
    const {_type, _id, textId} = (raw ?? {}) as {_type?: unknown; _id?: unknown; textId?: unknown}
    const id = typeof _id === 'string' ? _id : '(no _id)'
    for (const issue of parsed.error.issues) {
      problems.push({
        type: typeof _type === 'string' ? _type : '(no _type)',
        id: typeof textId === 'string' && textId !== id ? `${textId} (the ${language} translation of ${id})` : id,
        field: formatPath(issue.path) || '(whole entry)',
        problem: issue.message,
      })
    }
  }
  problems.push(...findDuplicateSlugs(documents))
  if (problems.length > 0) throw new ContentValidationError([spec.collection], source.description, problems)
  return documents
}

/** The type of the first document of a private type anywhere in a query's result (`PRIVATE_DOCUMENT_TYPES`), if any. */
function firstPrivateDocument(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstPrivateDocument(item)
      if (found) return found
    }
    return undefined
  }
  if (!value || typeof value !== 'object') return undefined
  const type = (value as {_type?: unknown})._type
  if (typeof type === 'string' && (PRIVATE_DOCUMENT_TYPES as readonly string[]).includes(type)) return type
  for (const child of Object.values(value)) {
    const found = firstPrivateDocument(child)
    if (found) return found
  }
  return undefined
}

/** Messages for the common cases, worded for an editor; other issues keep Zod's message. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) {
    return 'is missing: fill it in and publish'
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `is ${JSON.stringify(issue.input)}, but must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}: pick one in the Studio`
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') {
    return `is ${JSON.stringify(issue.input)}, but must be a whole number: fix it in the Studio`
  }
  if (issue.code === 'invalid_type') {
    return `is ${JSON.stringify(issue.input)}, but must be ${KINDS[issue.expected] ?? issue.expected}: fix it in the Studio`
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    const limit = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`
    return `is ${JSON.stringify(issue.input)}, but must be ${limit}: fix it in the Studio`
  }
  return undefined
}

/** What a Zod type is, as an editor would say it. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
}

/** `pillars[1]`, `venue.city`: the field as an editor finds it in the Studio. */
function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`
    return text ? `${text}.${String(key)}` : String(key)
  }, '')
}

/** Two documents with one slug would publish to one address; the second would vanish. */
function findDuplicateSlugs(documents: unknown[]): DocumentProblem[] {
  const owners = new Map<string, {_type: string; _id: string}>()
  const problems: DocumentProblem[] = []
  for (const document of documents as {_type: string; _id: string; slug?: unknown}[]) {
    if (typeof document.slug !== 'string') continue
    const owner = owners.get(document.slug)
    if (owner) {
      problems.push({
        type: document._type,
        id: document._id,
        field: 'slug',
        problem: `"${document.slug}" is already used by ${owner._type} ${owner._id}: give one of them another slug`,
      })
    } else {
      owners.set(document.slug, document)
    }
  }
  return problems
}

/** Every collection of the site: its query and schema, by collection name. */
export type CollectionSpecs = Record<string, Omit<CollectionSpec<z.ZodType<{_id: string}>>, 'collection'>>

/** A collection's entries for each language; an untranslated collection has one list for all. */
export type EntriesByLanguage<Entry = {_id: string}> = Record<Language, Entry[]>

/** One translated collection's entries in every language, or an untranslated one's, once. */
async function loadInEveryLanguage(source: ContentSource, spec: CollectionSpec<z.ZodType<{_id: string}>>): Promise<EntriesByLanguage> {
  if (!spec.translated) {
    const entries = await loadDocuments(source, spec)
    return Object.fromEntries(LANGUAGES.map((language) => [language, entries])) as EntriesByLanguage
  }
  const settled = await Promise.allSettled(LANGUAGES.map((language) => loadDocuments(source, spec, language)))
  const failures = settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []))
  const sourceFailure = failures.find((failure) => !(failure instanceof ContentValidationError))
  if (sourceFailure) throw sourceFailure
  if (failures.length > 0) {
    // An English document's problem shows in every language: say it once.
    const problems = (failures as ContentValidationError[]).flatMap((failure) => failure.problems)
    const unique = [...new Map(problems.map((problem) => [JSON.stringify(problem), problem])).values()]
    throw new ContentValidationError([spec.collection], source.description, unique)
  }
  return Object.fromEntries(
    LANGUAGES.map((language, i) => [language, (settled[i] as PromiseFulfilledResult<{_id: string}[]>).value]),
  ) as EntriesByLanguage
}

/**
 * Loads every collection at once, one query each (per language, for translated ones). When any
 * fails, throws one error that covers them all: every invalid entry of every collection, so a
 * build log shows the whole list at once rather than one collection per attempt.
 */
export async function loadAllCollections(source: ContentSource, specs: CollectionSpecs): Promise<Record<string, EntriesByLanguage>> {
  const names = Object.keys(specs)
  const settled = await Promise.allSettled(names.map((collection) => loadInEveryLanguage(source, {...specs[collection], collection})))
  const failures = settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []))
  // A source that cannot answer makes every other problem moot: report that first.
  const sourceFailure = failures.find((failure) => !(failure instanceof ContentValidationError))
  if (sourceFailure) throw sourceFailure
  if (failures.length > 0) {
    const invalid = failures as ContentValidationError[]
    const collections = names.filter((_, i) => settled[i].status === 'rejected')
    throw new ContentValidationError(
      collections,
      source.description,
      invalid.flatMap((failure) => failure.problems),
    )
  }
  return Object.fromEntries(names.map((name, i) => [name, (settled[i] as PromiseFulfilledResult<EntriesByLanguage>).value]))
}
