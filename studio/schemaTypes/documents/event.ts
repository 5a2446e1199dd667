import {CalendarIcon} from '@sanity/icons/Calendar'
import {defineField, defineType} from 'sanity'
import {referenceTo} from '../fields/referenceTo'
import {slugField} from '../fields/slugField'
import {englishOf, localizedField} from '../fields/localizedField'
import {
  DEFAULT_TIME_ZONE,
  EVENT_FORMATS,
  EVENT_STATUSES,
  EVENT_TIME_ZONES,
  LOCALIZED_FIELDS,
  eventEndProblem,
  eventOnlineLinkProblem,
  eventStatusNoteProblem,
  eventVenueProblem,
  optionProblem,
  optionTitle,
} from '@onecop/content-model'
import {dateTimeRule, linkRule, sentence} from '../rules/field-rules'
import {referenceTypeRule, webAddressRule} from '../rules/lookups'

interface EventFields {
  start?: string
  format?: string
  status?: string
  venue?: {name?: string; street?: string; city?: string; state?: string; postalCode?: string}
}

const fields = (context: {document?: unknown}) => (context.document ?? {}) as EventFields

/** A shared cross-field rule's problem as the Studio's answer. */
const answer = (problem: string | undefined) => (problem ? sentence(problem) : true)

/** A OneCOP event: a briefing, training, forum or the like, in person, online or both. */
export const eventType = defineType({
  name: 'event',
  title: 'Event',
  type: 'document',
  icon: CalendarIcon,
  fields: [
    localizedField({
      name: 'title',
      title: 'Title',
      kind: 'string',
      required: true,
      max: 120,
      siblings: LOCALIZED_FIELDS.event,
      validation: (rule) => webAddressRule(rule),
    }),
    slugField('title', {translatedInPlace: true}),
    defineField({
      name: 'activityType',
      title: 'Activity type',
      type: 'reference',
      to: [{type: 'activityType'}],
      validation: (rule) => [rule.required().error('Choose what kind of activity this is'), referenceTypeRule(rule, 'activityType')],
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      description: 'A cancelled or postponed event keeps its page, which tells visitors so.',
      options: {list: [...EVENT_STATUSES], layout: 'radio', direction: 'horizontal'},
      initialValue: 'scheduled',
      validation: (rule) => rule.required(),
    }),
    {
      ...localizedField({
        name: 'statusNote',
        title: 'Note on the change',
        kind: 'string',
        description:
          'For a postponed or cancelled event: what happened and what visitors should do, e.g. "Moved to March; registrations carry over".',
        siblings: LOCALIZED_FIELDS.event,
        // The English note is the one every edition falls back to: it must be there.
        validation: (rule) =>
          rule.custom((statusNote, context) =>
            answer(eventStatusNoteProblem({status: fields(context).status, statusNote: englishOf(statusNote)})),
          ),
      }),
      hidden: ({document}: {document?: unknown}) => (document as EventFields | undefined)?.status === 'scheduled',
    },
    defineField({
      name: 'start',
      title: 'Starts',
      type: 'datetime',
      validation: (rule) => [rule.required().error('Give the date and time the event starts'), dateTimeRule(rule)],
    }),
    defineField({
      name: 'end',
      title: 'Ends',
      type: 'datetime',
      validation: (rule) =>
        dateTimeRule(rule)
          .required()
          .custom((end: string | undefined, context) => answer(eventEndProblem({start: fields(context).start, end}))),
    }),
    defineField({
      name: 'timeZone',
      title: 'Time zone',
      type: 'string',
      description: "Where the event happens (for online events, the host's time zone). Times on the site are shown in it.",
      options: {list: [...EVENT_TIME_ZONES]},
      initialValue: DEFAULT_TIME_ZONE,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'allDay',
      title: 'All-day event',
      type: 'boolean',
      description: 'Shows the dates without times.',
      initialValue: false,
    }),
    defineField({
      name: 'format',
      title: 'Format',
      type: 'string',
      options: {list: [...EVENT_FORMATS], layout: 'radio', direction: 'horizontal'},
      initialValue: 'in-person',
      validation: (rule) => [
        rule.required(),
        rule.custom((format: string | undefined, context) => answer(eventVenueProblem({format, venue: fields(context).venue}))),
      ],
    }),
    defineField({
      name: 'venue',
      title: 'Venue',
      type: 'venue',
      // Whether a venue is needed is checked on Format: Sanity does not run rules on an empty object field.
      hidden: ({document}) => (document as EventFields | undefined)?.format === 'online',
    }),
    defineField({
      name: 'onlineUrl',
      title: 'Online link',
      type: 'url',
      description: 'Where people join online.',
      hidden: ({document}) => (document as EventFields | undefined)?.format === 'in-person',
      validation: (rule) =>
        linkRule(rule).custom((onlineUrl: string | undefined, context) =>
          answer(eventOnlineLinkProblem({format: fields(context).format, onlineUrl})),
        ),
    }),
    defineField({name: 'registrationUrl', title: 'Registration link', type: 'url', validation: (rule) => linkRule(rule)}),
    defineField({
      name: 'hosts',
      title: 'Hosts',
      type: 'array',
      of: [referenceTo('partner')],
      description: 'The partners that host the event.',
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'partnership',
      title: 'Partnership',
      type: 'reference',
      to: [{type: 'partnership'}],
      description: 'Optional: the congregation–precinct pairing that holds this event. Its page lists the event.',
      validation: (rule) => referenceTypeRule(rule, 'partnership'),
    }),
    defineField({
      name: 'pillars',
      title: 'Pillars',
      type: 'array',
      of: [referenceTo('pillar')],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'recordingUrl',
      title: 'Recording link',
      type: 'url',
      description: 'After the event: where to watch it again.',
      validation: (rule) => linkRule(rule),
    }),
    localizedField({
      name: 'accessibilityNotes',
      title: 'Accessibility',
      kind: 'text',
      description: 'Step-free access, interpreters, captions, how to ask for an accommodation.',
      siblings: LOCALIZED_FIELDS.event,
    }),
    localizedField({
      name: 'summary',
      title: 'Summary',
      kind: 'text',
      description: 'One or two sentences for lists and search results.',
      required: true,
      max: 300,
      siblings: LOCALIZED_FIELDS.event,
    }),
    localizedField({name: 'body', title: 'Body', kind: 'blockContent', siblings: LOCALIZED_FIELDS.event}),
  ],
  orderings: [{title: 'Soonest first', name: 'startAsc', by: [{field: 'start', direction: 'asc'}]}],
  preview: {
    select: {title: 'title', start: 'start', city: 'venue.city', format: 'format', status: 'status', timeZone: 'timeZone'},
    prepare: ({title: titles, start, city, format, status, timeZone}) => {
      const title = englishOf(titles) ?? 'Untitled event'
      const date = start
        ? new Intl.DateTimeFormat('en-US', {
            dateStyle: 'medium',
            timeZone: optionProblem(EVENT_TIME_ZONES, timeZone) ? 'UTC' : (timeZone ?? 'UTC'),
          }).format(new Date(start))
        : 'No date'
      const where = format === 'online' ? 'Online' : (city ?? 'No city')
      const flag = status && status !== 'scheduled' ? ` · ${optionTitle(EVENT_STATUSES, status).toUpperCase()}` : ''
      return {title, subtitle: `${date} · ${where}${flag}`}
    },
  },
})
