/// <reference types="vitest/config" />
import {getViteConfig} from 'astro/config'

/**
 * Tests sorted by what they need, one Vitest project each (`vitest run --project unit`):
 * - unit: pure code, milliseconds, no files, servers or build;
 * - integration: local stand-ins (Content Lake, build hook, Blobs), real clients, the sample dataset;
 * - dist: reads the built site in dist/ (`npm run build` first; `npm test` does);
 * - process: starts builds, dev servers or the Sanity CLI; its files run one at a time.
 * Through Astro's Vite config so modules that import `astro/zod` resolve as they do in a build.
 */
export default getViteConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}']}},
      {extends: true, test: {name: 'integration', include: ['tests/integration/**/*.test.{ts,tsx}']}},
      {extends: true, test: {name: 'dist', include: ['tests/dist/**/*.test.{ts,tsx}']}},
      // Builds share Astro's cache folders and `.netlify/`: one file at a time.
      {extends: true, test: {name: 'process', include: ['tests/process/**/*.test.{ts,tsx}'], fileParallelism: false}},
    ],
  },
})
