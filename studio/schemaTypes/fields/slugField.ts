import {defineField} from 'sanity'

/** The page-address field every routable document has; `uniqueSlugRule` on the source field keeps it unique. */
export function slugField(source: string) {
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    description: `The last part of the page address, made from the ${source}. Press Generate; change it only before the page is shared.`,
    options: {source, maxLength: 96},
    validation: (rule) => rule.required().error('Press Generate to make a web address'),
  })
}
