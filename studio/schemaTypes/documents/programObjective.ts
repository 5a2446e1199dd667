import {TargetIcon} from '@sanity/icons/Target'
import {defineField, defineType} from 'sanity'
import {languageField} from '../fields/languageField'
import {OBJECTIVE_NUMBERS} from '@onecop/content-model'
import {requiredText} from '../rules/field-rules'
import {referenceTo} from '../fields/referenceTo'
import {uniqueNumberRule} from '../rules/lookups'

/** One of the program's objectives, tied to the pillars it serves. */
export const programObjectiveType = defineType({
  name: 'programObjective',
  title: 'Program objective',
  type: 'document',
  icon: TargetIcon,
  fields: [
    languageField,
    defineField({
      name: 'number',
      title: 'Number',
      type: 'number',
      description: 'Objectives are listed in this order.',
      validation: (rule) => [
        rule.required().integer().min(OBJECTIVE_NUMBERS.min).max(OBJECTIVE_NUMBERS.max).error('Give the objective a number: 1, 2, 3...'),
        uniqueNumberRule(rule, 'objective'),
      ],
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'A short statement of the goal, e.g. "Safer neighborhoods through shared information".',
      validation: (rule) => requiredText(rule).max(100),
    }),
    defineField({name: 'summary', title: 'Summary', type: 'text', rows: 3, validation: (rule) => requiredText(rule).max(400)}),
    defineField({name: 'body', title: 'Body', type: 'blockContent'}),
    defineField({
      name: 'pillars',
      title: 'Pillars it serves',
      type: 'array',
      of: [referenceTo('pillar')],
      validation: (rule) => rule.required().min(1).unique().error('Pick at least one pillar, each once'),
    }),
  ],
  orderings: [{title: 'Number', name: 'numberAsc', by: [{field: 'number', direction: 'asc'}]}],
  preview: {
    select: {number: 'number', title: 'title', subtitle: 'summary'},
    prepare: ({number, title, subtitle}) => ({title: `${number ?? '?'}. ${title ?? 'Untitled objective'}`, subtitle}),
  },
})
