/** The committed TypeGen output must match the schema and queries it was generated from. */
import {describe, expect, it} from 'vitest'
import {execFile} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {ROOT} from '../support/astro-build'

const GENERATED = ['studio/schema.json', 'src/sanity/sanity.types.ts']

describe('Sanity TypeGen output', () => {
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
