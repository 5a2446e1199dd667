/**
 * Each filter value's page count, per language, read from the index Pagefind just wrote and
 * written beside it (`FILTER_TOTALS_FILE`): the counts a search page shows before
 * anything is asked, for the price of one small file instead of every filter's file.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {FILTER_TOTALS_FILE, type FilterTotals} from '../lib/filter-totals-file.ts'
import {readFilter, readMeta, unpack, type PagefindEntry} from '../lib/pagefind-files.ts'

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

/** Writes the totals of the index in `outDir/pagefind/` beside it. */
export async function writeFilterTotals(outDir: string): Promise<void> {
  const folder = join(outDir, 'pagefind')
  const totals = await filterTotals((name) => readFile(join(folder, name)))
  await writeFile(join(folder, FILTER_TOTALS_FILE), JSON.stringify(totals))
}
