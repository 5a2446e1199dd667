/**
 * What the site accepts of an event (see `collection-schemas.ts` for the others): its text in the
 * page's language, and the rules a page and a calendar file rely on, shared with the Studio.
 */
import {z} from 'astro/zod'
import {
  EVENT_FORMATS,
  EVENT_STATUSES,
  EVENT_TIME_ZONES,
  eventEndProblem,
  eventOnlineLinkProblem,
  eventStatusNoteProblem,
  eventVenueProblem,
  postalCodeProblem,
  stateCodeProblem,
} from '@onecop/content-model'
import {
  checkedString,
  contentLanguage,
  dateTime,
  documentReference,
  flag,
  link,
  oneOf,
  optionalText,
  portableText,
  references,
  reportOn,
  requiredLocalizedText,
  requiredText,
  slug,
} from './schema-fields'

/** A map pin; half a pin (one coordinate) is no pin. */
const pin = z
  .object({lat: z.number().nullable(), lng: z.number().nullable()})
  .nullable()
  .transform((location) => (location && location.lat !== null && location.lng !== null ? {lat: location.lat, lng: location.lng} : null))

/**
 * A venue as the query projects it. One whose every field is empty (the Studio leaves such an
 * object unchecked) is no venue at all; any other must be a full address.
 */
const venueSchema = z
  .object({name: optionalText, street: optionalText, city: optionalText, state: optionalText, postalCode: optionalText, location: pin})
  .nullable()
  .transform((venue) => (venue && Object.values(venue).some((value) => value !== null) ? venue : null))
  .pipe(
    z
      .object({
        name: requiredText,
        street: requiredText,
        city: requiredText,
        state: checkedString(stateCodeProblem),
        postalCode: checkedString(postalCodeProblem),
        location: z.object({lat: z.number(), lng: z.number()}).nullable(),
      })
      .nullable(),
  )

/** An event, with the rules a page and a calendar file rely on. */
export const eventSchema = z
  .object({
    _id: z.string(),
    _type: z.literal('event'),
    /** The language the text is in: the page's, or English until the event is translated. */
    language: contentLanguage,
    title: requiredLocalizedText,
    slug,
    activityType: documentReference('activityType'),
    status: oneOf(EVENT_STATUSES),
    statusNote: optionalText,
    start: dateTime,
    end: dateTime,
    timeZone: oneOf(EVENT_TIME_ZONES),
    allDay: flag,
    format: oneOf(EVENT_FORMATS),
    venue: venueSchema,
    onlineUrl: link.nullable(),
    registrationUrl: link.nullable(),
    hosts: references('partner'),
    /** The partnership that holds the event, if any (its `_id`). */
    partnership: documentReference('partnership').nullable(),
    pillars: references('pillar'),
    recordingUrl: link.nullable(),
    accessibilityNotes: optionalText,
    summary: requiredLocalizedText,
    body: portableText,
  })
  .superRefine((event, context) => {
    reportOn(context, 'end', eventEndProblem(event))
    reportOn(context, 'format', eventVenueProblem(event))
    reportOn(context, 'onlineUrl', eventOnlineLinkProblem(event))
    reportOn(context, 'statusNote', eventStatusNoteProblem(event))
  })
