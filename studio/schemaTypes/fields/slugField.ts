import {SLUG_MAX_LENGTH, slugify} from '@onecop/content-model'
import {defineField} from 'sanity'

/**
 * The page-address field every routable document has. Generate makes it with the shared
 * `slugify`, which can only make valid slugs; `webAddressRule` on the source field checks a
 * typed one and keeps it unique.
 */
export function slugField(source: string) {
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    description: `The last part of the page address, made from the ${source}. Press Generate; change it only before the page is shared.`,
    options: {source, maxLength: SLUG_MAX_LENGTH, slugify: (text: string) => slugify(text)},
    validation: (rule) => rule.required().error('Press Generate to make a web address'),
  })
}
