import {PARTNERSHIP_PARTIES, liaisonConsentProblem, type ConsentRecord} from '@onecop/content-model'
import {defineField, defineType} from 'sanity'
import {linkRule, requiredText, sentence} from '../rules/field-rules'

interface PartnershipConsents {
  congregationConsent?: ConsentRecord
  agencyConsent?: ConsentRecord
}

/** A person who keeps a partnership going on one side: published only with that side's consent. */
export const liaisonType = defineType({
  name: 'liaison',
  title: 'Liaison',
  type: 'object',
  fields: [
    defineField({
      name: 'party',
      title: 'Side',
      type: 'string',
      options: {list: [...PARTNERSHIP_PARTIES], layout: 'radio', direction: 'horizontal'},
      initialValue: 'congregation',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) =>
        requiredText(rule).custom((_name, context) => {
          const document = (context.document ?? {}) as PartnershipConsents
          const liaison = (context.parent ?? {}) as {party?: string; contactUrl?: string}
          const problem = liaisonConsentProblem(liaison, {congregation: document.congregationConsent, agency: document.agencyConsent})
          return problem ? sentence(problem) : true
        }),
    }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: 'e.g. "Pastor" or "Community affairs officer".',
      validation: (rule) => requiredText(rule),
    }),
    defineField({
      name: 'contactUrl',
      title: 'Contact link',
      type: 'url',
      description: 'An email (mailto:) or web address. Shown only if this side agreed to publish contact links.',
      validation: (rule) => linkRule(rule),
    }),
  ],
  preview: {select: {title: 'name', subtitle: 'role'}},
})
