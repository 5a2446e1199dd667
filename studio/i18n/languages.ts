import {LANGUAGES, type Language} from '@onecop/content-model'

const TITLES: Record<Language, string> = {en: 'English', es: 'Español'}

/** The languages editors can translate into, as the translation plugin lists them. */
export const SUPPORTED_LANGUAGES = LANGUAGES.map((id) => ({id, title: TITLES[id]}))
