/** What the sample's partnerships agreed to publish and what they withheld, value by value, from their consent. */

/** Each withheld value of a partnership document, and each published one, as its consent says. */
export function valuesByConsent(doc: Record<string, any>): {withheld: string[]; shown: string[]} {
  const withheld: string[] = []
  const shown: string[] = []
  const location = doc.congregationConsent?.location
  if (doc.congregation.streetAddress) (location === 'address' ? shown : withheld).push(doc.congregation.streetAddress)
  for (const liaison of doc.liaisons ?? []) {
    const consent = liaison.party === 'agency' ? doc.agencyConsent : doc.congregationConsent
    ;(consent?.liaisonNames ? shown : withheld).push(liaison.name)
    if (liaison.contactUrl) (consent?.liaisonNames && consent?.contactLinks ? shown : withheld).push(liaison.contactUrl)
  }
  // Who recorded a consent is for the program, never for the site.
  for (const consent of [doc.congregationConsent, doc.agencyConsent]) if (consent?.recordedBy) withheld.push(consent.recordedBy)
  return {withheld, shown}
}
