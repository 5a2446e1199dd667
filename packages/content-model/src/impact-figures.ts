/**
 * The home page's impact figures. A figure is either typed by an editor (its value, the date it
 * held on and its source) or counted from the partnership directory at every build, so the
 * figures and the directory can never disagree where they count the same thing.
 */
import {hasText} from './text.ts'

/** What the directory counts that a figure can show. */
export const DIRECTORY_TOTALS = [
  {title: 'Partnerships: every published pairing', value: 'pairings'},
  {title: 'States with a partnership', value: 'states'},
  {title: 'Cities with a partnership', value: 'cities'},
] as const

/** The fields an editor fills in for a typed figure, and leaves to the site for a counted one. */
export const TYPED_FIGURE_FIELDS = ['value', 'asOf', 'source'] as const

/** A typed figure needs its value, date and source; a counted one needs none of them. */
export function typedFigureFieldProblem(value: unknown, countedFrom: string | null | undefined): string | undefined {
  if (countedFrom || hasText(value)) return undefined
  return 'is required for a figure you type: fill it in, or choose what the partnership directory should count ("Count from the partnership directory")'
}
