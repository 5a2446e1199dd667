import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {visionTool} from '@sanity/vision'
import {SINGLETON_TYPES} from '@onecop/content-model'
import {schemaTypes} from './schemaTypes'
import {structure} from './structure'

/** The OneCOP Studio: where editors keep the site's content current. */
export default defineConfig({
  name: 'default',
  title: 'OneCOP',
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'onecop-sample',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  plugins: [structureTool({structure}), visionTool()],
  schema: {
    types: schemaTypes,
    templates: (templates) => [
      // The singleton is opened from Settings, never created from the "new document" menu.
      ...templates.filter(({schemaType}) => !SINGLETON_TYPES.has(schemaType)),
      {
        id: 'resource-by-type',
        title: 'Resource of a given type',
        schemaType: 'resource',
        parameters: [{name: 'resourceType', type: 'string'}],
        value: (params: {resourceType: string}) => ({resourceType: params.resourceType, language: 'en', accessibleVersion: false}),
      },
    ],
  },
  document: {
    // One settings document: it can be edited and published, not duplicated or deleted.
    actions: (actions, {schemaType}) =>
      SINGLETON_TYPES.has(schemaType) ? actions.filter(({action}) => action && ['publish', 'discardChanges', 'restore'].includes(action)) : actions,
    newDocumentOptions: (items, {creationContext}) =>
      creationContext.type === 'global' ? items.filter((item) => !SINGLETON_TYPES.has(item.templateId)) : items,
  },
})
