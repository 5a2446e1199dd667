import {defineField, defineType} from 'sanity'
import {dateRule, requiredText} from '../rules/field-rules'
import {englishOf, localizedField} from '../fields/localizedField'

/** A number the program can stand behind, with its date and source. */
export const impactFigureType = defineType({
  name: 'impactFigure',
  title: 'Impact figure',
  type: 'object',
  fields: [
    defineField({
      name: 'value',
      title: 'Figure',
      type: 'string',
      description: 'As it should appear, e.g. "5" or "1,200+".',
      validation: (rule) => requiredText(rule).max(20),
    }),
    localizedField({
      name: 'label',
      title: 'What it counts',
      kind: 'string',
      description: 'e.g. "cities with OneCOP partnerships", in each language.',
      required: true,
      max: 80,
    }),
    defineField({
      name: 'asOf',
      title: 'As of',
      type: 'date',
      description: 'The date the figure was true. Shown beside it.',
      validation: (rule) => dateRule(rule).required(),
    }),
    defineField({
      name: 'source',
      title: 'Source',
      type: 'string',
      description: 'Where the figure comes from, e.g. "MovementForward program records".',
      validation: (rule) => requiredText(rule),
    }),
  ],
  preview: {select: {title: 'value', label: 'label'}, prepare: ({title, label}) => ({title, subtitle: englishOf(label)})},
})
