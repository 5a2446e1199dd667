import {defineArrayMember, defineField, defineType} from 'sanity'
import {linkRule} from '../rules/field-rules'

/** Rich text for page bodies: headings, lists, emphasis and safe links. */
export const blockContentType = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        {title: 'Normal', value: 'normal'},
        {title: 'Heading', value: 'h2'},
        {title: 'Subheading', value: 'h3'},
        {title: 'Quote', value: 'blockquote'},
      ],
      marks: {
        decorators: [
          {title: 'Bold', value: 'strong'},
          {title: 'Italic', value: 'em'},
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'Address',
                type: 'url',
                description: 'A full address starting with https://, http:// or mailto:',
                validation: (rule) => linkRule(rule).required(),
              }),
            ],
          }),
        ],
      },
    }),
  ],
})
