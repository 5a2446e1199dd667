/** A partnership page's JSON-LD: only what consent allows. */
import {describe, expect, it} from 'vitest'
import type {CollectionEntry} from 'astro:content'
import {partnershipJsonLd} from '../../src/lib/structured-data'

const site = new URL('https://onecop.example.org')

describe('partnershipJsonLd', () => {
  type Partnership = CollectionEntry<'partnerships'>['data']
  const partnership = (congregation: Partial<Partnership['congregation']>): Partnership => ({
    _id: 'partnership-1',
    _type: 'partnership',
    slug: 'grace-fellowship',
    status: 'active',
    launched: '2020-05-01',
    congregationConsent: {location: 'name', liaisonNames: false, contactLinks: false, recorded: true},
    agencyConsent: null,
    congregation: {
      name: 'Grace Fellowship',
      faithTradition: 'protestant',
      website: null,
      city: null,
      state: null,
      streetAddress: null,
      postalCode: null,
      holdsStreetAddress: true,
      ...congregation,
    },
    agency: {name: 'Portland Police Bureau', unitKind: 'precinct', unit: 'North Precinct', city: 'Portland', state: 'OR'},
    liaisonsHeld: [],
    liaisons: [],
    story: [],
    photos: [],
    resources: [],
  })
  const url = new URL('/partnerships/or/grace-fellowship/', site)

  it('gives the congregation no address when it agreed to its name only, and its partner as a public body', () => {
    const data = partnershipJsonLd(partnership({}), url)
    expect(data).not.toHaveProperty('address')
    expect(data).toMatchObject({
      '@type': 'Organization',
      name: 'Grace Fellowship',
      url: url.href,
      memberOf: {'@type': 'GovernmentOrganization', name: 'Portland Police Bureau, North Precinct', address: {addressLocality: 'Portland'}},
    })
  })

  it('says as much of the address as the congregation agreed to', () => {
    expect(partnershipJsonLd(partnership({city: 'Portland', state: 'OR'}), url).address).toEqual({
      '@type': 'PostalAddress',
      addressCountry: 'US',
      addressLocality: 'Portland',
      addressRegion: 'OR',
    })
    expect(
      partnershipJsonLd(partnership({streetAddress: '12 Oak St', city: 'Portland', state: 'OR', postalCode: '97211'}), url).address,
    ).toMatchObject({
      streetAddress: '12 Oak St',
      postalCode: '97211',
    })
  })
})
