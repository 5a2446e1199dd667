import {defineField, defineType} from 'sanity'

/** Where an in-person event happens. */
export const venueType = defineType({
  name: 'venue',
  title: 'Venue',
  type: 'object',
  fields: [
    defineField({name: 'name', title: 'Place name', type: 'string', description: 'e.g. "Greater Hope Baptist Church, fellowship hall".', validation: (rule) => rule.required()}),
    defineField({name: 'street', title: 'Street address', type: 'string', validation: (rule) => rule.required()}),
    defineField({name: 'city', title: 'City', type: 'string', validation: (rule) => rule.required()}),
    defineField({name: 'state', title: 'State', type: 'string', description: 'Two-letter code, e.g. GA.', validation: (rule) => rule.required().regex(/^[A-Z]{2}$/, {name: 'state code'}).error('Use the two-letter state code, e.g. GA')}),
    defineField({name: 'postalCode', title: 'ZIP code', type: 'string', validation: (rule) => rule.required().regex(/^\d{5}(-\d{4})?$/, {name: 'ZIP code'}).error('Use a five-digit ZIP code, e.g. 30303')}),
    defineField({name: 'location', title: 'Map location', type: 'geopoint', description: 'Optional: drop a pin so the event page can show a map link.'}),
  ],
})
