/**
 * The fixed choices of a resource, shared by the Studio (as field options) and the site (as
 * labels and validation). Plain data with no Sanity import, so the site can use it too.
 */

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

/** The values of an option list, typed for `z.enum`. */
export function optionValues<T extends readonly {value: string}[]>(options: T) {
  return options.map((option) => option.value) as {[K in keyof T]: T[K]['value']}
}

/** The label an option list gives a value, or the value itself when the list lacks it. */
export function optionTitle(options: readonly {title: string; value: string}[], value: string): string {
  return options.find((option) => option.value === value)?.title ?? value
}
