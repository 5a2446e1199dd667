import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {referenceTo} from '../fields/referenceTo'
import {slugField} from '../fields/slugField'
import {
  RESOURCE_AUDIENCES,
  RESOURCE_LANGUAGES,
  RESOURCE_TYPES,
  assetProblem,
  optionTitle,
  resourceAccessProblem,
} from '@onecop/content-model'
import {dateRule, linkRule, optionRule, requiredText, sentence} from '../rules/field-rules'
import {webAddressRule} from '../rules/lookups'

interface ResourceSource {
  file?: {asset?: {_ref?: string}}
}

/** An item in the resource library: a guide, toolkit, report or similar, as a file or a link. */
export const resourceType = defineType({
  name: 'resource',
  title: 'Resource',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'As it appears on the resource itself.',
      validation: (rule) => [requiredText(rule).max(140), webAddressRule(rule)],
    }),
    slugField('title'),
    defineField({
      name: 'resourceType',
      title: 'Type',
      type: 'string',
      description: 'What kind of resource this is. Visitors filter the library by it.',
      options: {list: [...RESOURCE_TYPES], layout: 'dropdown'},
      validation: (rule) => rule.required().error('Choose the type of resource'),
    }),
    defineField({
      name: 'audience',
      title: 'Written for',
      type: 'array',
      of: [defineArrayMember({type: 'string', validation: (rule) => optionRule(rule, RESOURCE_AUDIENCES)})],
      options: {list: [...RESOURCE_AUDIENCES], layout: 'grid'},
      description: 'Tick everyone the resource speaks to.',
      validation: (rule) => rule.required().min(1).unique().error('Tick at least one audience'),
    }),
    defineField({
      name: 'pillars',
      title: 'Pillars it supports',
      type: 'array',
      of: [referenceTo('pillar')],
      description: 'The pillar pages list this resource. Pick at least one.',
      validation: (rule) => rule.required().min(1).unique().error('Pick at least one pillar, each once'),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
      description: 'A few words visitors might search for, e.g. "youth", "de-escalation".',
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'The language the resource is written in.',
      options: {list: [...RESOURCE_LANGUAGES], layout: 'radio'},
      initialValue: 'en',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'file',
      title: 'File',
      type: 'file',
      description: 'Upload the resource here, or give a link below: one or the other, not both.',
      options: {accept: '.pdf,.docx,.pptx,.zip,.png,.jpg'},
    }),
    defineField({
      name: 'url',
      title: 'Link to the resource',
      type: 'url',
      description: 'Where the resource can be read or downloaded, if it is not uploaded above.',
      // The file's checks sit here, not on the document or the file field: Sanity 6.16 caps
      // those rules at warning level, and a resource nobody can open must not be published.
      validation: (rule) =>
        linkRule(rule).custom((url: string | undefined, context) => {
          const asset = (context.document as ResourceSource | undefined)?.file?.asset
          const problem = assetProblem('file', asset?._ref) ?? resourceAccessProblem({hasFile: Boolean(asset), url})
          return problem ? sentence(problem) : true
        }),
    }),
    defineField({
      name: 'accessibleVersion',
      title: 'Accessible version',
      type: 'boolean',
      description: 'Tick when the file is tagged for screen readers (an accessible PDF) or the video has captions.',
      initialValue: false,
    }),
    defineField({
      name: 'publisher',
      title: 'Publisher',
      type: 'string',
      description: 'Who published it, e.g. "MovementForward, Inc." or "COPS Office".',
      validation: (rule) => requiredText(rule),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Publication date',
      type: 'date',
      description: 'When the resource came out. The library sorts newest first.',
      validation: (rule) => dateRule(rule).required(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'One to three sentences shown in lists and search results. Say what a reader gets from it.',
      validation: (rule) => requiredText(rule).max(400),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      description: 'Optional: more about the resource, how to use it, what is inside.',
    }),
    defineField({
      name: 'thumbnail',
      title: 'Thumbnail',
      type: 'accessibleImage',
      description: 'Optional: a cover image shown in the library.',
    }),
  ],
  orderings: [{title: 'Newest first', name: 'publishedDesc', by: [{field: 'publishedAt', direction: 'desc'}]}],
  preview: {
    select: {title: 'title', type: 'resourceType', date: 'publishedAt', media: 'thumbnail'},
    prepare: ({title, type, date, media}) => ({
      title,
      subtitle: [type && optionTitle(RESOURCE_TYPES, type), date].filter(Boolean).join(' · '),
      media,
    }),
  },
})
