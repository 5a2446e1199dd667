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
