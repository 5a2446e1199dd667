/** Lists shown under headings taken from an option list: partners by category, funders by tier. */
import type {Option} from '@onecop/content-model'

/** One option's heading and value, with the items that have it. */
export interface OptionGroup<T> {
  title: string
  value: string
  items: T[]
}

/** The items grouped by `field`, in the option list's order; an option no item has is left out. */
export function groupByOption<T, K extends keyof T>(options: readonly Option[], items: T[], field: K): OptionGroup<T>[] {
  return options
    .map(({title, value}) => ({title, value, items: items.filter((item) => item[field] === value)}))
    .filter((group) => group.items.length > 0)
}
