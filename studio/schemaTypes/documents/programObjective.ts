import {TargetIcon} from '@sanity/icons/Target'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {uniqueNumberRule} from '../rules/unique'

/** One of the program's objectives, tied to the pillars it serves. */
export const programObjectiveType = defineType({
  name: 'programObjective',
  title: 'Program objective',
  type: 'document',
  icon: TargetIcon,
  fields: [
    defineField({name: 'number', title: 'Number', type: 'number', description: 'Objectives are listed in this order.', validation: (rule) => [rule.required().integer().min(1).error('Give the objective a number: 1, 2, 3...'), uniqueNumberRule(rule, 'objective')]}),
    defineField({name: 'title', title: 'Title', type: 'string', description: 'A short statement of the goal, e.g. "Safer neighborhoods through shared information".', validation: (rule) => rule.required().max(100)}),
    defineField({name: 'summary', title: 'Summary', type: 'text', rows: 3, validation: (rule) => rule.required().max(400)}),
    defineField({name: 'body', title: 'Body', type: 'blockContent'}),
    defineField({
      name: 'pillars',
      title: 'Pillars it serves',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'pillar'}]})],
      validation: (rule) => rule.required().min(1).unique().error('Pick at least one pillar, each once'),
    }),
  ],
  orderings: [{title: 'Number', name: 'numberAsc', by: [{field: 'number', direction: 'asc'}]}],
  preview: {
    select: {number: 'number', title: 'title', subtitle: 'summary'},
    prepare: ({number, title, subtitle}) => ({title: `${number ?? '?'}. ${title ?? 'Untitled objective'}`, subtitle}),
  },
})
