/**
 * Searches made while typing, one at a time and only the newest: Pagefind answers one search at
 * a time, so a search for words already typed past would only delay the one for the words on
 * screen. No waiting for the next keystroke either, once a word has a few letters: it is searched
 * at once, and keys typed meanwhile give way to the last of them.
 */

/**
 * Fewer letters are searched only once typing pauses: one or two letters begin too many words
 * to be worth searching (the slowest searches, and index files of their own to fetch) while
 * the visitor is still typing.
 */
export const SHORTEST_TYPED_TERM = 3

/**
 * Wraps `task` so that a call runs once the one before it is done (at once, bar a microtask,
 * when none is running), and is skipped (resolving to null) when a newer call comes before its turn.
 */
export function latestOnly<Args extends unknown[], Result>(
  task: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result | null> {
  let turn: Promise<unknown> = Promise.resolve()
  let newest = 0
  return (...args) => {
    const mine = ++newest
    const result = turn.then(() => (mine === newest ? task(...args) : null))
    turn = result.catch(() => undefined)
    return result
  }
}
