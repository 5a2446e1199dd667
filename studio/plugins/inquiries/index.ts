/**
 * Inquiries in the Studio: a congregation's or an agency's inquiry offers "Start a partnership".
 * (Each inquiry's possible matches show above its fields: `InquiryForm`, the type's form; the
 * desk's Inquiries section is `studio/inquiries-desk.ts`.)
 */
import {definePlugin} from 'sanity'
import {StartPartnershipAction} from './StartPartnershipAction'

export const inquiriesPlugin = definePlugin({
  name: 'onecop-inquiries',
  document: {
    actions: (previous, {schemaType}) => (schemaType === 'inquiry' ? [StartPartnershipAction, ...previous] : previous),
  },
})
