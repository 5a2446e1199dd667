/**
 * The privacy test's dataset: the sample's partnerships, their consent as it is (mixed), with every
 * value consent governs replaced by a marker string found nowhere else (`Zqstreetahxq`,
 * `Zqnameahcaaxq`). Each marker is one word, so a Pagefind search for it finds exactly the pages
 * that hold it. Which markers a build may publish: `publishedByConsent`.
 */
import {publishedByConsent} from './partnership-consent'

type Doc = Record<string, any>

/** One value a consent answer governs. */
export interface Marker {
  /** The partnership it belongs to. */
  id: string
  /** What it is, for the report: `congregation.streetAddress`, `liaisons[1].name`. */
  field: string
  /** The value as stored. */
  value: string
  /** The marker word inside it, what a search looks for. */
  word: string
  /** Whether the party's consent lets the site publish it. */
  published: boolean
  /** Whether it is page text (a search can find it) rather than a link's address. */
  isText: boolean
}

/**
 * Two letters for a number (0 → `aa`, 27 → `bb`). Markers are letters only, all of one length,
 * ending in `xq`: Pagefind splits words at digits, matches by prefix and stems English endings,
 * any of which would let one marker's search find another's page.
 */
const letters = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26))

/** Gives each partnership of `documents` marker values, in place; returns every marker. */
export function markPartnerships(documents: Doc[]): Marker[] {
  const markers: Marker[] = []
  const partnerships = documents.filter((doc) => doc._type === 'partnership')
  for (const [index, doc] of partnerships.entries()) {
    const n = letters(index)
    const add = (field: string, word: string, value: string, published: boolean, isText = true) =>
      markers.push({id: doc._id, field, value, word, published, isText})
    const published = publishedByConsent(doc)
    const {congregation} = doc

    congregation.city = `Zqcity${n}xq`
    add('congregation.city', congregation.city, congregation.city, published.city)
    if (congregation.streetAddress) {
      congregation.streetAddress = `${index + 100} Zqstreet${n}xq Avenue`
      add('congregation.streetAddress', `Zqstreet${n}xq`, congregation.streetAddress, published.streetAddress)
    }
    for (const [at, liaison] of (doc.liaisons ?? []).entries()) {
      const side = liaison.party === 'agency' ? 'a' : 'c'
      liaison.name = `Zqname${n}${side}${letters(at)}xq`
      add(`liaisons[${at}].name`, liaison.name, liaison.name, published.liaisonName(liaison))
      if (liaison.contactUrl) {
        const word = `zqcontact${n}${side}${letters(at)}xq`
        liaison.contactUrl = `https://example.org/${word}`
        add(`liaisons[${at}].contactUrl`, word, liaison.contactUrl, published.contactLink(liaison), false)
      }
    }
    // Who recorded a consent is for the program, never for the site.
    for (const [key, side] of [
      ['congregationConsent', 'c'],
      ['agencyConsent', 'a'],
    ] as const) {
      if (!doc[key]?.recordedBy) continue
      doc[key].recordedBy = `Zqrecorder${n}${side}xq`
      add(`${key}.recordedBy`, doc[key].recordedBy, doc[key].recordedBy, false)
    }
  }
  return markers
}

/** An inquiry's fields a visitor or an editor writes: all of them private, always. */
const INQUIRY_TEXT_FIELDS = ['contactName', 'organization', 'role', 'city', 'message', 'notes'] as const

/**
 * Gives each inquiry of `documents` a marker in every field a visitor or an editor writes, and
 * its e-mail address; in place. None may be published. Then lets one through on purpose: the
 * first inquiry's organization is quoted in a resource's summary, the way a careless editor might,
 * so the same checks can be seen to find an inquiry's value when the site does publish it.
 */
export function markInquiries(documents: Doc[]): {withheld: Marker[]; letThrough: Marker} {
  const inquiries = documents.filter((doc) => doc._type === 'inquiry')
  if (inquiries.length === 0) throw new Error('the dataset has no inquiries to mark')
  const withheld: Marker[] = []
  for (const [index, doc] of inquiries.entries()) {
    const n = letters(index)
    for (const field of INQUIRY_TEXT_FIELDS) {
      const word = `Zqinq${field.slice(0, 4).toLowerCase()}${n}xq`
      doc[field] = field === 'message' ? `We wrote ${word} in our message.` : word
      withheld.push({id: doc._id, field, value: doc[field], word, published: false, isText: true})
    }
    const word = `zqinqmail${n}xq`
    doc.email = `${word}@example.org`
    withheld.push({id: doc._id, field: 'email', value: doc.email, word, published: false, isText: false})
  }
  const [first] = inquiries
  const quoted = `Zqinqleak${letters(0)}xq`
  first.organization = quoted
  const resource = documents.find((doc) => doc._type === 'resource' && !doc._id.includes('.'))!
  resource.summary = `${resource.summary} Asked for by ${quoted}.`
  const letThrough = {id: resource._id, field: 'summary', value: quoted, word: quoted, published: true, isText: true}
  return {withheld: withheld.filter((marker) => !(marker.id === first._id && marker.field === 'organization')), letThrough}
}
