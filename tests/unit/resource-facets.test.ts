/** The library's facets: each resource's values, and the counts across the library in display order. */
import {describe, expect, it} from 'vitest'
import type {CollectionEntry} from 'astro:content'
import {facetCounts, resourceFacetValues} from '../../src/lib/resource-facets'

type Resource = CollectionEntry<'resources'>['data']
type Pillar = CollectionEntry<'pillars'>['data']

const pillar = (number: number, name: string): Pillar => ({
  _id: `pillar-${number}`,
  _type: 'pillar',
  language: 'en',
  textId: `pillar-${number}`,
  number,
  name,
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  otherNames: [],
  summary: 'A pillar.',
  body: [],
  keyRecommendations: [],
})
const pillars = [pillar(1, 'Building Trust'), pillar(4, 'Community Policing'), pillar(10, 'Tenth')]
const pillarById = new Map(pillars.map((p) => [p._id, p]))

const resource = (fields: Partial<Resource>): Resource => ({
  _id: 'r',
  _type: 'resource',
  title: 'A resource',
  slug: 'a-resource',
  resourceType: 'guide',
  audience: ['congregations'],
  pillars: ['pillar-1'],
  topics: [],
  summary: 'About it.',
  body: [],
  url: 'https://example.org/r',
  file: null,
  accessibleVersion: false,
  thumbnail: null,
  publisher: 'MovementForward, Inc.',
  publishedAt: '2025-03-01',
  language: 'en',
  ...fields,
})

describe('resource facets', () => {
  it("gives a resource's values with labels from the option lists, pillars in report order", () => {
    const values = resourceFacetValues(resource({pillars: ['pillar-4', 'pillar-1'], audience: ['agencies', 'public']}), pillarById)
    expect(values.type).toEqual([{label: 'Guide', slug: 'guide'}])
    expect(values.pillar.map((value) => value.label)).toEqual(['1. Building Trust', '4. Community Policing'])
    expect(values.audience.map((value) => value.label)).toEqual(['Law-enforcement agencies', 'The public'])
    expect(values.year).toEqual([{label: '2025', slug: '2025'}])
    expect(values.language).toEqual([{label: 'English', slug: 'en'}])
  })

  it('counts each value across the library, in the order the library shows them', () => {
    const counts = facetCounts(
      [
        resource({resourceType: 'report', publishedAt: '2024-06-01', pillars: ['pillar-10']}),
        resource({resourceType: 'toolkit', publishedAt: '2026-01-01', pillars: ['pillar-4', 'pillar-1']}),
        resource({resourceType: 'toolkit', publishedAt: '2025-01-01', audience: ['public', 'congregations'], language: 'es'}),
      ],
      pillarById,
    )
    // Types in the option list's order (Toolkit before Report), years newest first, pillars by number (10 after 4).
    expect(counts.type).toEqual([
      {label: 'Toolkit', slug: 'toolkit', count: 2},
      {label: 'Report', slug: 'report', count: 1},
    ])
    expect(counts.year.map((value) => value.slug)).toEqual(['2026', '2025', '2024'])
    expect(counts.pillar.map((value) => [value.label, value.count])).toEqual([
      ['1. Building Trust', 2],
      ['4. Community Policing', 1],
      ['10. Tenth', 1],
    ])
    expect(counts.audience.map((value) => [value.slug, value.count])).toEqual([
      ['congregations', 3],
      ['public', 1],
    ])
    expect(counts.language).toEqual([
      {label: 'English', slug: 'en', count: 2},
      {label: 'Spanish', slug: 'es', count: 1},
    ])
  })
})
