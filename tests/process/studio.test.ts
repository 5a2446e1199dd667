/** The Studio compiles and builds offline, with no network and no project configured. */
import {describe, expect, it} from 'vitest'
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {ROOT} from '../support/astro-build'

const run = promisify(execFile)
const STUDIO = join(ROOT, 'studio')
const sanity = (...args: string[]) =>
  run(process.execPath, [join(ROOT, 'node_modules/sanity/bin/sanity'), ...args], {
    cwd: STUDIO,
    env: {...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1'},
  })

describe('Sanity Studio', {timeout: 120_000}, () => {
  it('has a schema that `sanity schema validate` accepts without errors or warnings', async () => {
    const {stdout, stderr} = await sanity('schema', 'validate')
    expect(`${stdout}${stderr}`).toMatch(/0 errors/)
    expect(`${stdout}${stderr}`).toMatch(/0 warnings/)
  })

  it('builds with `sanity build` offline', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'onecop-studio-'))
    try {
      await sanity('build', outDir, '--yes')
      expect(existsSync(join(outDir, 'index.html'))).toBe(true)
    } finally {
      await rm(outDir, {recursive: true, force: true})
    }
  })
})
