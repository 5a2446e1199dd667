import {defineField, defineType} from 'sanity'

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
      description:
        'What the image shows, for people who cannot see it, e.g. "Logo of the National Sheriffs\' Association". Required.',
      validation: (rule) =>
        rule.custom((alt: string | undefined, context) => {
          const image = context.parent as {asset?: unknown} | undefined
          if (!image?.asset) return true
          return alt?.trim() ? true : 'Describe the image in a few words for people who cannot see it'
        }),
    }),
  ],
})
