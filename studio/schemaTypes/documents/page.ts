import {DocumentIcon} from '@sanity/icons/Document'
import {defineField, defineType} from 'sanity'
import {slugField} from '../fields/slugField'
import {languageField} from '../fields/languageField'
import {pageSlugProblem} from '@onecop/content-model'
import {requiredText} from '../rules/field-rules'
import {webAddressRule} from '../rules/lookups'

/** A standalone page such as About or Get involved. */
export const pageType = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentIcon,
  fields: [
    languageField,
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => [requiredText(rule).max(80), webAddressRule(rule, pageSlugProblem)],
    }),
    slugField('title'),
    defineField({
      name: 'seoDescription',
      title: 'Description for search engines',
      type: 'text',
      rows: 2,
      description: 'One or two sentences, under 160 characters, shown under the title in search results.',
      validation: (rule) => [requiredText(rule), rule.max(160).error('Write a description of at most 160 characters')],
    }),
    defineField({name: 'body', title: 'Body', type: 'blockContent', validation: (rule) => rule.required().error("Write the page's text")}),
  ],
  preview: {select: {title: 'title', subtitle: 'slug.current'}},
})
