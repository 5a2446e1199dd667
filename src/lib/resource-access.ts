/** How a reader gets a resource: its uploaded file or its link, and what the link to it says. */
import type {CollectionEntry} from 'astro:content'
import {RESOURCE_TYPES, optionTitle} from '@onecop/content-model'
import {formatFileSize} from './format-file-size'

type Resource = CollectionEntry<'resources'>['data']

/** The file's address, or else the link: validation guarantees exactly one of the two. */
export function resourceHref(resource: Pick<Resource, 'file' | 'url'>): string {
  return resource.file ? resource.file.url : resource.url!
}

/** "Download the guide (PDF, 24 KB)" for a file, "Open the video" for a link. */
export function resourceAction(resource: Pick<Resource, 'file' | 'resourceType'>): string {
  const kind = optionTitle(RESOURCE_TYPES, resource.resourceType).toLowerCase()
  const file = resource.file
  return file ? `Download the ${kind} (${file.extension.toUpperCase()}, ${formatFileSize(file.size)})` : `Open the ${kind}`
}
