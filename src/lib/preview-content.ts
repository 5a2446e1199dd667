/**
 * Draft content for one preview request. A preview (`src/middleware.ts`) loads every collection
 * with the drafts perspective, validated like a build, and renders the page inside
 * `previewContent.run(...)`; `collections.ts` then serves those entries instead of the build's.
 * Outside a preview request the store is empty and pages read the built collections.
 */
import {AsyncLocalStorage} from 'node:async_hooks'
import type {CollectionEntry, CollectionKey} from 'astro:content'
import type {EntriesByLanguage} from '../sanity/load-documents'

/** Every collection's validated entries in each language, as `loadAllCollections` returns them. */
export type CollectionsData = {[C in CollectionKey]: EntriesByLanguage<CollectionEntry<C>['data']>}

export const previewContent = new AsyncLocalStorage<CollectionsData>()

/** Where previews live: `/preview/<a page's own address>`. */
export const PREVIEW_PREFIX = '/preview'

/** True while a preview renders, so pages can say so and keep out of search engines. */
export const isPreviewRender = (): boolean => previewContent.getStore() !== undefined

/** A page's public address, also when it is rendered as a preview. */
export const publicPathname = (pathname: string): string =>
  pathname === PREVIEW_PREFIX || pathname.startsWith(`${PREVIEW_PREFIX}/`) ? pathname.slice(PREVIEW_PREFIX.length) || '/' : pathname
