/** Each collection of the registry with the schema its entries must pass. */
import type {z} from 'astro/zod'
import * as schemas from './collection-schemas'
import {collectionRegistry, type CollectionName} from './collection-registry'

const schemaOf = {
  settings: schemas.siteSettingsSchema,
  objectives: schemas.objectiveSchema,
  pillars: schemas.pillarSchema,
  activityTypes: schemas.activityTypeSchema,
  partners: schemas.partnerSchema,
  funders: schemas.funderSchema,
  resources: schemas.resourceSchema,
  events: schemas.eventSchema,
  partnerships: schemas.partnershipSchema,
  pages: schemas.pageSchema,
} as const satisfies Record<CollectionName, z.ZodType<{_id: string}>>

type Specs = {[Name in CollectionName]: (typeof collectionRegistry)[Name] & {schema: (typeof schemaOf)[Name]}}

/** Collection name → its document type, query and schema. */
export const collectionSpecs = Object.fromEntries(
  Object.entries(collectionRegistry).map(([name, collection]) => [name, {...collection, schema: schemaOf[name as CollectionName]}]),
) as Specs
