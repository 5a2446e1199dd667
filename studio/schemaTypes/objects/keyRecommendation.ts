import {recommendationCodeProblem} from '@onecop/content-model'
import {defineField, defineType} from 'sanity'
import {requiredText, studioCheck} from '../rules/field-rules'

/** A recommendation or action item of the Task Force report that a pillar page highlights. */
export const keyRecommendationType = defineType({
  name: 'keyRecommendation',
  title: 'Key recommendation',
  type: 'object',
  fields: [
    defineField({
      name: 'code',
      title: 'Number in the report',
      type: 'string',
      description: 'As printed in the report: a recommendation such as "4.4" or an action item such as "4.4.2".',
      validation: (rule) => rule.required().custom(studioCheck(recommendationCodeProblem)),
    }),
    defineField({
      name: 'topic',
      title: 'What it asks',
      type: 'string',
      description: 'A short paraphrase in your own words, e.g. "Regular contact between patrol officers and faith leaders".',
      validation: (rule) => requiredText(rule).max(160),
    }),
  ],
  preview: {select: {title: 'topic', subtitle: 'code'}},
})
