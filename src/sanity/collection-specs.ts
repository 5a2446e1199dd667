/** Which query fills each collection of the site, and which schema its entries must pass. */
import * as schemas from './collection-schemas'
import * as queries from './queries'

/** Collection name → its query (by export name in `queries.ts`) and schema. */
export const collectionSpecs = {
  settings: {queryName: 'siteSettingsQuery', query: queries.siteSettingsQuery, schema: schemas.siteSettingsSchema, required: true},
  objectives: {queryName: 'objectivesQuery', query: queries.objectivesQuery, schema: schemas.objectiveSchema, required: true},
  pillars: {queryName: 'pillarsQuery', query: queries.pillarsQuery, schema: schemas.pillarSchema, required: true},
  activityTypes: {queryName: 'activityTypesQuery', query: queries.activityTypesQuery, schema: schemas.activityTypeSchema},
  partners: {queryName: 'partnersQuery', query: queries.partnersQuery, schema: schemas.partnerSchema},
  funders: {queryName: 'fundersQuery', query: queries.fundersQuery, schema: schemas.funderSchema},
  resources: {queryName: 'resourcesQuery', query: queries.resourcesQuery, schema: schemas.resourceSchema},
  events: {queryName: 'eventsQuery', query: queries.eventsQuery, schema: schemas.eventSchema},
  pages: {queryName: 'pagesQuery', query: queries.pagesQuery, schema: schemas.pageSchema},
} as const
