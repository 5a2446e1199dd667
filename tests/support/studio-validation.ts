/**
 * Runs the Studio's own validation rules from Node: Sanity's compiled schema and rule engine,
 * with a real `@sanity/client` pointed at a local stand-in so that rules that query (unique
 * slugs, unique pillar numbers) and reference checks work offline.
 */
import {SANITY_API_VERSION} from '@onecop/content-model'
import {createClient} from '@sanity/client'
import {validateDocument, type DocumentValidationMarker} from '@sanity/validation'
import {createSchema, type SanityDocument} from 'sanity'
import {schemaTypes} from '../../studio/schemaTypes'
import {fieldTranslationTypes} from '../../studio/i18n/field-translation'
import {afterAll, beforeAll} from 'vitest'
import {sampleDocuments} from './sample-dataset'
import {startSanityStandIn, type SanityStandIn} from './sanity-stand-in'

/** The Studio's schema, compiled as the Studio compiles it. */
export const studioSchema = createSchema({name: 'default', types: [...schemaTypes, ...fieldTranslationTypes]})

/** A validator over a dataset: checks documents as if they were being published into it. */
export interface StudioValidator {
  /** Error-level messages for one document, as `path: message`; empty when it may be published. */
  errors(document: Record<string, unknown>): Promise<string[]>
  /**
   * Warning-level messages, as `path: message`, as this rule engine grades them. The web address
   * field's uniqueness check (`options.isUnique`) comes out as a warning here, though the Studio
   * marks it as an error and keeps Publish disabled (tests/__studio__/translation.journey.ts).
   */
  warnings(document: Record<string, unknown>): Promise<string[]>
  close(): Promise<void>
}

/** Starts a validator whose queries and reference checks see `dataset`. */
export async function studioValidator(dataset: Record<string, unknown>[]): Promise<StudioValidator> {
  // The validator checks documents as if publishing them, but never writes them into `dataset`
  // (nor do its callers change it), so each lookup has one answer: the stand-in may remember it.
  // The parity test asks the same unique-slug and reference lookups for thousands of documents.
  const standIn: SanityStandIn = await startSanityStandIn(dataset, {kind: 'dataset'}, {cacheAnswers: true})
  const client = createClient({
    projectId: 'onecoptest',
    dataset: 'production',
    apiVersion: SANITY_API_VERSION,
    apiHost: standIn.url,
    useProjectHostname: false,
    useCdn: false,
    maxRetries: 0,
  })
  const ids = new Set(dataset.map((doc) => doc._id))
  const messages = async (document: Record<string, unknown>, level: DocumentValidationMarker['level']) => {
    const result = await validateDocument({
      document: document as SanityDocument,
      schema: studioSchema,
      client,
      getDocumentExists: async ({id}) => ids.has(id),
    })
    if (result.status === 'notEvaluated') throw new Error(`validation of ${String(document._id)} could not run every rule`)
    return result.markers.filter((marker) => marker.level === level).map(describeMarker)
  }
  return {
    errors: (document) => messages(document, 'error'),
    warnings: (document) => messages(document, 'warning'),
    close: () => standIn.close(),
  }
}

function describeMarker(marker: DocumentValidationMarker): string {
  const path = marker.path
    .map((segment) => (typeof segment === 'object' ? `[${'_key' in segment ? segment._key : JSON.stringify(segment)}]` : String(segment)))
    .join('.')
  return `${path || '(document)'}: ${marker.message}`
}

/**
 * For a test file: the sample dataset and a validator over it, made before its tests and closed
 * after them. Read both inside tests (`sample.dataset`, `sample.validator`).
 */
export function studioValidatorOverSample(): {readonly dataset: Record<string, any>[]; readonly validator: StudioValidator} {
  const state: {dataset?: Record<string, any>[]; validator?: StudioValidator} = {}
  beforeAll(async () => {
    state.dataset = await sampleDocuments()
    state.validator = await studioValidator(state.dataset)
  })
  afterAll(() => state.validator?.close())
  return {
    get dataset() {
      return state.dataset!
    },
    get validator() {
      return state.validator!
    },
  }
}
