/**
 * The site's collections: for each, the document type it shows and the one GROQ query (from
 * `queries.ts`) that fills it. The schema each entry must pass is joined on in
 * `collection-specs.ts`; the Sanity webhook reads the document types from here. Plain data with
 * explicit `.ts` imports, so Netlify Functions and Node scripts can load it as it is.
 */
import {PRIVATE_DOCUMENT_TYPES} from '@onecop/content-model'
import * as queries from './queries.ts'

/** One collection's source: the type it shows and the query (by export name) that reads it. */
export interface CollectionQuery {
  /** The `_type` of the documents the collection holds. */
  documentType: string
  /** The export name of the query in `queries.ts`, for messages. */
  queryName: keyof typeof queries
  query: string
  /** An empty result is an error: the site cannot stand without these. */
  required?: boolean
  /**
   * The query reads one language at a time (`$language`): the collection is loaded once per
   * language of `LANGUAGES`, and each edition reads its own. Others are loaded once, for both.
   */
  translated?: boolean
}

/** Collection name → its document type and query. */
export const collectionRegistry = {
  settings: {
    documentType: 'siteSettings',
    queryName: 'siteSettingsQuery',
    query: queries.siteSettingsQuery,
    required: true,
    translated: true,
  },
  objectives: {
    documentType: 'programObjective',
    queryName: 'objectivesQuery',
    query: queries.objectivesQuery,
    required: true,
    translated: true,
  },
  pillars: {documentType: 'pillar', queryName: 'pillarsQuery', query: queries.pillarsQuery, required: true, translated: true},
  activityTypes: {documentType: 'activityType', queryName: 'activityTypesQuery', query: queries.activityTypesQuery, translated: true},
  partners: {documentType: 'partner', queryName: 'partnersQuery', query: queries.partnersQuery},
  funders: {documentType: 'funder', queryName: 'fundersQuery', query: queries.fundersQuery},
  resources: {documentType: 'resource', queryName: 'resourcesQuery', query: queries.resourcesQuery},
  events: {documentType: 'event', queryName: 'eventsQuery', query: queries.eventsQuery, translated: true},
  partnerships: {documentType: 'partnership', queryName: 'partnershipsQuery', query: queries.partnershipsQuery},
  pages: {documentType: 'page', queryName: 'pagesQuery', query: queries.pagesQuery, translated: true},
} as const satisfies Record<string, CollectionQuery>

/** A collection's name. */
export type CollectionName = keyof typeof collectionRegistry

/**
 * Every document type the site shows, sorted: a change to any other type need not rebuild it (the
 * Sanity webhook's filter). A private type (`PRIVATE_DOCUMENT_TYPES`: inquiries) is never one.
 */
export function siteDocumentTypes(): string[] {
  const types = [...new Set(Object.values(collectionRegistry).map((collection) => collection.documentType))].sort()
  const exposed = types.filter((type) => (PRIVATE_DOCUMENT_TYPES as readonly string[]).includes(type))
  if (exposed.length > 0) throw new Error(`The site's collections show ${exposed.join(', ')}, which the content model marks private.`)
  return types
}
