import {FAITH_TRADITIONS, postalCodeProblem, streetAddressProblem, type ConsentRecord} from '@onecop/content-model'
import {defineField, defineType} from 'sanity'
import {linkRule, optionalText, requiredText, sentence, studioCheck} from '../rules/field-rules'
import {cityField, stateField} from '../fields/placeFields'
import {webAddressRule} from '../rules/lookups'

/** The congregation of a partnership. Its place is published only as far as its consent allows. */
export const congregationPartyType = defineType({
  name: 'congregationParty',
  title: 'Congregation',
  type: 'object',
  fields: [
    // The partnership's web address is made from this name, and checked here (see `webAddressRule`).
    defineField({name: 'name', title: 'Name', type: 'string', validation: (rule) => [requiredText(rule).max(120), webAddressRule(rule)]}),
    defineField({
      name: 'faithTradition',
      title: 'Faith tradition',
      type: 'string',
      options: {list: [...FAITH_TRADITIONS]},
      validation: (rule) => rule.required(),
    }),
    cityField(),
    stateField(),
    defineField({
      name: 'streetAddress',
      title: 'Street address',
      type: 'string',
      description: 'Optional. Published only if the congregation agreed to publish its full address.',
      validation: (rule) =>
        optionalText(rule).custom((street: string | undefined, context) => {
          const consent = (context.document as {congregationConsent?: ConsentRecord} | undefined)?.congregationConsent
          const problem = streetAddressProblem(street, consent)
          return problem ? sentence(problem) : true
        }),
    }),
    defineField({
      name: 'postalCode',
      title: 'ZIP code',
      type: 'string',
      validation: (rule) => rule.custom(studioCheck(postalCodeProblem)),
    }),
    defineField({name: 'website', title: 'Website', type: 'url', validation: (rule) => linkRule(rule)}),
  ],
})
