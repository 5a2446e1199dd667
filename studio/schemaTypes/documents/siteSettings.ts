import {CogIcon} from '@sanity/icons/Cog'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {LOCALIZED_FIELDS, emailProblem} from '@onecop/content-model'
import {localizedField} from '../fields/localizedField'
import {linkRule, optionalText, requiredText, studioCheck} from '../rules/field-rules'

/** Site-wide settings: one document, edited from "Settings" in the desk. */
export const siteSettingsType = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      description: 'Shown in the header and in browser tabs.',
      validation: (rule) => requiredText(rule),
    }),
    defineField({
      name: 'shortName',
      title: 'Short name',
      type: 'string',
      description: 'How the site names itself in tab titles, feeds, calendars and link previews, e.g. "OneCOP".',
      validation: (rule) => requiredText(rule).max(30),
    }),
    localizedField({
      name: 'description',
      title: 'Site description',
      kind: 'text',
      description: 'One or two sentences for search engines and link previews, in each language.',
      required: true,
      max: 200,
      siblings: LOCALIZED_FIELDS.siteSettings,
    }),
    defineField({name: 'logo', title: 'Logo', type: 'accessibleImage'}),
    defineField({
      name: 'contactEmail',
      title: 'Contact email',
      type: 'email',
      description: 'Where visitors write to the program.',
      validation: (rule) => rule.required().custom(studioCheck(emailProblem)),
    }),
    defineField({
      name: 'address',
      title: 'Mailing address',
      type: 'text',
      rows: 3,
      description: 'As it should be printed in the footer, one line per row.',
      validation: (rule) => optionalText(rule),
    }),
    defineField({name: 'socialLinks', title: 'Social links', type: 'array', of: [defineArrayMember({type: 'socialLink'})]}),
    defineField({
      name: 'donateUrl',
      title: 'Donate link',
      type: 'url',
      description: 'Where the Donate button goes.',
      validation: (rule) => linkRule(rule),
    }),
    defineField({name: 'newsletterUrl', title: 'Newsletter sign-up link', type: 'url', validation: (rule) => linkRule(rule)}),
    defineField({
      name: 'impactFigures',
      title: 'Impact figures',
      type: 'array',
      of: [defineArrayMember({type: 'impactFigure'})],
      description: 'Numbers for the home page, each with its date and source.',
    }),
  ],
  preview: {prepare: () => ({title: 'Site settings'})},
})
