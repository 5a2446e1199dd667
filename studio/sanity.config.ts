import {defineConfig} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'
import {visionTool} from '@sanity/vision'
import {documentInternationalization} from '@sanity/document-internationalization'
import {SINGLETON_TYPES, TRANSLATED_TYPES} from '@onecop/content-model'
import {SUPPORTED_LANGUAGES} from './i18n/languages'
import {fieldTranslation} from './i18n/field-translation'
import {schemaTypes} from './schemaTypes'
import {inquiriesPlugin} from './plugins/inquiries'
import {publishStatusPlugin} from './plugins/publish-status'
import {locations, PREVIEW_PREFIX} from './presentation/locations'
import {structure} from './structure'
import {toolsForRole} from './tools-for-role'

/** The site the Studio previews and reports on; set SANITY_STUDIO_SITE_URL to the deployed site. */
const siteUrl = process.env.SANITY_STUDIO_SITE_URL || 'http://localhost:4321'

/** The OneCOP Studio: where editors keep the site's content current. */
export default defineConfig({
  name: 'default',
  title: 'OneCOP',
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'onecop-sample',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  plugins: [
    structureTool({structure}),
    // Drafts on the real pages: the site renders /preview/<address> once the Studio hands it a
    // short-lived secret. Share links are off: a preview is for editors signed in to the Studio.
    presentationTool({
      previewUrl: {initial: new URL(`${PREVIEW_PREFIX}/`, siteUrl).href, previewMode: {enable: `${PREVIEW_PREFIX}/`, shareAccess: false}},
      resolve: {locations},
    }),
    // Whether the last publish is live, building or failed, from the site's /api/publish-status.
    publishStatusPlugin({statusUrl: new URL('/api/publish-status', siteUrl).href}),
    // Visitors' requests: "Start a partnership" on a congregation's or an agency's inquiry.
    inquiriesPlugin(),
    visionTool(),
    // Whole-document translations: one document per language, linked by a translation.metadata document.
    documentInternationalization({supportedLanguages: SUPPORTED_LANGUAGES, schemaTypes: [...TRANSLATED_TYPES], languageField: 'language'}),
    // Fields translated in place, every language side by side: events and the site settings.
    fieldTranslation,
  ],
  // Vision (a raw GROQ console) is for administrators only.
  tools: (tools, {currentUser}) => toolsForRole(tools, currentUser),
  schema: {
    types: schemaTypes,
    templates: (templates) => [
      // The singleton is opened from Settings, never created from the "new document" menu; inquiries
      // come only from the site's forms.
      ...templates.filter(({schemaType}) => !SINGLETON_TYPES.has(schemaType) && schemaType !== 'inquiry'),
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
      SINGLETON_TYPES.has(schemaType)
        ? actions.filter(({action}) => action && ['publish', 'discardChanges', 'restore'].includes(action))
        : actions,
    newDocumentOptions: (items, {creationContext}) =>
      creationContext.type === 'global' ? items.filter((item) => !SINGLETON_TYPES.has(item.templateId)) : items,
  },
})
