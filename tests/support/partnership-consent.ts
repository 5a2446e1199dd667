/** What the sample's partnerships agreed to publish and what they withheld, value by value, from their consent. */

type Doc = Record<string, any>

/**
 * What a partnership's consent lets the site publish, as the issue states the rules (the site's
 * query is what the tests hold to them). Who recorded a consent is never published.
 */
export function publishedByConsent(doc: Doc): {
  city: boolean
  streetAddress: boolean
  liaisonName(liaison: Doc): boolean
  contactLink(liaison: Doc): boolean
} {
  const location = doc.congregationConsent?.location
  const consentOf = (liaison: Doc) => (liaison.party === 'agency' ? doc.agencyConsent : doc.congregationConsent)
  return {
    city: location === 'city' || location === 'address',
    streetAddress: location === 'address',
    liaisonName: (liaison) => consentOf(liaison)?.liaisonNames === true,
    contactLink: (liaison) => consentOf(liaison)?.liaisonNames === true && consentOf(liaison)?.contactLinks === true,
  }
}

/** Each withheld value of a partnership document, and each published one, as its consent says. */
export function valuesByConsent(doc: Doc): {withheld: string[]; shown: string[]} {
  const withheld: string[] = []
  const shown: string[] = []
  const published = publishedByConsent(doc)
  if (doc.congregation.streetAddress) (published.streetAddress ? shown : withheld).push(doc.congregation.streetAddress)
  for (const liaison of doc.liaisons ?? []) {
    ;(published.liaisonName(liaison) ? shown : withheld).push(liaison.name)
    if (liaison.contactUrl) (published.contactLink(liaison) ? shown : withheld).push(liaison.contactUrl)
  }
  for (const consent of [doc.congregationConsent, doc.agencyConsent]) if (consent?.recordedBy) withheld.push(consent.recordedBy)
  return {withheld, shown}
}
