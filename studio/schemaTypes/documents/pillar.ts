import {BookIcon} from '@sanity/icons/Book'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {slugField} from '../fields/slugField'
import {languageField} from '../fields/languageField'
import {PILLAR_NUMBERS} from '@onecop/content-model'
import {requiredText} from '../rules/field-rules'
import {uniqueNumberRule, webAddressRule} from '../rules/lookups'

/** One of the six pillars of the President's Task Force on 21st Century Policing. */
export const pillarType = defineType({
  name: 'pillar',
  title: 'Pillar',
  type: 'document',
  icon: BookIcon,
  fields: [
    languageField,
    defineField({
      name: 'number',
      title: 'Pillar number',
      type: 'number',
      description: 'Its number in the Task Force report, 1 to 6. Pages list pillars in this order.',
      // Two rules, so the range message does not replace the uniqueness message.
      validation: (rule) => [
        rule
          .required()
          .integer()
          .min(PILLAR_NUMBERS.min)
          .max(PILLAR_NUMBERS.max)
          .error(`Use the pillar's number in the report, ${PILLAR_NUMBERS.min} to ${PILLAR_NUMBERS.max}`),
        uniqueNumberRule(rule, 'pillar'),
      ],
    }),
    defineField({
      name: 'name',
      title: 'Official name',
      type: 'string',
      description: 'The name used in the Task Force final report, e.g. "Building Trust & Legitimacy".',
      validation: (rule) => [requiredText(rule), webAddressRule(rule)],
    }),
    defineField({
      name: 'otherNames',
      title: 'Other names',
      type: 'array',
      of: [defineArrayMember({type: 'string'})],
      description: 'Names the pillar also goes by, so search finds it under either.',
    }),
    slugField('name'),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'Two or three plain sentences on what the pillar asks of police and communities.',
      validation: (rule) => requiredText(rule).max(400),
    }),
    defineField({name: 'body', title: 'Body', type: 'blockContent', description: 'How OneCOP puts this pillar into practice.'}),
    defineField({
      name: 'keyRecommendations',
      title: 'Key recommendations',
      type: 'array',
      of: [defineArrayMember({type: 'keyRecommendation'})],
      description: 'Recommendations or action items of the report that matter most to OneCOP.',
    }),
  ],
  orderings: [{title: 'Pillar number', name: 'numberAsc', by: [{field: 'number', direction: 'asc'}]}],
  preview: {
    select: {number: 'number', name: 'name', subtitle: 'summary'},
    prepare: ({number, name, subtitle}) => ({title: `${number ?? '?'}. ${name ?? 'Untitled pillar'}`, subtitle}),
  },
})
