/**
 * Rules that look at more than one field of a document. Each takes the fields it needs and
 * returns the problem (or `undefined`); the Studio attaches it to the field an editor must change,
 * the build reports it on the same field.
 */
import {hasText} from './text.ts'

/** An event must end after it starts. Values are date-times as stored; unparseable ones are left to their own field's check. */
export function eventEndProblem(event: {start?: string | null; end?: string | null}): string | undefined {
  if (!event.start || !event.end) return undefined
  const start = Date.parse(event.start)
  const end = Date.parse(event.end)
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined
  return end > start ? undefined : 'must be after the start: check the end date and time'
}

/** The parts of a venue that make it a place someone can go to. */
type VenueParts = {name?: unknown; street?: unknown; city?: unknown; state?: unknown; postalCode?: unknown}

/** A venue counts once any of its address fields has text; an empty venue object is no venue. */
export function hasVenue(venue: VenueParts | null | undefined): boolean {
  return Boolean(venue) && [venue!.name, venue!.street, venue!.city, venue!.state, venue!.postalCode].some(hasText)
}

/** In-person and hybrid events need somewhere to go. Reported on the event's format. */
export function eventVenueProblem(event: {format?: string | null; venue?: VenueParts | null}): string | undefined {
  return event.format && event.format !== 'online' && !hasVenue(event.venue)
    ? 'needs a venue for an in-person or hybrid event: fill in the Venue fields, or choose Online'
    : undefined
}

/** Online and hybrid events need a link to join. Reported on the online link. */
export function eventOnlineLinkProblem(event: {format?: string | null; onlineUrl?: string | null}): string | undefined {
  return event.format && event.format !== 'in-person' && !event.onlineUrl
    ? 'is required for an online or hybrid event: add the link to join'
    : undefined
}

/** A postponed or cancelled event tells visitors what happened. Reported on the status note. */
export function eventStatusNoteProblem(event: {status?: string | null; statusNote?: string | null}): string | undefined {
  return event.status && event.status !== 'scheduled' && !hasText(event.statusNote)
    ? 'is required for a postponed or cancelled event: tell visitors what changed and what to do now'
    : undefined
}

/** Visitors must be able to open every resource: exactly one of a file or a link. Reported on the link. */
export function resourceAccessProblem(resource: {hasFile: boolean; url?: string | null}): string | undefined {
  if (resource.hasFile && resource.url) return 'cannot be set as well as a file: give the resource a file or a link, not both'
  if (!resource.hasFile && !resource.url)
    return 'is required when no file is uploaded: upload a file or add a link, so visitors can get the resource'
  return undefined
}

/** Support cannot end before it began. Dates are `YYYY-MM-DD`, so they compare as text. */
export function funderPeriodProblem(funder: {periodStart?: string | null; periodEnd?: string | null}): string | undefined {
  return funder.periodStart && funder.periodEnd && funder.periodEnd < funder.periodStart
    ? 'must not be before the date the support began: check both dates'
    : undefined
}

/** Every image the site shows has alternative text (WCAG 1.1.1); an image without a file is no image. */
export function imageAltProblem(image: {hasAsset: boolean; alt?: string | null}): string | undefined {
  return image.hasAsset && !hasText(image.alt) ? 'is required: describe the image in a few words for people who cannot see it' : undefined
}

/**
 * An image or file field must point at an uploaded asset of its kind (Sanity's asset ids start
 * `image-` or `file-`); a reference to any other document, written through the API, is no file.
 */
export function assetProblem(kind: 'image' | 'file', assetId: string | null | undefined): string | undefined {
  if (!assetId || assetId.startsWith(`${kind}-`)) return undefined
  return `points to "${assetId}", which is not an uploaded ${kind}: upload the ${kind} again`
}

/** "activityType" → "activity type": a document type as an editor says it. */
export const spokenType = (documentType: string) => documentType.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)

/**
 * A reference must point at a published document of the kind the field asks for. `targetType`
 * is the referenced document's `_type`, or null when there is no such published document.
 */
export function referenceProblem(expectedType: string, ref: string, targetType: string | null): string | undefined {
  const kind = spokenType(expectedType)
  if (targetType === null)
    return `points to the ${kind} "${ref}", which does not exist or is not published: publish that ${kind} or remove the reference`
  if (targetType !== expectedType)
    return `points to "${ref}", which is a ${spokenType(targetType)}, not a ${kind}: choose a ${kind} instead`
  return undefined
}
