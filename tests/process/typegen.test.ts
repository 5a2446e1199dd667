/** The committed TypeGen output must match the schema and queries it was generated from. */
import {describe, expect, it} from 'vitest'
import {execFile} from 'node:child_process'
import {cp, mkdir, mkdtemp, readFile, rm, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
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

  it('is up to date: `npm run typegen` in a copy of the Studio changes nothing', {timeout: 120_000}, async () => {
    // A throwaway copy laid out like the repository (studio/ beside src/sanity/), so TypeGen
    // writes there and the committed files are never touched.
    const copy = await mkdtemp(join(tmpdir(), 'onecop-typegen-'))
    try {
      await cp(join(ROOT, 'studio'), join(copy, 'studio'), {
        recursive: true,
        filter: (source) => !/[/\\](node_modules|dist|\.sanity|seed)$/.test(source),
      })
      await mkdir(join(copy, 'src/sanity'), {recursive: true})
      await cp(join(ROOT, 'src/sanity/queries.ts'), join(copy, 'src/sanity/queries.ts'))
      // TypeGen formats its output with the project's Prettier settings; packages resolve from the repository.
      for (const file of ['.prettierrc.json', 'package.json']) await cp(join(ROOT, file), join(copy, file))
      await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'))
      await promisify(execFile)('npm', ['run', 'typegen'], {
        cwd: join(copy, 'studio'),
        env: {...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1'},
      })
      for (const file of GENERATED) {
        const regenerated = await readFile(join(copy, file), 'utf8')
        expect(regenerated, `${file} is stale: run npm run typegen and commit the result`).toBe(await readFile(join(ROOT, file), 'utf8'))
      }
    } finally {
      await rm(copy, {recursive: true, force: true})
    }
  })
})
