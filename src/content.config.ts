/**
 * The site's content collections. Each one is filled by one GROQ query from
 * `src/sanity/queries.ts`, through the source the environment selects, and validated by the
 * schema named beside it (`src/sanity/collection-schemas.ts`) before any page sees it.
 */
import {defineCollection} from 'astro:content'
import {sanityLoader} from './sanity/collection-loader'
import * as schemas from './sanity/collection-schemas'
import {contentSourceFromEnv} from './sanity/content-source'
import * as queries from './sanity/queries'

const source = contentSourceFromEnv()

export const collections = {
  settings: defineCollection({
    loader: sanityLoader(source, {queryName: 'siteSettingsQuery', query: queries.siteSettingsQuery, schema: schemas.siteSettingsSchema, required: true}),
    schema: schemas.siteSettingsSchema,
  }),
  objectives: defineCollection({
    loader: sanityLoader(source, {queryName: 'objectivesQuery', query: queries.objectivesQuery, schema: schemas.objectiveSchema, required: true}),
    schema: schemas.objectiveSchema,
  }),
  pillars: defineCollection({
    loader: sanityLoader(source, {queryName: 'pillarsQuery', query: queries.pillarsQuery, schema: schemas.pillarSchema, required: true}),
    schema: schemas.pillarSchema,
  }),
  activityTypes: defineCollection({
    loader: sanityLoader(source, {queryName: 'activityTypesQuery', query: queries.activityTypesQuery, schema: schemas.activityTypeSchema}),
    schema: schemas.activityTypeSchema,
  }),
  partners: defineCollection({
    loader: sanityLoader(source, {queryName: 'partnersQuery', query: queries.partnersQuery, schema: schemas.partnerSchema}),
    schema: schemas.partnerSchema,
  }),
  funders: defineCollection({
    loader: sanityLoader(source, {queryName: 'fundersQuery', query: queries.fundersQuery, schema: schemas.funderSchema}),
    schema: schemas.funderSchema,
  }),
  resources: defineCollection({
    loader: sanityLoader(source, {queryName: 'resourcesQuery', query: queries.resourcesQuery, schema: schemas.resourceSchema}),
    schema: schemas.resourceSchema,
  }),
  events: defineCollection({
    loader: sanityLoader(source, {queryName: 'eventsQuery', query: queries.eventsQuery, schema: schemas.eventSchema}),
    schema: schemas.eventSchema,
  }),
  pages: defineCollection({
    loader: sanityLoader(source, {queryName: 'pagesQuery', query: queries.pagesQuery, schema: schemas.pageSchema}),
    schema: schemas.pageSchema,
  }),
}
