/** How the preview server routes like Netlify: path patterns, rules read as Netlify resolves them, the previews' function route. */
import {describe, expect, it} from 'vitest'
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {headersFor, matchesPathPattern, notFoundPageFor, readNetlifyRules} from '../../scripts/netlify-headers.ts'
import {narrowFunctionRoute} from '../../src/integrations/preview-route.ts'

describe('matchesPathPattern', () => {
  it('reads * as any rest of the address and everything else literally', () => {
    expect(matchesPathPattern('/_astro/a.b.js', '/_astro/*')).toBe(true)
    expect(matchesPathPattern('/es/', '/es/*')).toBe(true)
    expect(matchesPathPattern('/est/', '/es/*')).toBe(false)
    expect(matchesPathPattern('/pagefind/x.js', '/pagefind/*.js')).toBe(true)
    expect(matchesPathPattern('/pagefind/xjs', '/pagefind/*.js')).toBe(false)
  })
})

describe('readNetlifyRules', () => {
  it('reads netlify.toml, then the frameworks API, keeping the last of equal rules', async () => {
    const root = await mkdtemp(join(tmpdir(), 'onecop-rules-'))
    try {
      await writeFile(
        join(root, 'netlify.toml'),
        `[[redirects]]\nfrom = "/es/*"\nto = "/es/404/"\nstatus = 404\n\n` +
          `[[headers]]\nfor = "/*"\n[headers.values]\nA = "1"\n\n[[headers]]\nfor = "/_astro/*"\n[headers.values]\nB = "2"\n`,
      )
      expect(readNetlifyRules(root).headers.map((rule) => rule.for)).toEqual(['/*', '/_astro/*'])
      await mkdir(join(root, '.netlify/v1'), {recursive: true})
      await writeFile(
        join(root, '.netlify/v1/config.json'),
        JSON.stringify({
          headers: [
            {for: '/_astro/*', values: {B: '2'}},
            {for: '/x/*', values: {C: '3'}},
          ],
          'redirects!': [{from: '/a', to: '/b', status: 301}],
        }),
      )
      const rules = readNetlifyRules(root)
      expect(rules.headers.map((rule) => rule.for)).toEqual(['/*', '/_astro/*', '/x/*'])
      expect(rules.redirects.map((rule) => rule.from)).toEqual(['/a', '/es/*'])
      expect(headersFor('/_astro/app.js', rules.headers)).toEqual({A: '1', B: '2'})
      expect(notFoundPageFor('/es/nada/', rules.redirects)).toBe('/es/404/')
      expect(notFoundPageFor('/nothing/', rules.redirects)).toBe('/404.html')
    } finally {
      await rm(root, {recursive: true, force: true})
    }
  })
})

describe('narrowFunctionRoute', () => {
  const adapterOutput = `export const config = {\n  name: 'Astro SSR',\n  path: '/*',\n  preferStatic: true,\n};`

  it('gives the adapter’s function the previews’ addresses only', () => {
    expect(narrowFunctionRoute(adapterOutput)).toContain(`path: ["/preview","/preview/*"],`)
    expect(narrowFunctionRoute(adapterOutput)).not.toContain(`'/*'`)
  })

  it('fails, naming what to update, when the adapter writes its route another way', () => {
    expect(() => narrowFunctionRoute(adapterOutput.replace(`'/*'`, `"/*"`))).toThrow(/found it 0 times.*narrowFunctionRoute/)
  })
})
