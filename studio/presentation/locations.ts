/**
 * Presentation's document locations: for each document, the site's pages that show it, opened as
 * previews of the draft (`/preview/<address>`). The addresses come from the content model
 * (`pagesShowing`), so the Studio and the site agree on where a document appears.
 */
import {DOCUMENT_TYPES_WITH_PAGES, pagesShowing, type AddressFields} from '@onecop/content-model'
import {map} from 'rxjs'
import type {DocumentLocation, DocumentLocationResolver} from 'sanity/presentation'

/** Where previews live on the site. */
export const PREVIEW_PREFIX = '/preview'

/** A title as text: an event's is translated in place, so its English version. */
const englishTitle = `"title": coalesce(title[language == "en"][0].value, title)`

/**
 * The fields a document's addresses are made from; for an activity type, the events of that
 * kind, whose pages name it (a translation's events are its original's); for a translation, its
 * language, whose edition shows it.
 */
export const LOCATION_FIELDS_QUERY = `*[_id == $id][0]{
  ${englishTitle},
  "slug": slug.current,
  featured,
  showPublicly,
  language,
  "name": coalesce(name, congregation.name),
  "state": agency.state,
  "originalId": coalesce(*[_type == "translation.metadata" && references(^._id)][0].translations[language == "en"][0].value._ref, _id)
}{
  ...,
  "events": *[_type == "event" && activityType._ref == ^.originalId]{${englishTitle}, "slug": slug.current}
}`

/** The previews of the pages that show a document of `documentType` with these fields. */
export function previewLocations(documentType: string, fields: AddressFields): DocumentLocation[] {
  return pagesShowing(documentType, fields).map(({title, href}) => ({title, href: `${PREVIEW_PREFIX}${href}`}))
}

/** Follows the document as it is edited (drafts included), so the list stays current. */
export const locations: DocumentLocationResolver = (params, {documentStore}) => {
  if (!DOCUMENT_TYPES_WITH_PAGES.includes(params.type)) return null
  const id = params.id.replace(/^drafts\./, '')
  return documentStore
    .listenQuery(LOCATION_FIELDS_QUERY, {id}, {perspective: 'drafts'})
    .pipe(map((fields: AddressFields | null) => (fields ? {locations: previewLocations(params.type, fields)} : null)))
}
