import {UsersIcon} from '@sanity/icons/Users'
import {defineField, defineType} from 'sanity'
import {orderField} from '../fields/orderField'
import {slugField} from '../fields/slugField'
import {uniqueSlugRule} from '../rules/unique'
import {PARTNER_CATEGORIES, optionTitle} from '../fieldOptions'
import {linkRule} from '../rules/links'

/** An organization that works with OneCOP. Order them by dragging in People › Partners. */
export const partnerType = defineType({
  name: 'partner',
  title: 'Partner',
  type: 'document',
  icon: UsersIcon,
  fields: [
    defineField({name: 'name', title: 'Name', type: 'string', description: 'The organization\'s full name.', validation: (rule) => [rule.required(), uniqueSlugRule(rule)]}),
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
    defineField({name: 'description', title: 'Short description', type: 'text', rows: 2, description: 'One or two sentences on the organization and its part in OneCOP.', validation: (rule) => rule.required().max(280)}),
    defineField({name: 'partnerSince', title: 'Partner since (year)', type: 'number', validation: (rule) => rule.integer().min(2016).max(2100).error('Use the year the partnership began, 2016 or later')}),
    defineField({name: 'featured', title: 'Feature on the home page', type: 'boolean', initialValue: false}),
    orderField('partner'),
  ],
  preview: {
    select: {title: 'name', category: 'category', media: 'logo'},
    prepare: ({title, category, media}) => ({title, subtitle: category ? optionTitle(PARTNER_CATEGORIES, category) : 'No category', media}),
  },
})
