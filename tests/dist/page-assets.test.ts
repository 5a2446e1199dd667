/**
 * Every script, stylesheet and module a built page loads from `/_astro/` is in `dist/`. A page
 * reused by an incremental build with the names of an earlier build's scripts would fail here
 * (`src/lib/code-digest.ts` says why that cannot happen now).
 */
import {describe, expect, it} from 'vitest'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT} from '../support/astro-build'

const DIST = join(ROOT, 'dist')

describe('assets of built pages', () => {
  it('are all in dist/', () => {
    const pages = (readdirSync(DIST, {recursive: true}) as string[]).filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(100)
    const missing: string[] = []
    for (const page of pages) {
      const html = readFileSync(join(DIST, page), 'utf8')
      for (const [, asset] of html.matchAll(/(?:src|href)="(\/_astro\/[^"?#]+)"/g)) {
        if (!existsSync(join(DIST, asset))) missing.push(`${page}: ${asset}`)
      }
    }
    expect(missing).toEqual([])
  })
})
