/**
 * The site's content collections. Each one is filled by one GROQ query from
 * `src/sanity/queries.ts`, through the source the environment selects, and validated by the
 * schema named beside it before any page sees it.
 */
import {defineCollection} from 'astro:content'
import {sanityLoader} from './sanity/collection-loader'
import {pillarSchema, resourceSchema} from './sanity/collection-schemas'
import {contentSourceFromEnv} from './sanity/content-source'
import {pillarsQuery, resourcesQuery} from './sanity/queries'

const source = contentSourceFromEnv()

const pillars = defineCollection({
  loader: sanityLoader(source, {queryName: 'pillarsQuery', query: pillarsQuery, schema: pillarSchema, required: true}),
  schema: pillarSchema,
})

const resources = defineCollection({
  loader: sanityLoader(source, {queryName: 'resourcesQuery', query: resourcesQuery, schema: resourceSchema}),
  schema: resourceSchema,
})

export const collections = {pillars, resources}
