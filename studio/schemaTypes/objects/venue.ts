import {postalCodeProblem} from '@onecop/content-model'
import {defineField, defineType} from 'sanity'
import {requiredText, studioCheck} from '../rules/field-rules'
import {cityField, stateField} from '../fields/placeFields'

/** Where an in-person event happens. */
export const venueType = defineType({
  name: 'venue',
  title: 'Venue',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Place name',
      type: 'string',
      description: 'e.g. "Greater Hope Baptist Church, fellowship hall".',
      validation: (rule) => requiredText(rule),
    }),
    defineField({name: 'street', title: 'Street address', type: 'string', validation: (rule) => requiredText(rule)}),
    cityField(),
    stateField(),
    defineField({
      name: 'postalCode',
      title: 'ZIP code',
      type: 'string',
      validation: (rule) => rule.required().custom(studioCheck(postalCodeProblem)),
    }),
    defineField({
      name: 'location',
      title: 'Map location',
      type: 'geopoint',
      description: 'Optional: drop a pin so the event page can show a map link.',
    }),
  ],
})
