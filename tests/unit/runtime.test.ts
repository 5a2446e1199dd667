import {describe, expect, it} from 'vitest'

describe('the test runtime', () => {
  it('is Node 22.12 or newer, as Astro 7 and Sanity 6 require', () => {
    const [major, minor] = process.versions.node.split('.').map(Number)
    expect(major > 22 || (major === 22 && minor >= 12), `running on Node ${process.versions.node}`).toBe(true)
  })
})
