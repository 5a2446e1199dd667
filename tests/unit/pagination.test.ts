/** Lists a page at a time: pages and their addresses, the numbers a pagination bar shows, titles and summaries. */
import {describe, expect, it} from 'vitest'
import {pageNumbersAround, pageOfTitle, pageParam, paginateList, rangeSummary} from '../../src/lib/pagination'

const numbers = (count: number) => Array.from({length: count}, (_, index) => index + 1)

describe('paginateList', () => {
  it('splits a list into pages with page 1 at the list address and the rest under page/<n>/', () => {
    const pages = paginateList(numbers(50), '/resources/', 24)
    expect(pages.map((page) => page.data.length)).toEqual([24, 24, 2])
    expect(pages.map((page) => page.url.current)).toEqual(['/resources/', '/resources/page/2/', '/resources/page/3/'])
    expect(pages[0].url).toEqual({current: '/resources/', prev: undefined, next: '/resources/page/2/'})
    expect(pages[2].url).toEqual({current: '/resources/page/3/', prev: '/resources/page/2/', next: undefined})
    expect(pages[2]).toMatchObject({currentPage: 3, lastPage: 3, total: 50, start: 48, data: [49, 50]})
    expect(pages.map((page) => pageParam(page.currentPage))).toEqual([undefined, 'page/2', 'page/3'])
  })

  it('keeps one empty page for an empty list, so its address still exists', () => {
    expect(paginateList([], '/resources/type/guide/')).toEqual([
      {
        data: [],
        currentPage: 1,
        lastPage: 1,
        total: 0,
        start: 0,
        url: {current: '/resources/type/guide/', prev: undefined, next: undefined},
      },
    ])
  })

  it('fills the last page exactly when the list divides evenly', () => {
    expect(paginateList(numbers(48), '/r/', 24).map((page) => page.data.length)).toEqual([24, 24])
  })
})

describe('pageNumbersAround', () => {
  it('shows every number of a short list', () => {
    expect(pageNumbersAround(1, 1)).toEqual([1])
    expect(pageNumbersAround(3, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('shows the ends and two either side of the current page, with gaps marked', () => {
    expect(pageNumbersAround(1, 420)).toEqual([1, 2, 3, null, 420])
    expect(pageNumbersAround(200, 420)).toEqual([1, null, 198, 199, 200, 201, 202, null, 420])
    expect(pageNumbersAround(420, 420)).toEqual([1, null, 418, 419, 420])
  })

  it('shows a single left-out number rather than a gap standing for it', () => {
    expect(pageNumbersAround(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10])
  })

  it('never shows more than nine items', () => {
    for (let current = 1; current <= 60; current += 1) expect(pageNumbersAround(current, 60).length).toBeLessThanOrEqual(9)
  })
})

describe('titles and summaries', () => {
  it('adds the page number to titles after the first page', () => {
    expect(pageOfTitle('Resource library', {currentPage: 1, lastPage: 3}, 'en')).toBe('Resource library')
    expect(pageOfTitle('Resource library', {currentPage: 2, lastPage: 3}, 'en')).toBe('Resource library, page 2 of 3')
    expect(pageOfTitle('Biblioteca de recursos', {currentPage: 2, lastPage: 3}, 'es')).toBe('Biblioteca de recursos, página 2 de 3')
  })

  it('says how many there are, and which of them a page shows when there is more than one page', () => {
    expect(rangeSummary({start: 0, total: 1, lastPage: 1, data: [1]}, 'en')).toBe('1 resource')
    expect(rangeSummary({start: 0, total: 0, lastPage: 1, data: []}, 'en')).toBe('0 resources')
    expect(rangeSummary({start: 24, total: 42, lastPage: 2, data: numbers(18)}, 'en')).toBe('Showing 25–42 of 42 resources')
    expect(rangeSummary({start: 0, total: 1, lastPage: 1, data: [1]}, 'es')).toBe('1 recurso')
    expect(rangeSummary({start: 24, total: 42, lastPage: 2, data: numbers(18)}, 'es')).toBe('Del 25 al 42 de 42 recursos')
  })
})
