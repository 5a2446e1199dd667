/** The committed TypeGen output must match the schema and queries it was generated from. */
import {describe, expect, it} from 'vitest'
import {execFile} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {ROOT} from '../support/astro-build'
import * as queries from '../../src/sanity/queries'

const GENERATED = ['studio/schema.json', 'src/sanity/sanity.types.ts']

describe('Sanity TypeGen output', () => {
  it('types every query the site runs', async () => {
    const types = await readFile(join(ROOT, 'src/sanity/sanity.types.ts'), 'utf8')
    const names = Object.keys(queries)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      expect(types, `${name} has no generated result type`).toContain(`// Variable: ${name}\n`)
      expect(types).toContain(`export type ${name[0].toUpperCase()}${name.slice(1)}Result =`)
    }
  })

  it('is up to date: `npm run typegen` changes nothing', {timeout: 120_000}, async () => {
    const committed = await Promise.all(GENERATED.map((file) => readFile(join(ROOT, file), 'utf8')))
    try {
      await promisify(execFile)('npm', ['run', 'typegen'], {cwd: ROOT, env: {...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1'}})
      const regenerated = await Promise.all(GENERATED.map((file) => readFile(join(ROOT, file), 'utf8')))
      GENERATED.forEach((file, i) => expect(regenerated[i], `${file} is stale: run npm run typegen and commit the result`).toBe(committed[i]))
    } finally {
      // Leave the working tree as it was, so a failure here is seen, not silently committed.
      await Promise.all(GENERATED.map((file, i) => writeFile(join(ROOT, file), committed[i])))
    }
  })
})
