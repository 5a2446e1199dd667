/** A built site's files as a visitor or crawler fetches them, as text, to look for values in. */
import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'

export interface BuiltFile {
  path: string
  text: string
}

/** Every HTML page under `dir`, as paths relative to it, sorted. */
export async function builtPages(dir: string): Promise<string[]> {
  return (await readdir(dir, {recursive: true})).filter((path) => path.endsWith('.html')).sort()
}

/** Every page, feed, calendar, sitemap, script and search-index file under `dir` (Pagefind's gzipped ones unzipped). */
export async function builtTexts(dir: string): Promise<BuiltFile[]> {
  const paths = (await readdir(dir, {recursive: true})).filter((path) =>
    /\.(html|xml|ics|json|js|txt|pf_fragment|pf_meta|pf_index)$/.test(path),
  )
  return Promise.all(
    paths.map(async (path) => {
      const bytes = await readFile(join(dir, path))
      const text = /\.pf_(fragment|meta|index)$/.test(path) ? gunzipSync(bytes).toString('latin1') : bytes.toString('utf8')
      return {path, text}
    }),
  )
}

/** The files `value` appears in. */
export const filesWith = (files: BuiltFile[], value: string): string[] =>
  files.filter(({text}) => text.includes(value)).map(({path}) => path)
