import {TagIcon} from '@sanity/icons/Tag'
import {defineField, defineType} from 'sanity'
import {slugField} from '../fields/slugField'
import {languageField} from '../fields/languageField'
import {requiredText} from '../rules/field-rules'
import {webAddressRule} from '../rules/lookups'

/** A kind of OneCOP activity: briefing, training, officer appreciation, forum... */
export const activityTypeType = defineType({
  name: 'activityType',
  title: 'Activity type',
  type: 'document',
  icon: TagIcon,
  fields: [
    languageField,
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'e.g. "Public safety briefing".',
      validation: (rule) => [requiredText(rule).max(60), webAddressRule(rule)],
    }),
    slugField('name'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'One sentence on what happens at this kind of activity.',
      validation: (rule) => requiredText(rule).max(240),
    }),
  ],
  preview: {select: {title: 'name', subtitle: 'description'}},
})
