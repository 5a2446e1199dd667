/** Astro content loaders that fill the site's collections through the content door. */
import type {Loader} from 'astro/loaders'
import type {ContentSource} from './content-source'
import {DEFAULT_LANGUAGE, LANGUAGES} from '@onecop/content-model'
import {loadAllCollections, type CollectionSpecs} from './load-documents'
import {entryId} from './entry-ids'
import {rethrowAfterRecording} from '../../netlify/lib/build-error-lines.ts'

/**
 * One loader per collection, all served by a single load of every collection (one query each,
 * run once per build), so that a failure reports every bad entry of every collection together.
 */
export function sanityLoaders<Specs extends CollectionSpecs>(source: ContentSource, specs: Specs): {[Name in keyof Specs]: Loader} {
  const names = Object.keys(specs)
  // One load serves one round of syncing (every collection once); the next round, such as a
  // content refresh in `astro dev`, queries afresh.
  let content: ReturnType<typeof loadAllCollections> | undefined
  let served = 0
  const loaders = names.map((name) => {
    const loader: Loader = {
      name: 'onecop-content-loader',
      async load({store, logger, generateDigest}) {
        // A failure is recorded once per round (in a Netlify build only, for the Studio's Publishing
        // pane) and rethrown unchanged, so the build log and exit are exactly as before.
        content ??= loadAllCollections(source, specs).catch(rethrowAfterRecording)
        const round = content
        served += 1
        if (served === names.length) {
          content = undefined
          served = 0
        }
        const byLanguage = (await round)[name]
        // Every entry has passed its schema already (and any failure failed the build), so
        // entries go to the store as they are rather than through Astro's parseData again. Each
        // with a digest of its data: an entry the store already holds unchanged (a build after an
        // editor's publish, with Astro's cache restored) is left as it is, and only entries that
        // are gone are deleted, rather than the whole collection written again.
        const kept = new Set<string>()
        const languages = specs[name].translated ? LANGUAGES : [undefined]
        for (const language of languages) {
          for (const data of byLanguage[language ?? DEFAULT_LANGUAGE]) {
            const id = entryId(data._id, language)
            kept.add(id)
            store.set({id, data: data as Record<string, unknown>, digest: generateDigest(data as Record<string, unknown>)})
          }
        }
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id)
        logger.info(
          `${byLanguage.en.length} ${name}${specs[name].translated ? ` in ${LANGUAGES.length} languages` : ''} from ${source.description}`,
        )
      },
    }
    return [name, loader]
  })
  return Object.fromEntries(loaders) as {[Name in keyof Specs]: Loader}
}
