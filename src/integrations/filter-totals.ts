/**
 * Each filter value's page count, per language, read from the indexes Pagefind just wrote (the
 * site's and the partnership directory's, added up) and written beside the site's
 * (`FILTER_TOTALS_FILE`): the counts a search page shows before anything is asked, for the price
 * of one small file instead of every filter's file.
 */
import {access, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {FILTER_TOTALS_FILE, type FilterTotals} from '../lib/filter-totals-file.ts'
import {readFilter, readMeta, unpack, type PagefindEntry} from '../lib/pagefind-files.ts'
import {PARTNERSHIPS_INDEX_PATH, SITE_INDEX_PATH, indexFolder} from '../lib/search-index-folders.ts'

/** Counts every filter value of every language's index, reading the index's files by name (`pagefind-entry.json`, `filter/…`). */
export async function filterTotals(readIndexFile: (name: string) => Promise<Uint8Array>): Promise<FilterTotals> {
  const entry = JSON.parse(new TextDecoder().decode(await readIndexFile('pagefind-entry.json'))) as PagefindEntry
  const totals: FilterTotals = {}
  for (const [language, {hash}] of Object.entries(entry.languages)) {
    const meta = readMeta(await unpack(await readIndexFile(`pagefind.${hash}.pf_meta`)))
    totals[language] = {}
    for (const [filter, file] of Object.entries(meta.filterFiles)) {
      const values = readFilter(await unpack(await readIndexFile(`filter/${file}.pf_filter`)))
      totals[language][filter] = Object.fromEntries([...values].map(([value, pages]) => [value, pages.length]))
    }
  }
  return totals
}

/** Each value's count in either of two indexes' totals, added up. */
export function addTotals(a: FilterTotals, b: FilterTotals): FilterTotals {
  const sum: FilterTotals = structuredClone(a)
  for (const [language, filters] of Object.entries(b))
    for (const [filter, values] of Object.entries(filters))
      for (const [value, count] of Object.entries(values)) {
        const counts = ((sum[language] ??= {})[filter] ??= {})
        counts[value] = (counts[value] ?? 0) + count
      }
  return sum
}

/** Writes the totals of the indexes in `outDir` beside the site's. */
export async function writeFilterTotals(outDir: string): Promise<void> {
  const site = indexFolder(outDir, SITE_INDEX_PATH)
  const directory = indexFolder(outDir, PARTNERSHIPS_INDEX_PATH)
  let totals = await filterTotals((name) => readFile(join(site, name)))
  if (
    await access(join(directory, 'pagefind-entry.json')).then(
      () => true,
      () => false,
    )
  )
    totals = addTotals(totals, await filterTotals((name) => readFile(join(directory, name))))
  await writeFile(join(site, FILTER_TOTALS_FILE), JSON.stringify(totals))
}
