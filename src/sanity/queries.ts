/**
 * Every GROQ query the site runs, in one place. Each collection (`collection-registry.ts`)
 * loads with exactly one of these, so a build makes one request per collection. Queries do not
 * sort: the order pages show is decided once, in `src/lib/content-order.ts`.
 *
 * Values never go into a query string: pass them as GROQ parameters.
 */
import {defineQuery} from 'groq'

/**
 * A reference, with its target's type: a reference to a missing document shows up as
 * `targetType: null`, one to the wrong kind of document with that kind, and validation refuses
 * both by name rather than letting them vanish from a page.
 */
const referenceProjection = /* groq */ `_ref, "targetType": @->_type`

/**
 * English documents only, for types translated as whole documents: a Spanish translation in the
 * Content Lake must not show up as a second pillar or page. Documents from before translations
 * have no language and are English.
 */
const englishOnly = /* groq */ `coalesce(language, "en") == "en"`

/**
 * For each English document of a type translated as whole documents, the document and the id of
 * its published `$language` translation (linked by the translation plugin's `translation.metadata`
 * document), if any. The query's next step picks the text: the translation's, or until there is
 * one, the English itself; its last step takes structure (number, address, references) from
 * `original` and text from `text`, so a translation can never move a pillar or break a link.
 */
const withTranslationId = /* groq */ `{
  "original": @,
  "translationId": *[_type == "translation.metadata" && references(^._id)][0].translations[language == $language][0].value._ref
}`

/** The language the text is written in, and the translation it came from (for messages that name it). */
const textLanguage = /* groq */ `"language": coalesce(text.language, "en"), "textId": text._id`

/** An image field (used as `select(defined(x.asset) => x{...})`): its alt text and its asset's id, URL and size. */
const imageProjection = /* groq */ `alt, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}`

/**
 * Fields translated in place (events, settings) hold every language's version: `field[language ==
 * $language][0].value`, or the English one until there is a translation. The content model makes
 * a translation all of a document's text or none, so its title says which language it is in.
 */

/** The site settings singleton, as a one-item list, in `$language`. */
export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"] {
  _id,
  _type,
  "language": coalesce(description[language == $language && defined(value)][0].language, "en"),
  title,
  shortName,
  "description": coalesce(description[language == $language][0].value, description[language == "en"][0].value),
  "logo": select(defined(logo.asset) => logo{${imageProjection}}),
  contactEmail,
  address,
  "socialLinks": socialLinks[]{platform, url},
  donateUrl,
  newsletterUrl,
  "impactFigures": impactFigures[]{countedFrom, value, "label": coalesce(label[language == $language][0].value, label[language == "en"][0].value), asOf, source}
}`)

/** The program's objectives, with the pillars each serves, in `$language`. */
export const objectivesQuery =
  defineQuery(`*[_type == "programObjective" && ${englishOnly}] ${withTranslationId} {original, "text": coalesce(*[_type == "programObjective" && _id == ^.translationId][0], original)} {
  "_id": original._id,
  "_type": original._type,
  ${textLanguage},
  "number": original.number,
  "title": text.title,
  "summary": text.summary,
  "body": text.body,
  "pillars": original.pillars[]{${referenceProjection}}
}`)

/** The six pillars, in `$language`. */
export const pillarsQuery =
  defineQuery(`*[_type == "pillar" && ${englishOnly}] ${withTranslationId} {original, "text": coalesce(*[_type == "pillar" && _id == ^.translationId][0], original)} {
  "_id": original._id,
  "_type": original._type,
  ${textLanguage},
  "number": original.number,
  "name": text.name,
  "slug": original.slug.current,
  "otherNames": text.otherNames,
  "summary": text.summary,
  "body": text.body,
  "keyRecommendations": text.keyRecommendations[]{code, topic}
}`)

/** Kinds of activity, for event labels, in `$language`. */
export const activityTypesQuery =
  defineQuery(`*[_type == "activityType" && ${englishOnly}] ${withTranslationId} {original, "text": coalesce(*[_type == "activityType" && _id == ^.translationId][0], original)} {
  "_id": original._id,
  "_type": original._type,
  ${textLanguage},
  "name": text.name,
  "slug": original.slug.current,
  "description": text.description
}`)

/** Partners, with the rank editors gave them by dragging. */
export const partnersQuery = defineQuery(`*[_type == "partner"] {
  _id,
  _type,
  name,
  "slug": slug.current,
  category,
  "logo": select(defined(logo.asset) => logo{${imageProjection}}),
  website,
  description,
  partnerSince,
  featured,
  orderRank
}`)

/** Funders that agreed to be named; the others never leave the Lake. */
export const fundersQuery = defineQuery(`*[_type == "funder" && showPublicly != false] {
  _id,
  _type,
  name,
  "slug": slug.current,
  tier,
  "logo": select(defined(logo.asset) => logo{${imageProjection}}),
  website,
  grantName,
  periodStart,
  periodEnd,
  orderRank
}`)

/** All resources, with the pillars they support. */
export const resourcesQuery = defineQuery(`*[_type == "resource"] {
  _id,
  _type,
  title,
  "slug": slug.current,
  resourceType,
  audience,
  "pillars": pillars[]{${referenceProjection}},
  topics,
  summary,
  body,
  url,
  "file": file.asset->{_id, url, size, extension},
  accessibleVersion,
  "thumbnail": select(defined(thumbnail.asset) => thumbnail{${imageProjection}}),
  publisher,
  publishedAt,
  language
}`)

/** All events, in `$language`; pages split them into upcoming and past at build time. */
export const eventsQuery = defineQuery(`*[_type == "event"] {
  _id,
  _type,
  "language": coalesce(title[language == $language && defined(value)][0].language, "en"),
  "title": coalesce(title[language == $language][0].value, title[language == "en"][0].value),
  "slug": slug.current,
  "activityType": activityType{${referenceProjection}},
  status,
  "statusNote": coalesce(statusNote[language == $language][0].value, statusNote[language == "en"][0].value),
  start,
  end,
  timeZone,
  allDay,
  format,
  "venue": venue{name, street, city, state, postalCode, "location": location{lat, lng}},
  onlineUrl,
  registrationUrl,
  "hosts": hosts[]{${referenceProjection}},
  "partnership": select(defined(partnership._ref) => partnership{${referenceProjection}}),
  "pillars": pillars[]{${referenceProjection}},
  recordingUrl,
  "accessibilityNotes": coalesce(accessibilityNotes[language == $language][0].value, accessibilityNotes[language == "en"][0].value),
  "summary": coalesce(summary[language == $language][0].value, summary[language == "en"][0].value),
  "body": coalesce(body[language == $language][0].value, body[language == "en"][0].value)
}`)

/** Standalone pages such as About and Get involved, in `$language`. */
export const pagesQuery =
  defineQuery(`*[_type == "page" && ${englishOnly}] ${withTranslationId} {original, "text": coalesce(*[_type == "page" && _id == ^.translationId][0], original)} {
  "_id": original._id,
  "_type": original._type,
  ${textLanguage},
  "title": text.title,
  "slug": original.slug.current,
  "seoDescription": text.seoDescription,
  "body": text.body
}`)

/**
 * Partnerships, with only what each side agreed to publish: a congregation's city, address,
 * liaisons' names and contact links leave the Content Lake only with its recorded consent, so a
 * withheld value can reach no page, feed, index or log. What the build checks without publishing
 * it: whether consent was recorded, and whether an address or liaison is held without it.
 */
export const partnershipsQuery = defineQuery(`*[_type == "partnership"] {
  _id,
  _type,
  "slug": slug.current,
  status,
  launched,
  "congregationConsent": congregationConsent{location, liaisonNames, contactLinks, "recorded": defined(recordedBy) && defined(recordedAt)},
  "agencyConsent": agencyConsent{location, liaisonNames, contactLinks, "recorded": defined(recordedBy) && defined(recordedAt)},
  "congregation": congregation{
    name,
    faithTradition,
    website,
    "city": select(^.congregationConsent.location in ["city", "address"] => city),
    "state": select(^.congregationConsent.location in ["city", "address"] => state),
    "streetAddress": select(^.congregationConsent.location == "address" => streetAddress),
    "postalCode": select(^.congregationConsent.location == "address" => postalCode),
    "holdsStreetAddress": defined(streetAddress)
  },
  "agency": agency{name, unitKind, unit, city, state},
  "liaisonsHeld": liaisons[]{party, "holdsContact": defined(contactUrl)},
  "liaisons": liaisons[(party == "agency" && ^.agencyConsent.liaisonNames == true) || (party == "congregation" && ^.congregationConsent.liaisonNames == true)]{
    party,
    name,
    role,
    "contactUrl": select(
      (party == "agency" && ^.agencyConsent.contactLinks == true) || (party == "congregation" && ^.congregationConsent.contactLinks == true) => contactUrl
    )
  },
  story,
  "photos": photos[defined(asset)]{${imageProjection}},
  "resources": resources[]{${referenceProjection}}
}`)
