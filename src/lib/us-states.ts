/**
 * The 50 states and the District of Columbia, the places a partnership can be in: USPS code,
 * English name and Spanish name (the usual US-Spanish and RAE forms: "Nueva York", "Luisiana").
 * Codes are upper case everywhere in data; addresses use the lower-case code (`/partnerships/ga/`).
 */
import type {Locale} from '../i18n/locales'

const STATES = {
  AL: {en: 'Alabama', es: 'Alabama'},
  AK: {en: 'Alaska', es: 'Alaska'},
  AZ: {en: 'Arizona', es: 'Arizona'},
  AR: {en: 'Arkansas', es: 'Arkansas'},
  CA: {en: 'California', es: 'California'},
  CO: {en: 'Colorado', es: 'Colorado'},
  CT: {en: 'Connecticut', es: 'Connecticut'},
  DE: {en: 'Delaware', es: 'Delaware'},
  DC: {en: 'District of Columbia', es: 'Distrito de Columbia'},
  FL: {en: 'Florida', es: 'Florida'},
  GA: {en: 'Georgia', es: 'Georgia'},
  HI: {en: 'Hawaii', es: 'Hawái'},
  ID: {en: 'Idaho', es: 'Idaho'},
  IL: {en: 'Illinois', es: 'Illinois'},
  IN: {en: 'Indiana', es: 'Indiana'},
  IA: {en: 'Iowa', es: 'Iowa'},
  KS: {en: 'Kansas', es: 'Kansas'},
  KY: {en: 'Kentucky', es: 'Kentucky'},
  LA: {en: 'Louisiana', es: 'Luisiana'},
  ME: {en: 'Maine', es: 'Maine'},
  MD: {en: 'Maryland', es: 'Maryland'},
  MA: {en: 'Massachusetts', es: 'Massachusetts'},
  MI: {en: 'Michigan', es: 'Míchigan'},
  MN: {en: 'Minnesota', es: 'Minnesota'},
  MS: {en: 'Mississippi', es: 'Misisipi'},
  MO: {en: 'Missouri', es: 'Misuri'},
  MT: {en: 'Montana', es: 'Montana'},
  NE: {en: 'Nebraska', es: 'Nebraska'},
  NV: {en: 'Nevada', es: 'Nevada'},
  NH: {en: 'New Hampshire', es: 'Nuevo Hampshire'},
  NJ: {en: 'New Jersey', es: 'Nueva Jersey'},
  NM: {en: 'New Mexico', es: 'Nuevo México'},
  NY: {en: 'New York', es: 'Nueva York'},
  NC: {en: 'North Carolina', es: 'Carolina del Norte'},
  ND: {en: 'North Dakota', es: 'Dakota del Norte'},
  OH: {en: 'Ohio', es: 'Ohio'},
  OK: {en: 'Oklahoma', es: 'Oklahoma'},
  OR: {en: 'Oregon', es: 'Oregón'},
  PA: {en: 'Pennsylvania', es: 'Pensilvania'},
  RI: {en: 'Rhode Island', es: 'Rhode Island'},
  SC: {en: 'South Carolina', es: 'Carolina del Sur'},
  SD: {en: 'South Dakota', es: 'Dakota del Sur'},
  TN: {en: 'Tennessee', es: 'Tennessee'},
  TX: {en: 'Texas', es: 'Texas'},
  UT: {en: 'Utah', es: 'Utah'},
  VT: {en: 'Vermont', es: 'Vermont'},
  VA: {en: 'Virginia', es: 'Virginia'},
  WA: {en: 'Washington', es: 'Washington'},
  WV: {en: 'West Virginia', es: 'Virginia Occidental'},
  WI: {en: 'Wisconsin', es: 'Wisconsin'},
  WY: {en: 'Wyoming', es: 'Wyoming'},
} as const satisfies Record<string, Record<Locale, string>>

export type StateCode = keyof typeof STATES

/** Every code, in the order above (alphabetical by English name, DC where "District" falls). */
export const STATE_CODES = Object.keys(STATES) as StateCode[]

/** Whether `code` is one of the codes above, exactly as written there (upper case: `GA`, not `ga`). */
export function isStateCode(code: string): code is StateCode {
  return Object.hasOwn(STATES, code)
}

/** The state's name in `locale`: `stateName('NY', 'es')` is "Nueva York". */
export function stateName(code: StateCode, locale: Locale): string {
  return STATES[code][locale]
}

/** The state's part of an address: the lower-case code (`GA` → `ga`, as in `/partnerships/ga/`). */
export function stateSlug(code: StateCode): string {
  return code.toLowerCase()
}

/** The state an address part names (`ga` → `GA`), or undefined for anything else (`GA`, `georgia`, `xx`). */
export function stateFromSlug(slug: string): StateCode | undefined {
  const code = slug.toUpperCase()
  return slug === code.toLowerCase() && isStateCode(code) ? code : undefined
}
