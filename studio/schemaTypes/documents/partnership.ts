import {LinkIcon} from '@sanity/icons/Link'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {PARTNERSHIP_STATUSES, congregationConsentProblem, optionTitle, type ConsentRecord} from '@onecop/content-model'
import {referenceTo} from '../fields/referenceTo'
import {slugField} from '../fields/slugField'
import {dateRule, sentence} from '../rules/field-rules'

/**
 * One OneCOP pairing: a congregation and the precinct, sheriff's district or agency it works with.
 * What the site shows of each side is what that side agreed to (its consent, below).
 */
export const partnershipType = defineType({
  name: 'partnership',
  title: 'Partnership',
  type: 'document',
  icon: LinkIcon,
  groups: [
    {name: 'pairing', title: 'Pairing', default: true},
    {name: 'consent', title: 'Consent'},
    {name: 'story', title: 'Story'},
  ],
  fields: [
    defineField({
      name: 'congregation',
      title: 'Congregation',
      type: 'congregationParty',
      group: 'pairing',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'agency', title: 'Law enforcement', type: 'agencyParty', group: 'pairing', validation: (rule) => rule.required()}),
    slugField('congregation.name', {group: 'pairing'}),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'pairing',
      options: {list: [...PARTNERSHIP_STATUSES], layout: 'radio', direction: 'horizontal'},
      initialValue: 'forming',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'launched',
      title: 'Launched',
      type: 'date',
      group: 'pairing',
      description: 'The day the pairing first met, or will.',
      validation: (rule) => dateRule(rule).required(),
    }),
    defineField({
      name: 'liaisons',
      title: 'Liaisons',
      type: 'array',
      group: 'pairing',
      of: [defineArrayMember({type: 'liaison'})],
      description: 'Published only as far as each side agreed (see Consent).',
    }),
    defineField({
      name: 'congregationConsent',
      title: "The congregation's consent",
      type: 'publishingConsent',
      group: 'consent',
      validation: (rule) =>
        rule.custom((consent: ConsentRecord | undefined) => {
          const problem = congregationConsentProblem(consent)
          return problem ? sentence(problem) : true
        }),
    }),
    defineField({
      name: 'agencyConsent',
      title: "Law enforcement's consent",
      type: 'publishingConsent',
      group: 'consent',
      description: 'Needed before naming its liaisons. The agency itself is a public body: its name and city are always shown.',
    }),
    defineField({name: 'story', title: 'Story', type: 'blockContent', group: 'story'}),
    defineField({name: 'photos', title: 'Photos', type: 'array', group: 'story', of: [defineArrayMember({type: 'accessibleImage'})]}),
    defineField({
      name: 'resources',
      title: 'Related resources',
      type: 'array',
      group: 'story',
      of: [referenceTo('resource')],
      validation: (rule) => rule.unique(),
    }),
  ],
  preview: {
    select: {congregation: 'congregation.name', unit: 'agency.unit', agency: 'agency.name', state: 'agency.state', status: 'status'},
    prepare: ({congregation, unit, agency, state, status}) => ({
      title: `${congregation ?? 'Congregation'} · ${unit ?? agency ?? 'Precinct'}`,
      subtitle: [state, status && optionTitle(PARTNERSHIP_STATUSES, status)].filter(Boolean).join(' · '),
    }),
  },
})
