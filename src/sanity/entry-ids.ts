/**
 * Where a document lives in Astro's content store. A translated collection holds each document
 * once per language, so its entries are `<language>/<_id>`; an untranslated one holds each once,
 * as `<_id>`.
 */
import type {Language} from '@onecop/content-model'

export const entryId = (id: string, language: Language | undefined): string => (language ? `${language}/${id}` : id)

/** Whether a translated collection's entry is the `language` version. */
export const isEntryIn = (storeId: string, language: Language): boolean => storeId.startsWith(`${language}/`)
