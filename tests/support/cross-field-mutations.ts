/** Mistakes that only show across fields (part of `content-mutations.ts`). */
import type {Doc, Mutation} from './content-mutations'

/** Mistakes that only show across fields. */
export function crossFieldMutations(doc: Doc, dataset: Doc[]): Mutation[] {
  const fileAssetId = dataset.find((other) => other._type === 'sanity.fileAsset')!._id
  const out: Mutation[] = []
  const add = (name: string, changes: Doc) => out.push({name, document: {...structuredClone(doc), ...changes}})
  if (doc._type === 'event') {
    add('end = start', {end: doc.start})
    add('end an hour before start', {end: new Date(Date.parse(doc.start) - 3_600_000).toISOString()})
    for (const format of ['in-person', 'online', 'hybrid']) {
      add(`format ${format}`, {format})
      add(`format ${format}, no venue`, {format, venue: undefined})
      add(`format ${format}, empty venue`, {format, venue: {_type: 'venue'}})
      add(`format ${format}, no online link`, {format, onlineUrl: undefined})
      add(`format ${format}, both`, {
        format,
        onlineUrl: 'https://example.org/join',
        venue: {_type: 'venue', name: 'Hall', street: '1 Main St', city: 'Atlanta', state: 'GA', postalCode: '30303'},
      })
    }
    for (const status of ['scheduled', 'postponed', 'cancelled']) {
      add(`status ${status}, no note`, {status, statusNote: undefined})
      add(`status ${status}, blank note`, {status, statusNote: '  '})
    }
    add('venue pin with latitude only', {venue: {...doc.venue, location: {_type: 'geopoint', lat: 33.7}}})
    // Fields translated in place: a translation without its original, twice, half done, or in no known language.
    const versions = (field: string) => (doc[field] ?? []) as Doc[]
    const spanish = {_key: 'es2', _type: 'internationalizedArrayStringValue', language: 'es', value: 'Foro comunitario'}
    add('title in Spanish only', {title: [spanish]})
    add('title twice in Spanish', {title: [...versions('title'), spanish, {...spanish, _key: 'es3'}]})
    add('title in an unknown language', {title: [...versions('title'), {...spanish, language: 'fr'}]})
    add('title translated, summary not', {
      title: [...versions('title').filter((item) => item.language !== 'es'), spanish],
      summary: versions('summary').filter((item) => item.language !== 'es'),
    })
    add('English summary removed, Spanish kept', {summary: versions('summary').filter((item) => item.language !== 'en')})
  }
  if (doc._type === 'partnership') {
    const {recordedBy: _recordedBy, ...unsigned} = doc.congregationConsent ?? {}
    add('no consent from the congregation', {congregationConsent: undefined})
    add("congregation's consent without who recorded it", {congregationConsent: unsigned})
    add('no consent from law enforcement', {agencyConsent: undefined})
    add('a street address, no consent', {congregation: {...doc.congregation, streetAddress: '1 Main St'}, congregationConsent: undefined})
    add('a street address, consent withheld', {
      congregation: {...doc.congregation, streetAddress: '1 Main St'},
      congregationConsent: {...doc.congregationConsent, location: 'city'},
    })
    add('an officer liaison, no consent from law enforcement', {
      agencyConsent: undefined,
      liaisons: [
        {_key: 'officer', _type: 'liaison', party: 'agency', name: 'Officer Doe', role: 'Liaison', contactUrl: 'mailto:doe@example.org'},
      ],
    })
  }
  if (doc._type === 'resource') {
    add('a file and a link', {url: 'https://example.org/also', file: {_type: 'file', asset: {_type: 'reference', _ref: fileAssetId}}})
    add('neither file nor link', {url: undefined, file: undefined})
    add('a file without its asset', {url: undefined, file: {_type: 'file'}})
    add('a file whose asset is missing', {url: undefined, file: {_type: 'file', asset: {_type: 'reference', _ref: 'file-missing-pdf'}}})
  }
  if (doc._type === 'funder') {
    add('support ends before it began', {periodStart: '2025-06-01', periodEnd: '2025-05-31'})
    add('support ends the day it began', {periodStart: '2025-06-01', periodEnd: '2025-06-01'})
    add('hidden', {showPublicly: false})
  }
  for (const field of ['logo', 'thumbnail']) {
    if (!doc[field]) continue
    add(`${field} image whose asset is missing`, {[field]: {...doc[field], asset: {_type: 'reference', _ref: 'image-missing-100x100-png'}}})
    add(`${field} image without a file, with alt text`, {[field]: {_type: 'accessibleImage', alt: 'A logo'}})
  }
  return out
}
