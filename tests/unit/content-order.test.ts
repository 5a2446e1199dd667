/** The one place list order is decided: numbered, newest, soonest, editor rank, with stable ties. */
import {describe, expect, it} from 'vitest'
import {byEditorRank, byNumber, newestFirst, soonestFirst} from '../../src/lib/content-order'

describe('content order', () => {
  it('numbers ascending', () => {
    expect([{number: 3}, {number: 1}, {number: 2}].sort(byNumber).map((item) => item.number)).toEqual([1, 2, 3])
  })

  it('newest first, then by title', () => {
    const items = [
      {publishedAt: '2025-01-01', title: 'B'},
      {publishedAt: '2026-05-01', title: 'Z'},
      {publishedAt: '2025-01-01', title: 'A'},
    ]
    expect(items.sort(newestFirst).map((item) => item.title)).toEqual(['Z', 'A', 'B'])
  })

  it('soonest first, then by title', () => {
    const items = [
      {start: '2026-12-03T18:00:00Z', title: 'B'},
      {start: '2026-11-01T18:00:00Z', title: 'Z'},
      {start: '2026-12-03T18:00:00Z', title: 'A'},
    ]
    expect(items.sort(soonestFirst).map((item) => item.title)).toEqual(['Z', 'A', 'B'])
  })

  it('the rank editors dragged, unranked last, then by name', () => {
    const items = [
      {orderRank: null, name: 'Unranked B'},
      {orderRank: '0|i0000f:', name: 'Second'},
      {orderRank: null, name: 'Unranked A'},
      {orderRank: '0|i00007:', name: 'First'},
    ]
    expect(items.sort(byEditorRank).map((item) => item.name)).toEqual(['First', 'Second', 'Unranked A', 'Unranked B'])
  })
})
