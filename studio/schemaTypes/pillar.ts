import {defineField, defineType} from 'sanity'

/** One of the six pillars of the President's Task Force on 21st Century Policing. */
export const pillarType = defineType({
  name: 'pillar',
  title: 'Pillar',
  type: 'document',
  fields: [
    defineField({
      name: 'number',
      title: 'Pillar number',
      type: 'number',
      description: 'Its number in the Task Force report, 1 to 6. Pages list pillars in this order.',
      validation: (rule) => rule.required().integer().min(1).max(6),
    }),
    defineField({
      name: 'name',
      title: 'Official name',
      type: 'string',
      description: 'The name used in the Task Force final report, e.g. "Building Trust & Legitimacy".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'The last part of the page address, e.g. "building-trust-and-legitimacy". Press Generate.',
      options: {source: 'name', maxLength: 96},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'otherNames',
      title: 'Other names',
      type: 'array',
      of: [{type: 'string'}],
      description: 'Names the pillar also goes by, so search finds it under either.',
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'Two or three plain sentences on what the pillar asks of police and communities.',
      validation: (rule) => rule.required().max(400),
    }),
  ],
  orderings: [{title: 'Pillar number', name: 'numberAsc', by: [{field: 'number', direction: 'asc'}]}],
  preview: {
    select: {number: 'number', name: 'name'},
    prepare: ({number, name}) => ({title: `${number ?? '?'}. ${name ?? 'Untitled pillar'}`}),
  },
})
