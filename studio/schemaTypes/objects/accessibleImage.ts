import {assetProblem, imageAltProblem} from '@onecop/content-model'
import {defineField, defineType} from 'sanity'
import {sentence} from '../rules/field-rules'

/** An image with the alt text every image on the site must have (WCAG 1.1.1). */
export const accessibleImageType = defineType({
  name: 'accessibleImage',
  title: 'Image',
  type: 'image',
  options: {hotspot: true},
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description: 'What the image shows, for people who cannot see it, e.g. "Logo of the National Sheriffs\' Association". Required.',
      // The image's own checks sit here: Sanity 6.16 does not block publishing on a rule of an image field itself.
      validation: (rule) =>
        rule.custom((alt: string | undefined, context) => {
          const asset = (context.parent as {asset?: {_ref?: string}} | undefined)?.asset
          const problem = assetProblem('image', asset?._ref) ?? imageAltProblem({hasAsset: Boolean(asset), alt})
          return problem ? sentence(problem) : true
        }),
    }),
  ],
})
