import {HeartIcon} from '@sanity/icons/Heart'
import {defineField, defineType} from 'sanity'
import {orderField} from '../fields/orderField'
import {slugField} from '../fields/slugField'
import {FUNDER_TIERS, funderPeriodProblem, optionTitle} from '@onecop/content-model'
import {dateRule, linkRule, optionalText, requiredText, sentence} from '../rules/field-rules'
import {webAddressRule} from '../rules/lookups'

/** A funder or sponsor. Hidden ones stay on record but off the site. */
export const funderType = defineType({
  name: 'funder',
  title: 'Funder',
  type: 'document',
  icon: HeartIcon,
  fields: [
    defineField({name: 'name', title: 'Name', type: 'string', validation: (rule) => [requiredText(rule), webAddressRule(rule)]}),
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
    defineField({
      name: 'grantName',
      title: 'Grant or program',
      type: 'string',
      description: 'What the support is for, e.g. "OneCOP app pilot, Indianapolis".',
      validation: (rule) => optionalText(rule),
    }),
    defineField({name: 'periodStart', title: 'Support began', type: 'date', validation: (rule) => dateRule(rule)}),
    defineField({
      name: 'periodEnd',
      title: 'Support ends',
      type: 'date',
      description: 'Leave empty while the support is ongoing.',
      validation: (rule) =>
        dateRule(rule).custom((periodEnd: string | undefined, context) => {
          const problem = funderPeriodProblem({
            periodStart: (context.document as {periodStart?: string} | undefined)?.periodStart,
            periodEnd,
          })
          return problem ? sentence(problem) : true
        }),
    }),
    defineField({
      name: 'showPublicly',
      title: 'Show on the website',
      type: 'boolean',
      description: 'Turn off for funders who asked not to be named.',
      initialValue: true,
    }),
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
