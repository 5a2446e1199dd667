/**
 * Each collection's Zod schema takes what its query returns according to TypeGen: fields, types,
 * nullability and nested objects (see `tests/support/schema-conformance.ts`). Checked by the
 * type checker (`astro check`, part of `npm test`): a mismatch is a type error naming the field.
 */
import {describe, expect, expectTypeOf, it} from 'vitest'
import {z} from 'astro/zod'
import * as schemas from '../../src/sanity/collection-schemas'
import type * as Results from '../../src/sanity/sanity.types'
import type {Mismatches} from '../support/schema-conformance'

type Row<Result extends readonly unknown[]> = Result[number]
type Check<Schema extends z.ZodType, Result extends readonly unknown[], Name extends string> = Mismatches<
  z.input<Schema>,
  Row<Result>,
  Name
>

describe('collection schemas follow TypeGen', () => {
  it('every schema takes exactly what its query returns', () => {
    expectTypeOf<Check<typeof schemas.siteSettingsSchema, Results.SiteSettingsQueryResult, 'siteSettings'>>().toEqualTypeOf<never>()
    expectTypeOf<Check<typeof schemas.objectiveSchema, Results.ObjectivesQueryResult, 'objective'>>().toEqualTypeOf<never>()
    expectTypeOf<Check<typeof schemas.pillarSchema, Results.PillarsQueryResult, 'pillar'>>().toEqualTypeOf<never>()
    expectTypeOf<Check<typeof schemas.activityTypeSchema, Results.ActivityTypesQueryResult, 'activityType'>>().toEqualTypeOf<never>()
    expectTypeOf<Check<typeof schemas.partnerSchema, Results.PartnersQueryResult, 'partner'>>().toEqualTypeOf<never>()
    expectTypeOf<Check<typeof schemas.funderSchema, Results.FundersQueryResult, 'funder'>>().toEqualTypeOf<never>()
    expectTypeOf<Check<typeof schemas.resourceSchema, Results.ResourcesQueryResult, 'resource'>>().toEqualTypeOf<never>()
    expectTypeOf<Check<typeof schemas.eventSchema, Results.EventsQueryResult, 'event'>>().toEqualTypeOf<never>()
    expectTypeOf<Check<typeof schemas.pageSchema, Results.PagesQueryResult, 'page'>>().toEqualTypeOf<never>()
    expectTypeOf<Check<typeof schemas.partnershipSchema, Results.PartnershipsQueryResult, 'partnership'>>().toEqualTypeOf<never>()
  })

  it('names the field when a schema drifts from its query', () => {
    // A field of another type, a field the query does not return, one it returns that the schema lacks.
    const drifted = {
      numberAsText: schemas.pillarSchema.extend({number: z.string()}),
      extraField: schemas.pillarSchema.extend({extra: z.string()}),
      missingField: schemas.pillarSchema.omit({summary: true}),
    }
    expectTypeOf<
      Check<typeof drifted.numberAsText, Results.PillarsQueryResult, 'pillar'>
    >().toEqualTypeOf<'pillar.number (the schema does not take every value TypeGen allows)'>()
    expectTypeOf<
      Check<typeof drifted.extraField, Results.PillarsQueryResult, 'pillar'>
    >().toEqualTypeOf<'pillar.extra (only in the schema)'>()
    expectTypeOf<
      Check<typeof drifted.missingField, Results.PillarsQueryResult, 'pillar'>
    >().toEqualTypeOf<'pillar.summary (only in the query)'>()
    expect(Object.keys(drifted.missingField.shape)).not.toContain('summary')
    // Null where TypeGen allows it, and nested objects.
    expectTypeOf<Mismatches<{a: string}, {a: string | null}, 'x'>>().toEqualTypeOf<'x.a (TypeGen allows null; the schema does not)'>()
    expectTypeOf<Mismatches<{a: {b: number}[]}, {a: {b: number; c: string}[]}, 'x'>>().toEqualTypeOf<'x.a[].c (only in the query)'>()
    expectTypeOf<Mismatches<{a: string}, {a: {b: string}}, 'x'>>().toEqualTypeOf<'x.a (TypeGen: an object)'>()
    expectTypeOf<Mismatches<{a: string}, {a: string}, 'x'>>().toEqualTypeOf<never>()
  })
})
