import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {visionTool} from '@sanity/vision'
import {schemaTypes} from './schemaTypes'
import {structure} from './structure'

/** The OneCOP Studio: where editors keep the site's content current. */
export default defineConfig({
  name: 'default',
  title: 'OneCOP',
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'onecop-sample',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  plugins: [structureTool({structure}), visionTool()],
  schema: {types: schemaTypes},
})
