/**
 * The fixed choices of the content model: the Studio offers them as field options and refuses
 * anything else; the site validates against them and shows their titles as labels.
 */

/** One choice: the label editors and visitors read, and the value stored. */
export interface Option {
  readonly title: string
  readonly value: string
}

/** Kinds of resource, shown as labels and used as a search filter. */
export const RESOURCE_TYPES = [
  {title: 'Toolkit', value: 'toolkit'},
  {title: 'Guide', value: 'guide'},
  {title: 'Report', value: 'report'},
  {title: 'Flyer', value: 'flyer'},
  {title: 'Template', value: 'template'},
  {title: 'Video', value: 'video'},
  {title: 'One-pager', value: 'one-pager'},
  {title: 'Social-media kit', value: 'social-media-kit'},
] as const

/** Who a resource is written for. */
export const RESOURCE_AUDIENCES = [
  {title: 'Congregations', value: 'congregations'},
  {title: 'Law-enforcement agencies', value: 'agencies'},
  {title: 'The public', value: 'public'},
] as const

/** Languages a resource can be written in, as BCP 47 codes for the page's `lang` attribute. */
export const RESOURCE_LANGUAGES = [
  {title: 'English', value: 'en'},
  {title: 'Spanish', value: 'es'},
] as const

/** Kinds of partner organization; the partners page groups by them, in this order. */
export const PARTNER_CATEGORIES = [
  {title: 'National law-enforcement association', value: 'law-enforcement-association'},
  {title: 'Federal agency', value: 'federal-agency'},
  {title: 'Faith organization', value: 'faith-organization'},
  {title: 'Community organization', value: 'community-organization'},
  {title: 'Academic', value: 'academic'},
  {title: 'Corporate', value: 'corporate'},
] as const

/** Funding tiers, highest first; the funders list groups by them, in this order. */
export const FUNDER_TIERS = [
  {title: 'Presenting', value: 'presenting'},
  {title: 'Major', value: 'major'},
  {title: 'Supporting', value: 'supporting'},
  {title: 'In-kind', value: 'in-kind'},
  {title: 'Government grant', value: 'government-grant'},
] as const

/** How people attend an event. */
export const EVENT_FORMATS = [
  {title: 'In person', value: 'in-person'},
  {title: 'Online', value: 'online'},
  {title: 'Hybrid (in person and online)', value: 'hybrid'},
] as const

/** Whether an event goes ahead. A cancelled event keeps its page, which says so. */
export const EVENT_STATUSES = [
  {title: 'Scheduled', value: 'scheduled'},
  {title: 'Postponed', value: 'postponed'},
  {title: 'Cancelled', value: 'cancelled'},
] as const

/**
 * Time zones an event can be in: the program works across the United States and its territories
 * (each place of `us-states.ts` is in one of them). IANA names, in a fixed list rather than the
 * runtime's own (browsers and Node disagree on aliases such as America/Indiana/Indianapolis),
 * titled the way editors know them.
 */
export const EVENT_TIME_ZONES = [
  {title: 'Eastern: New York, Atlanta, Jacksonville', value: 'America/New_York'},
  {title: 'Eastern: Indianapolis', value: 'America/Indiana/Indianapolis'},
  {title: 'Eastern: Detroit', value: 'America/Detroit'},
  {title: 'Central: Chicago, Dallas', value: 'America/Chicago'},
  {title: 'Mountain: Denver', value: 'America/Denver'},
  {title: 'Mountain, no daylight saving: Phoenix', value: 'America/Phoenix'},
  {title: 'Pacific: Los Angeles, Portland, Seattle', value: 'America/Los_Angeles'},
  {title: 'Alaska: Anchorage', value: 'America/Anchorage'},
  {title: 'Hawaii: Honolulu', value: 'Pacific/Honolulu'},
  {title: 'Atlantic: Puerto Rico, U.S. Virgin Islands', value: 'America/Puerto_Rico'},
  {title: 'Chamorro: Guam, Saipan', value: 'Pacific/Guam'},
  {title: 'Samoa: Pago Pago', value: 'Pacific/Pago_Pago'},
] as const

/** The organization's own time zone (Atlanta): the default for new events. */
export const DEFAULT_TIME_ZONE = 'America/New_York'

/** The values of an option list, typed for `z.enum`. */
export function optionValues<T extends readonly Option[]>(options: T) {
  return options.map((option) => option.value) as {[K in keyof T]: T[K]['value']}
}

/** The label an option list gives a value, or the value itself when the list lacks it. */
export function optionTitle(options: readonly Option[], value: string): string {
  return options.find((option) => option.value === value)?.title ?? value
}

/** A value the list does not offer (written through the API, or left from an old list) is refused. */
export function optionProblem(options: readonly Option[], value: unknown): string | undefined {
  if (value === undefined || value === null || options.some((option) => option.value === value)) return undefined
  return `${JSON.stringify(value)} is not one of the choices: pick one of ${options.map((option) => `"${option.title}"`).join(', ')}`
}
