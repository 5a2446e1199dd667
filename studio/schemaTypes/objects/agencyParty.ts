import {AGENCY_UNIT_KINDS} from '@onecop/content-model'
import {defineField, defineType} from 'sanity'
import {requiredText} from '../rules/field-rules'
import {cityField, stateField} from '../fields/placeFields'

/** The law-enforcement side of a partnership: a public body, shown by name and place. */
export const agencyPartyType = defineType({
  name: 'agencyParty',
  title: 'Law enforcement',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Agency',
      type: 'string',
      description: 'e.g. "Atlanta Police Department".',
      validation: (rule) => requiredText(rule),
    }),
    defineField({
      name: 'unitKind',
      title: 'Kind',
      type: 'string',
      options: {list: [...AGENCY_UNIT_KINDS], layout: 'radio', direction: 'horizontal'},
      initialValue: 'precinct',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'unit',
      title: 'Precinct or district',
      type: 'string',
      description: 'e.g. "Zone 4" or "North District".',
      validation: (rule) => requiredText(rule),
    }),
    cityField(),
    stateField('The directory lists the partnership under it.'),
  ],
})
