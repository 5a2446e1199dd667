/** The daily rebuild: the real function module, against the build-hook stand-in. */
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {startBuildHook, type BuildHookStandIn} from '../support/build-hook-stand-in'

let hook: BuildHookStandIn
beforeAll(async () => {
  hook = await startBuildHook()
})
afterAll(() => hook.close())

describe('the scheduled rebuild', () => {
  it('runs daily and starts one build', async () => {
    vi.stubEnv('NETLIFY_BUILD_HOOK_URL', hook.url)
    try {
      const {default: rebuild, config} = await import('../../netlify/functions/scheduled-rebuild.mts')
      expect(config.schedule).toMatch(/^\d+ \d+ \* \* \*$/)
      const response = await rebuild()
      expect(response.status).toBe(202)
      expect(hook.builds).toEqual(['Daily rebuild: events roll over'])
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('is a 500 that names the missing variable', async () => {
    vi.stubEnv('NETLIFY_BUILD_HOOK_URL', '')
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      const {default: rebuild} = await import('../../netlify/functions/scheduled-rebuild.mts')
      expect((await rebuild()).status).toBe(500)
      expect(log.mock.calls.flat().join(' ')).toContain('NETLIFY_BUILD_HOOK_URL')
    } finally {
      log.mockRestore()
      vi.unstubAllEnvs()
    }
  })
})
