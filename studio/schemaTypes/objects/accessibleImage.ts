import {assetProblem, imageAltProblem} from '@onecop/content-model'
import {defineField, defineType} from 'sanity'
import {sentence} from '../rules/shared'

/** An image with the alt text every image on the site must have (WCAG 1.1.1). */
export const accessibleImageType = defineType({
  name: 'accessibleImage',
  title: 'Image',
  type: 'image',
  options: {hotspot: true},
  validation: (rule) =>
    rule.custom((image: {asset?: {_ref?: string}} | undefined) => {
      const problem = assetProblem('image', image?.asset?._ref)
      return problem ? sentence(problem) : true
    }),
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description:
        'What the image shows, for people who cannot see it, e.g. "Logo of the National Sheriffs\' Association". Required.',
      validation: (rule) =>
        rule.custom((alt: string | undefined, context) => {
          const problem = imageAltProblem({hasAsset: Boolean((context.parent as {asset?: unknown} | undefined)?.asset), alt})
          return problem ? sentence(problem) : true
        }),
    }),
  ],
})
