import {defineField, defineType} from 'sanity'
import {linkRule, requiredText} from '../rules/field-rules'

/** A link to one of the organization's social-media profiles. */
export const socialLinkType = defineType({
  name: 'socialLink',
  title: 'Social link',
  type: 'object',
  fields: [
    defineField({
      name: 'platform',
      title: 'Platform',
      type: 'string',
      description: 'As visitors know it, e.g. "Facebook".',
      validation: (rule) => requiredText(rule),
    }),
    defineField({name: 'url', title: 'Profile address', type: 'url', validation: (rule) => linkRule(rule).required()}),
  ],
  preview: {select: {title: 'platform', subtitle: 'url'}},
})
