/**
 * The file the build writes beside Pagefind's index (`src/integrations/filter-totals.ts`) and the
 * search page reads: each filter value's page count, per filter, per index language (Pagefind's
 * key for it, the pages' `lang`): `{en: {kind: {Resource: 42, …}, …}, es: …}`.
 */
export const FILTER_TOTALS_FILE = 'filter-totals.json'

export type FilterTotals = Record<string, Record<string, Record<string, number>>>
