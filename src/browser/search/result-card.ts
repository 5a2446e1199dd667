/** One search result as a list item: linked title, kind and date, highlighted excerpt. */
import {excerptNodes, type PagefindResult} from './pagefind'

/** A `<li>` for a result; its link is what arrow keys and Tab move between. */
export function resultItem(result: PagefindResult, compact = false): HTMLLIElement {
  const item = document.createElement('li')
  item.className = compact ? 'py-2' : 'rounded-lg border border-slate-300 bg-white p-4 shadow-sm'
  const link = document.createElement('a')
  link.href = result.url
  link.className = 'font-bold'
  link.textContent = result.meta.title ?? result.url
  const heading = document.createElement(compact ? 'p' : 'h2')
  heading.className = compact ? '' : 'text-lg'
  heading.append(link)
  const details = [result.filters.kind?.[0], result.meta.type, result.meta.date, result.meta.city].filter(Boolean).join(' · ')
  const info = document.createElement('p')
  info.className = 'text-sm text-muted'
  info.textContent = details
  const excerpt = document.createElement('p')
  excerpt.className = 'mt-1'
  excerpt.append(excerptNodes(result.excerpt))
  item.append(heading, info, excerpt)
  return item
}
