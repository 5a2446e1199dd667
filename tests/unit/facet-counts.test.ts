/** Filtering and counting search results by the index's filter values, over page numbers. */
import {describe, expect, it} from 'vitest'
import {countValues, pagesWithAny, passes} from '../../src/browser/search/facet-counts'

// Eight pages: 0–5 resources (0, 1, 2 guides; 3, 4 toolkits; 5 a video), 6 and 7 other pages.
const PAGES = 8
const type = new Map([
  ['Guide', [0, 1, 2]],
  ['Toolkit', [3, 4]],
  ['Video', [5]],
])
const year = new Map([
  ['2026', [0, 3, 5]],
  ['2025', [1, 2, 4]],
])
const kind = new Map([
  ['Resource', [0, 1, 2, 3, 4, 5]],
  ['Page', [6, 7]],
])

describe('pagesWithAny', () => {
  it('marks the pages with any of the values, and none for a value the filter lacks', () => {
    expect([...pagesWithAny(type, ['Guide', 'Video'], PAGES)]).toEqual([1, 1, 1, 0, 0, 1, 0, 0])
    expect([...pagesWithAny(type, ['Flyer'], PAGES)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
  })
})

describe('passes', () => {
  const allowed = {type: pagesWithAny(type, ['Guide'], PAGES), year: pagesWithAny(year, ['2026'], PAGES)}
  it('needs every filter (values within one are alternatives, filters combine)', () => {
    expect([0, 1, 2, 3, 4, 5].filter((page) => passes(page, allowed))).toEqual([0])
  })
  it('can leave one filter out', () => {
    expect([0, 1, 2, 3, 4, 5].filter((page) => passes(page, allowed, 'type'))).toEqual([0, 3, 5])
  })
})

describe('countValues', () => {
  it('counts each value among the results when nothing is chosen', () => {
    expect(countValues([0, 1, 3, 6], PAGES, {}, {type, kind})).toEqual({
      type: {Guide: 2, Toolkit: 1, Video: 0},
      kind: {Resource: 3, Page: 1},
    })
  })

  it("counts a filter's values without its own choices, and with every other filter's", () => {
    const allowed = {type: pagesWithAny(type, ['Guide'], PAGES), year: pagesWithAny(year, ['2026'], PAGES)}
    const results = [0, 1, 2, 3, 4, 5, 6, 7]
    expect(countValues(results, PAGES, allowed, {type, year})).toEqual({
      // The 2026 resources: a guide, a toolkit and a video; Toolkit still says what checking it would add.
      type: {Guide: 1, Toolkit: 1, Video: 1},
      // The guides: one from 2026, two from 2025.
      year: {'2026': 1, '2025': 2},
    })
  })

  it('keeps a fixed filter applied to every count', () => {
    const allowed = {kind: pagesWithAny(kind, ['Resource'], PAGES)}
    expect(countValues([0, 5, 6, 7], PAGES, allowed, {type})).toEqual({type: {Guide: 1, Toolkit: 0, Video: 1}})
  })
})
