/// <reference types="vitest/config" />
import {getViteConfig} from 'astro/config'

// Through Astro's Vite config so modules that import `astro/zod` resolve as they do in a build.
export default getViteConfig({
  test: {
    include: ['tests/__tests__/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
})
