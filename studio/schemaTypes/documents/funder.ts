import {HeartIcon} from '@sanity/icons/Heart'
import {defineField, defineType} from 'sanity'
import {orderField} from '../fields/orderField'
import {slugField} from '../fields/slugField'
import {uniqueSlugRule} from '../rules/unique'
import {FUNDER_TIERS, optionTitle} from '../fieldOptions'
import {linkRule} from '../rules/links'

/** A funder or sponsor. Hidden ones stay on record but off the site. */
export const funderType = defineType({
  name: 'funder',
  title: 'Funder',
  type: 'document',
  icon: HeartIcon,
  fields: [
    defineField({name: 'name', title: 'Name', type: 'string', validation: (rule) => [rule.required(), uniqueSlugRule(rule)]}),
    slugField('name'),
    defineField({
      name: 'tier',
      title: 'Tier',
      type: 'string',
      options: {list: [...FUNDER_TIERS], layout: 'radio'},
      validation: (rule) => rule.required().error('Choose the funding tier'),
    }),
    defineField({name: 'logo', title: 'Logo', type: 'accessibleImage'}),
    defineField({name: 'website', title: 'Website', type: 'url', validation: (rule) => linkRule(rule)}),
    defineField({name: 'grantName', title: 'Grant or program', type: 'string', description: 'What the support is for, e.g. "OneCOP app pilot, Indianapolis".'}),
    defineField({name: 'periodStart', title: 'Support began', type: 'date'}),
    defineField({
      name: 'periodEnd',
      title: 'Support ends',
      type: 'date',
      description: 'Leave empty while the support is ongoing.',
      validation: (rule) =>
        rule.custom((end: string | undefined, context) => {
          const start = (context.document as {periodStart?: string} | undefined)?.periodStart
          return !end || !start || end >= start ? true : 'The support cannot end before it began: check both dates'
        }),
    }),
    defineField({name: 'showPublicly', title: 'Show on the website', type: 'boolean', description: 'Turn off for funders who asked not to be named.', initialValue: true}),
    orderField('funder'),
  ],
  preview: {
    select: {title: 'name', tier: 'tier', media: 'logo', shown: 'showPublicly'},
    prepare: ({title, tier, media, shown}) => ({
      title,
      subtitle: `${tier ? optionTitle(FUNDER_TIERS, tier) : 'No tier'}${shown === false ? ' · hidden' : ''}`,
      media,
    }),
  },
})
