import {DEFAULT_LANGUAGE} from '@onecop/content-model'
import {internationalizedArray} from 'sanity-plugin-internationalized-array'
import {SUPPORTED_LANGUAGES} from './languages'

/**
 * Fields translated in place (events, site settings): each holds every language's version side
 * by side, so a translator sees the English beside the Spanish and dates, places and links stay
 * one. New documents start with an English version of each; "+ Español" adds the translation.
 */
export const fieldTranslation = internationalizedArray({
  languages: SUPPORTED_LANGUAGES,
  defaultLanguages: [DEFAULT_LANGUAGE],
  fieldTypes: ['string', 'text', 'blockContent'],
  buttonLocations: ['field'],
  languageDisplay: 'titleOnly',
})

/** The field types the plugin adds (`internationalizedArrayString` and so on), for schemas compiled outside the Studio. */
export const fieldTranslationTypes = fieldTranslation.schema!.types as unknown[]
