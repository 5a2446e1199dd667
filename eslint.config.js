// Lint for the whole repository: TypeScript everywhere (typescript-eslint), Astro components
// (eslint-plugin-astro, with its accessibility rules), React parts (jsx-a11y), and Sanity's own
// config for the Studio. `npm run lint` runs it; `npm test` fails on any error.
import sanityStudio from '@sanity/eslint-config-studio'
import astro from 'eslint-plugin-astro'
import jsxA11y from 'eslint-plugin-jsx-a11y-x'
import {defineConfig} from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.netlify/',
      '.astro/',
      'studio/dist/',
      'studio/.sanity/',
      'test-results/',
      'playwright-report/',
      'src/sanity/sanity.types.ts',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {files: ['src/**/*.tsx'], ...jsxA11y.configs.recommended},
  ...sanityStudio.map((config) => ({...config, files: ['studio/**/*.{ts,tsx}']})),
  {
    rules: {
      // Unused bindings are errors, except deliberate `_`-prefixed ones (a destructured field dropped).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true}],
      // `role="list"` on styled lists is deliberate: Safari drops list semantics from lists
      // without bullets (Tailwind removes them), so screen readers would not announce a list.
      'astro/jsx-a11y/no-redundant-roles': ['error', {ul: ['list'], ol: ['list']}],
    },
  },
  {
    // Tests read sample documents loosely typed on purpose: they mutate them to break rules.
    files: ['tests/**'],
    rules: {'@typescript-eslint/no-explicit-any': 'off'},
  },
)
