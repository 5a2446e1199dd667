/**
 * The site's content collections. Each one is filled by one GROQ query from
 * `src/sanity/queries.ts` (which one: `src/sanity/collection-specs.ts`), through the source the
 * environment selects, and every entry is validated by its schema
 * (`src/sanity/collection-schemas.ts`) before any page sees it.
 */
import {defineCollection} from 'astro:content'
import {sanityLoaders} from './sanity/collection-loader'
import {collectionSpecs as specs} from './sanity/collection-specs'
import {contentSourceFromEnv} from './sanity/source-from-env'

const loaders = sanityLoaders(contentSourceFromEnv(), specs)

export const collections = {
  settings: defineCollection({loader: loaders.settings, schema: specs.settings.schema}),
  objectives: defineCollection({loader: loaders.objectives, schema: specs.objectives.schema}),
  pillars: defineCollection({loader: loaders.pillars, schema: specs.pillars.schema}),
  activityTypes: defineCollection({loader: loaders.activityTypes, schema: specs.activityTypes.schema}),
  partners: defineCollection({loader: loaders.partners, schema: specs.partners.schema}),
  funders: defineCollection({loader: loaders.funders, schema: specs.funders.schema}),
  resources: defineCollection({loader: loaders.resources, schema: specs.resources.schema}),
  events: defineCollection({loader: loaders.events, schema: specs.events.schema}),
  partnerships: defineCollection({loader: loaders.partnerships, schema: specs.partnerships.schema}),
  pages: defineCollection({loader: loaders.pages, schema: specs.pages.schema}),
}
