import {DEFAULT_LANGUAGE, LANGUAGES} from '@onecop/content-model'
import {defineField} from 'sanity'

/**
 * The language of a translated document. The translation plugin sets it when a document or a
 * translation is created; editors never type it.
 */
export const languageField = defineField({
  name: 'language',
  title: 'Language',
  type: 'string',
  description: 'The language this version is written in. Set for you: use the Translations menu to add a Spanish version.',
  options: {list: [...LANGUAGES]},
  initialValue: DEFAULT_LANGUAGE,
  readOnly: true,
  hidden: true,
  validation: (rule) => rule.required(),
})
