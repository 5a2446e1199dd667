/** How a reader gets a resource: its uploaded file or its link, and what the link to it says. */
import type {CollectionEntry} from 'astro:content'
import {formatFileSize} from './format-file-size'
import {DEFAULT_LOCALE, type Locale} from '../i18n/locales'
import {translations} from '../i18n/translations'

type Resource = CollectionEntry<'resources'>['data']

/** The file's address, or else the link: validation guarantees exactly one of the two. */
export function resourceHref(resource: Pick<Resource, 'file' | 'url'>): string {
  return resource.file ? resource.file.url : resource.url!
}

/** "Download the guide (PDF, 24 KB)" for a file, "Open the video" for a link; in `locale`. */
export function resourceAction(resource: Pick<Resource, 'file' | 'resourceType'>, locale: Locale = DEFAULT_LOCALE): string {
  const t = translations(locale)
  const kind = t.options.resourceTypes[resource.resourceType]
  const file = resource.file
  return file ? t.resource.download(kind, file.extension.toUpperCase(), formatFileSize(file.size)) : t.resource.open(kind)
}
