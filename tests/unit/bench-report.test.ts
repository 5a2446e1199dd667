/** The bench's account of where a cold build's rendering time went, by template. */
import {describe, expect, it} from 'vitest'
import {renderingByTemplate} from '../../scripts/bench/report.ts'
import type {SiteResult} from '../../scripts/bench/report.ts'

const siteWith = (pageRenderMs: Record<string, number>, renderingSeconds: number) =>
  ({cold: {pageRenderMs, phases: {rendering: renderingSeconds}}}) as unknown as SiteResult

describe('renderingByTemplate', () => {
  it("shares out the rendering phase's wall time by each template's part of the pages' own times, which overlap when pages render at once", () => {
    const pages = {
      'resources/a/index.html': 30_000,
      'es/resources/b/index.html': 30_000,
      'partnerships/ga/grace-church/index.html': 20_000,
      'resources/rss.xml': 20_000,
    }
    // 100 s of page times in 25 s of wall time: four pages at once.
    expect(renderingByTemplate(siteWith(pages, 25))).toBe('resource 15.0 s (2), pairing 5.0 s (1), feeds and calendars 5.0 s (1)')
  })
})
