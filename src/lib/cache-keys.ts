/**
 * `cacheKey`s for Astro's incremental builds: a page is rendered again only when its key changes.
 * A key is a digest of everything the page shows (the entries as the queries projected them, so
 * it changes whenever their `_rev` would and for no field the site does not read) plus what
 * every page shows: the site settings, the kind of build (sample content or not, a deploy
 * preview's `noindex` or not) and the site's code (`code-digest.ts`). A change to the settings or
 * to the code therefore renders every page again.
 */
import {createHash} from 'node:crypto'
import {codeDigest} from './code-digest'
import {siteSettings} from './collections'
import {isPreviewDeploy} from './deploy-context'
import {usesSampleDataset} from '../sanity/source-from-env'
import {LOCALES} from '../i18n/locales'

let everyPage: Promise<string> | undefined

/** What every page shows, digested once per build. */
function siteWideDigest(): Promise<string> {
  // Both editions' settings: a page's key changes when either does (a build renders both).
  everyPage ??= Promise.all(LOCALES.map(siteSettings)).then((settings) =>
    digest([settings, usesSampleDataset(), isPreviewDeploy(), codeDigest()]),
  )
  return everyPage
}

/** The key of a page that shows `shown` (entries, counts, page numbers: plain data). */
async function pageCacheKey(...shown: unknown[]): Promise<string> {
  return digest([await siteWideDigest(), shown])
}

/** Each document's digest, worked out once however many pages show it (a resource is on several lists). */
const documentDigests = new WeakMap<object, string>()

/** A digest of `value`, in which each document (an object with an `_id`) below the top counts by its own digest. */
function digest(value: unknown): string {
  const json = JSON.stringify(value, (key, child: unknown) => {
    if (key === '' || child === null || typeof child !== 'object' || !('_id' in child)) return child
    let known = documentDigests.get(child)
    if (known === undefined) {
      known = digest(child)
      documentDigests.set(child, known)
    }
    return known
  })
  return createHash('sha256').update(json).digest('base64url')
}

/** `getStaticPaths` entries with each one's key made from its props (everything its page shows beyond the settings). */
export function withCacheKeys<Path extends {props: unknown}>(paths: Path[]): Promise<(Path & {cacheKey: string})[]> {
  return Promise.all(paths.map(async (path) => ({...path, cacheKey: await pageCacheKey(path.props)})))
}
