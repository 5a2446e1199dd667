/**
 * A local stand-in for Netlify's build cache utilities (`utils.cache` of a build plugin), with
 * the documented behaviour of `@netlify/cache-utils`: `save` copies a path into the cache
 * (false when the path does not exist); `restore` copies it back, doing nothing when the path
 * already exists locally or was never cached.
 */
import {cp, mkdtemp, rm} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

export interface NetlifyCacheStandIn {
  utils: {cache: {save(path: string): Promise<boolean>; restore(path: string): Promise<boolean>}}
  remove(): Promise<void>
}

/** A cache in a temporary folder, for paths relative to `base` (the build's base directory). */
export async function netlifyCacheStandIn(base: string): Promise<NetlifyCacheStandIn> {
  const store = await mkdtemp(join(tmpdir(), 'onecop-netlify-cache-'))
  const cached = (path: string) => join(store, path.replace(/[/\\]/g, '__'))
  return {
    utils: {
      cache: {
        async save(path) {
          if (!existsSync(resolve(base, path))) return false
          await rm(cached(path), {recursive: true, force: true})
          await cp(resolve(base, path), cached(path), {recursive: true})
          return true
        },
        async restore(path) {
          if (existsSync(resolve(base, path)) || !existsSync(cached(path))) return false
          await cp(cached(path), resolve(base, path), {recursive: true})
          return true
        },
      },
    },
    remove: () => rm(store, {recursive: true, force: true}),
  }
}
