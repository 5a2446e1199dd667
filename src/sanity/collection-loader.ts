/** An Astro content loader that fills a collection through the content door, one query per build. */
import type {Loader} from 'astro/loaders'
import type {z} from 'astro/zod'
import type {ContentSource} from './content-source'
import {loadDocuments, type CollectionSpec} from './load-documents'

/** Loads, validates and stores every document of one collection, keyed by `_id`. */
export function sanityLoader<Schema extends z.ZodType<{_id: string}>>(
  source: ContentSource,
  spec: Omit<CollectionSpec<Schema>, 'collection'>,
): Loader {
  return {
    name: 'onecop-sanity-loader',
    schema: spec.schema,
    async load({collection, store, logger}) {
      const documents = await loadDocuments(source, {...spec, collection})
      // Validation already ran over every document (and failed the build on any problem),
      // so entries go to the store as they are rather than through Astro's parseData again.
      store.clear()
      for (const data of documents) store.set({id: data._id, data})
      logger.info(`${documents.length} ${collection} from ${source.description}`)
    },
  }
}
