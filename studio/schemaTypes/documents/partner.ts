import {UsersIcon} from '@sanity/icons/Users'
import {defineField, defineType} from 'sanity'
import {orderField} from '../fields/orderField'
import {slugField} from '../fields/slugField'
import {PARTNER_CATEGORIES, PARTNER_SINCE_YEARS, optionTitle} from '@onecop/content-model'
import {linkRule, requiredText} from '../rules/field-rules'
import {webAddressRule} from '../rules/lookups'

/** An organization that works with OneCOP. Order them by dragging in People › Partners. */
export const partnerType = defineType({
  name: 'partner',
  title: 'Partner',
  type: 'document',
  icon: UsersIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: "The organization's full name.",
      validation: (rule) => [requiredText(rule), webAddressRule(rule)],
    }),
    slugField('name'),
    defineField({
      name: 'category',
      title: 'Category',
      type: 'string',
      description: 'The partners page groups organizations by it.',
      options: {list: [...PARTNER_CATEGORIES], layout: 'dropdown'},
      validation: (rule) => rule.required().error('Choose the kind of organization'),
    }),
    defineField({name: 'logo', title: 'Logo', type: 'accessibleImage'}),
    defineField({name: 'website', title: 'Website', type: 'url', validation: (rule) => linkRule(rule)}),
    defineField({
      name: 'description',
      title: 'Short description',
      type: 'text',
      rows: 2,
      description: 'One or two sentences on the organization and its part in OneCOP.',
      validation: (rule) => requiredText(rule).max(280),
    }),
    defineField({
      name: 'partnerSince',
      title: 'Partner since (year)',
      type: 'number',
      validation: (rule) =>
        rule
          .integer()
          .min(PARTNER_SINCE_YEARS.min)
          .max(PARTNER_SINCE_YEARS.max)
          .error(`Use the year the partnership began, ${PARTNER_SINCE_YEARS.min} or later`),
    }),
    defineField({name: 'featured', title: 'Feature on the home page', type: 'boolean', initialValue: false}),
    orderField('partner'),
  ],
  preview: {
    select: {title: 'name', category: 'category', media: 'logo'},
    prepare: ({title, category, media}) => ({title, subtitle: category ? optionTitle(PARTNER_CATEGORIES, category) : 'No category', media}),
  },
})
