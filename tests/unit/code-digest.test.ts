/** The digest of the site's code that every page's cache key includes: it changes with any code, and only with code. */
import {afterAll, describe, expect, it} from 'vitest'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {codeDigest} from '../../src/lib/code-digest'

const root = mkdtempSync(join(tmpdir(), 'onecop-code-digest-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), {recursive: true})
  writeFileSync(join(root, path), text)
}

describe('the code digest', () => {
  write('src/browser/search/header-search.ts', "export const label = 'Search'\n")
  write('src/components/SiteHeader.astro', '<header><script>import "../browser/search/header-search"</script></header>\n')
  write('packages/content-model/package.json', '{"name": "@onecop/content-model"}\n')
  write('tsconfig.json', '{}\n')

  it('is the same for the same code, and changes when a browser script, a package manifest or a new file changes it', () => {
    const first = codeDigest(root)
    expect(codeDigest(root)).toBe(first)
    write('src/browser/search/header-search.ts', "export const label = 'Find'\n")
    const afterScript = codeDigest(root)
    expect(afterScript).not.toBe(first)
    write('packages/content-model/package.json', '{"name": "@onecop/content-model", "sideEffects": false}\n')
    const afterManifest = codeDigest(root)
    expect(afterManifest).not.toBe(afterScript)
    write('src/lib/new-module.ts', 'export {}\n')
    expect(codeDigest(root)).not.toBe(afterManifest)
  })

  it('leaves out what is not code: dependencies and build output', () => {
    const before = codeDigest(root)
    write('packages/content-model/node_modules/some-package/index.js', 'module.exports = 1\n')
    write('src/.astro/content.d.ts', 'export {}\n')
    expect(codeDigest(root)).toBe(before)
  })
})
