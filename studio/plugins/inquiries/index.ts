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
    // Publish stays the button, as on every document (an editor who changed the status looks for
    // it there); "Start a partnership" is first in the menu beside it.
    actions: (previous, {schemaType}) =>
      schemaType === 'inquiry' ? [...previous.slice(0, 1), StartPartnershipAction, ...previous.slice(1)] : previous,
  },
})
