/** Searches while typing: one at a time, and a call overtaken before its turn is skipped. */
import {describe, expect, it} from 'vitest'
import {latestOnly} from '../../src/browser/search/latest-only'

describe('latestOnly', () => {
  it('runs a call when none is running, skips the calls overtaken while one runs, and then runs the newest', async () => {
    const started: string[] = []
    let finish = () => {}
    const task = latestOnly(async (term: string) => {
      started.push(term)
      if (term === 't') await new Promise<void>((resolve) => (finish = resolve))
      return term.toUpperCase()
    })
    const first = task('t')
    // Keys come in tasks of their own: the first search has started by the next one.
    await Promise.resolve()
    const second = task('tr')
    const third = task('tru')
    expect(started).toEqual(['t'])
    finish()
    expect(await Promise.all([first, second, third])).toEqual(['T', null, 'TRU'])
    expect(started).toEqual(['t', 'tru'])
  })

  it('keeps going after a call fails', async () => {
    const task = latestOnly(async (fail: boolean) => {
      if (fail) throw new Error('no index')
      return 'found'
    })
    await expect(task(true)).rejects.toThrow('no index')
    expect(await task(false)).toBe('found')
  })
})
