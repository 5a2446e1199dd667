import {defineField, defineType, type CustomValidator} from 'sanity'
import {DIRECTORY_TOTALS, typedFigureFieldProblem} from '@onecop/content-model'
import {dateRule, optionalText, sentence} from '../rules/field-rules'
import {englishOf, localizedField} from '../fields/localizedField'

/** Counted figures have no typed value, date or source: the Studio hides those fields. */
const counted = ({parent}: {parent?: {countedFrom?: string}}) => Boolean(parent?.countedFrom)

/** Required unless the directory counts the figure (the rule the build applies too). */
const typedFigureField: CustomValidator<string | undefined> = (value, context) => {
  const problem = typedFigureFieldProblem(value, (context.parent as {countedFrom?: string} | undefined)?.countedFrom)
  return problem ? sentence(problem) : true
}

/** A number the program can stand behind: typed with its date and source, or counted by the site from the partnership directory. */
export const impactFigureType = defineType({
  name: 'impactFigure',
  title: 'Impact figure',
  type: 'object',
  fields: [
    defineField({
      name: 'countedFrom',
      title: 'Count from the partnership directory',
      type: 'string',
      options: {list: [...DIRECTORY_TOTALS], layout: 'dropdown'},
      description:
        'Optional. Choose a total and the site counts it from the published partnerships at every build, dated that day, so the figure never goes stale. Leave it empty to type the figure, its date and its source yourself.',
    }),
    defineField({
      name: 'value',
      title: 'Figure',
      type: 'string',
      description: 'As it should appear, e.g. "5" or "1,200+".',
      hidden: counted,
      validation: (rule) => optionalText(rule).max(20).custom(typedFigureField),
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
      hidden: counted,
      validation: (rule) => dateRule(rule).custom(typedFigureField),
    }),
    defineField({
      name: 'source',
      title: 'Source',
      type: 'string',
      description: 'Where the figure comes from, e.g. "MovementForward program records".',
      hidden: counted,
      validation: (rule) => optionalText(rule).custom(typedFigureField),
    }),
  ],
  preview: {
    select: {title: 'value', countedFrom: 'countedFrom', label: 'label'},
    prepare: ({title, countedFrom, label}) => ({
      title: countedFrom ? `Counted: ${DIRECTORY_TOTALS.find((total) => total.value === countedFrom)?.title ?? countedFrom}` : title,
      subtitle: englishOf(label),
    }),
  },
})
