import {LOCATION_CONSENT, congregationConsentProblem, consentRecordProblem, type ConsentRecord} from '@onecop/content-model'
import {defineField, defineType} from 'sanity'
import {dateRule, sentence} from '../rules/field-rules'

/**
 * What one party of a partnership agreed the site may publish, and who recorded it when. The
 * site publishes only what is agreed here; a place, liaison or contact with nothing recorded for
 * it cannot be published at all.
 */
export const publishingConsentType = defineType({
  name: 'publishingConsent',
  title: 'Consent to publish',
  type: 'object',
  options: {collapsible: true, collapsed: false},
  fields: [
    defineField({
      name: 'location',
      title: 'Where it is',
      type: 'string',
      description: 'How much of where this party is the site may show. Houses of worship are targets: ask, and record the answer.',
      options: {list: [...LOCATION_CONSENT], layout: 'radio'},
      // The congregation must say at least whether its name may be shown. (Sanity runs a rule on
      // the consent object itself only when it is missing, so the answer is checked here.)
      validation: (rule) =>
        rule.custom((_location, context) => {
          if (context.path?.[0] !== 'congregationConsent') return true
          const problem = congregationConsentProblem(context.parent as ConsentRecord | undefined)
          return problem ? sentence(problem) : true
        }),
    }),
    defineField({
      name: 'liaisonNames',
      title: 'Liaison names may be published',
      type: 'boolean',
      description: 'Off: liaisons are kept here for the program, and the site shows none of them.',
      initialValue: false,
    }),
    defineField({
      name: 'contactLinks',
      title: 'Liaison contact links may be published',
      type: 'boolean',
      description: 'Off: contact links are kept here for the program, and the site shows none of them.',
      initialValue: false,
    }),
    defineField({
      name: 'recordedBy',
      title: 'Recorded by',
      type: 'string',
      description: 'Who asked and wrote the answer down. Never shown on the site.',
      validation: (rule) =>
        rule.custom((_value, context) => {
          const problem = consentRecordProblem(context.parent as ConsentRecord | undefined)
          return problem ? sentence(problem) : true
        }),
    }),
    defineField({
      name: 'recordedAt',
      title: 'Recorded on',
      type: 'date',
      description: 'The date the party gave (or refused) its consent. Never shown on the site.',
      validation: (rule) => dateRule(rule),
    }),
  ],
})
