import {SLUG_MAX_LENGTH, slugify} from '@onecop/content-model'
import {defineField} from 'sanity'
import {englishOf} from './localizedField'
import {isUniqueWebAddress} from '../rules/lookups'

interface SlugFieldOptions {
  /** The source field holds every language (`localizedField`): the address is made from its English. */
  translatedInPlace?: boolean
  /** The tab the field shows on, in a document with tabs. */
  group?: string
}

/**
 * The page-address field every routable document has. Generate makes it with the shared
 * `slugify`, which can only make valid slugs; `webAddressRule` on the source field checks a
 * typed one and keeps it unique (`isUniqueWebAddress`, which the field's own check uses too).
 */
export function slugField(source: string, {translatedInPlace = false, group}: SlugFieldOptions = {}) {
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    ...(group ? {group} : {}),
    description: `The last part of the page address, made from the ${translatedInPlace ? `English ${source}` : source}. Press Generate; change it only before the page is shared.`,
    options: {
      source: translatedInPlace ? (document) => englishOf((document as Record<string, unknown>)[source]) ?? '' : source,
      maxLength: SLUG_MAX_LENGTH,
      slugify: (text: string) => slugify(text),
      // Unique within the type and, for translated types, the language (Sanity's own check ignores language).
      isUnique: isUniqueWebAddress,
    },
    validation: (rule) => rule.required().error('Press Generate to make a web address'),
  })
}
