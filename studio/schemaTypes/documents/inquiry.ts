import {EnvelopeIcon} from '@sanity/icons/Envelope'
import {defineField, defineType} from 'sanity'
import {
  ACCESSIBLE_FORMATS,
  INQUIRY_CONSENT_QUESTIONS,
  INQUIRY_KINDS,
  INQUIRY_LIMITS,
  INQUIRY_STATUSES,
  LANGUAGES,
  STATE_OPTIONS,
  optionTitle,
} from '@onecop/content-model'
import {InquiryForm} from '../../plugins/inquiries/InquiryMatches'

/** What the visitor wrote: kept as they sent it, never edited, never shown on the site. */
const fromTheForm = {readOnly: true, group: 'request'} as const

/**
 * A request a visitor sent through one of the site's forms: a congregation or an agency asking to
 * be paired, or someone asking for a file in another format. The `submission-created` function
 * writes it; editors move its status on and keep notes. Private: no page, feed, search or preview
 * of the site ever reads it, and it can be read only with a token.
 */
export const inquiryType = defineType({
  name: 'inquiry',
  title: 'Inquiry',
  type: 'document',
  icon: EnvelopeIcon,
  // Its possible matches above its fields.
  components: {input: InquiryForm},
  groups: [
    {name: 'follow-up', title: 'Follow-up', default: true},
    {name: 'request', title: 'What they sent'},
  ],
  fields: [
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'follow-up',
      description: 'New until someone writes back; Matched once a partnership is started from it.',
      options: {list: [...INQUIRY_STATUSES], layout: 'radio', direction: 'horizontal'},
      initialValue: 'new',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'notes',
      title: 'Notes',
      type: 'text',
      rows: 4,
      group: 'follow-up',
      description: 'For editors only: who wrote back, when, and what was agreed.',
      validation: (rule) => rule.max(INQUIRY_LIMITS.notes),
    }),
    defineField({
      name: 'kind',
      title: 'Asking for',
      type: 'string',
      ...fromTheForm,
      options: {list: [...INQUIRY_KINDS]},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'contactName',
      title: 'Name',
      type: 'string',
      ...fromTheForm,
      validation: (rule) => rule.max(INQUIRY_LIMITS.contactName),
    }),
    defineField({name: 'email', title: 'E-mail', type: 'string', ...fromTheForm, validation: (rule) => rule.max(INQUIRY_LIMITS.email)}),
    defineField({
      name: 'organization',
      title: 'Organization',
      type: 'string',
      ...fromTheForm,
      validation: (rule) => rule.max(INQUIRY_LIMITS.organization),
    }),
    defineField({name: 'role', title: 'Role', type: 'string', ...fromTheForm, validation: (rule) => rule.max(INQUIRY_LIMITS.role)}),
    defineField({name: 'city', title: 'City', type: 'string', ...fromTheForm, validation: (rule) => rule.max(INQUIRY_LIMITS.city)}),
    defineField({name: 'state', title: 'State', type: 'string', ...fromTheForm, options: {list: STATE_OPTIONS}}),
    defineField({
      name: 'message',
      title: 'Message',
      type: 'text',
      rows: 6,
      ...fromTheForm,
      validation: (rule) => rule.max(INQUIRY_LIMITS.message),
    }),
    defineField({
      name: 'messageCut',
      title: 'Message was cut',
      type: 'boolean',
      ...fromTheForm,
      description: `The visitor wrote more than ${INQUIRY_LIMITS.message.toLocaleString('en-US')} characters; the whole message is in Netlify Forms.`,
      hidden: ({value}) => !value,
    }),
    defineField({
      name: 'resource',
      title: 'Resource asked about',
      type: 'reference',
      to: [{type: 'resource'}],
      weak: true,
      ...fromTheForm,
      hidden: ({document}) => document?.kind !== 'format',
    }),
    defineField({
      name: 'format',
      title: 'Format wanted',
      type: 'string',
      ...fromTheForm,
      options: {list: [...ACCESSIBLE_FORMATS]},
      hidden: ({document}) => document?.kind !== 'format',
    }),
    defineField({
      name: 'consent',
      title: 'What they agreed to',
      type: 'object',
      ...fromTheForm,
      description: 'Each question as the form asked it, with their answer. A question left unanswered counts as no.',
      hidden: ({document}) => document?.kind === 'format',
      fields: (Object.keys(INQUIRY_CONSENT_QUESTIONS) as (keyof typeof INQUIRY_CONSENT_QUESTIONS)[]).map((name) =>
        defineField({
          name,
          title: INQUIRY_CONSENT_QUESTIONS[name].en,
          type: 'object',
          fields: [
            defineField({name: 'question', title: 'Question asked', type: 'string'}),
            defineField({
              name: 'answer',
              title: 'Answer',
              type: 'string',
              options: {
                list: [
                  {title: 'Yes', value: 'yes'},
                  {title: 'No', value: 'no'},
                ],
              },
            }),
          ],
        }),
      ),
    }),
    defineField({
      name: 'language',
      title: 'Language of the page',
      type: 'string',
      ...fromTheForm,
      options: {list: LANGUAGES.map((language) => ({title: language === 'es' ? 'Spanish' : 'English', value: language}))},
    }),
    defineField({name: 'formName', title: 'Form', type: 'string', ...fromTheForm}),
    defineField({name: 'receivedAt', title: 'Received', type: 'datetime', ...fromTheForm}),
    defineField({name: 'submissionId', title: 'Netlify submission', type: 'string', ...fromTheForm}),
    defineField({
      name: 'partnership',
      title: 'Partnership started from it',
      type: 'reference',
      to: [{type: 'partnership'}],
      weak: true,
      readOnly: true,
      group: 'follow-up',
      hidden: ({value}) => !value,
    }),
  ],
  orderings: [
    {title: 'Newest first', name: 'receivedDesc', by: [{field: 'receivedAt', direction: 'desc'}]},
    {title: 'Oldest first', name: 'receivedAsc', by: [{field: 'receivedAt', direction: 'asc'}]},
  ],
  preview: {
    select: {
      organization: 'organization',
      name: 'contactName',
      kind: 'kind',
      format: 'format',
      city: 'city',
      state: 'state',
      status: 'status',
      receivedAt: 'receivedAt',
    },
    prepare: ({organization, name, kind, format, city, state, status, receivedAt}) => ({
      title: organization || name || 'Inquiry',
      subtitle: [
        kind === 'format' && format ? `${optionTitle(ACCESSIBLE_FORMATS, format)}` : kind && optionTitle(INQUIRY_KINDS, kind),
        [city, state].filter(Boolean).join(', '),
        status && optionTitle(INQUIRY_STATUSES, status),
        kind === 'format' && (status === 'new' || status === 'contacted') && receivedAt && daysWaited(receivedAt),
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})

/** How long a request has waited, as the desk lists say it: "waiting 3 days". */
export function daysWaited(receivedAt: string, now = Date.now()): string {
  const days = Math.max(0, Math.floor((now - Date.parse(receivedAt)) / 86_400_000))
  return days === 0 ? 'arrived today' : `waiting ${days} day${days === 1 ? '' : 's'}`
}
