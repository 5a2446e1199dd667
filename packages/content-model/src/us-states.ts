/**
 * The places a partnership and an event's venue can be in: USPS code, English name and Spanish
 * name (the usual US-Spanish and RAE forms: "Nueva York", "Luisiana"). Codes are upper case
 * everywhere in data; addresses use the lower-case code (`/partnerships/ga/`). The Studio offers
 * this list for every state field (`STATE_OPTIONS`) and the Studio and the build both refuse
 * anything else (`stateCodeProblem`); the directory makes a page for each place in both editions.
 *
 * Which places are in: the 50 states, the District of Columbia, and the five inhabited
 * territories with their own police (Puerto Rico, Guam, the U.S. Virgin Islands, American Samoa,
 * the Northern Mariana Islands). A congregation can pair with a precinct there as anywhere else,
 * and the site has a Spanish edition, which Puerto Rico's congregations read. The map
 * (`@svg-maps/usa.states-territories`) draws all five as insets in the Gulf of Mexico, large
 * enough to click; their ZIP codes are five digits; their time zones are in `EVENT_TIME_ZONES`
 * (Atlantic, Chamorro, Samoa). The uninhabited minor outlying islands (UM) and the Freely
 * Associated States (FM, MH, PW, which have USPS codes but their own governments and police) are
 * out. Adding a place here adds its pages in both editions; it needs an outline on the map.
 */
import type {Check} from './problem.ts'
import type {Language} from './languages.ts'

/** In alphabetical order of the English names: the order the Studio offers them in. */
const US_STATES = {
  AL: {en: 'Alabama', es: 'Alabama'},
  AK: {en: 'Alaska', es: 'Alaska'},
  AS: {en: 'American Samoa', es: 'Samoa Americana'},
  AZ: {en: 'Arizona', es: 'Arizona'},
  AR: {en: 'Arkansas', es: 'Arkansas'},
  CA: {en: 'California', es: 'California'},
  CO: {en: 'Colorado', es: 'Colorado'},
  CT: {en: 'Connecticut', es: 'Connecticut'},
  DE: {en: 'Delaware', es: 'Delaware'},
  DC: {en: 'District of Columbia', es: 'Distrito de Columbia'},
  FL: {en: 'Florida', es: 'Florida'},
  GA: {en: 'Georgia', es: 'Georgia'},
  GU: {en: 'Guam', es: 'Guam'},
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
  MP: {en: 'Northern Mariana Islands', es: 'Islas Marianas del Norte'},
  OH: {en: 'Ohio', es: 'Ohio'},
  OK: {en: 'Oklahoma', es: 'Oklahoma'},
  OR: {en: 'Oregon', es: 'Oregón'},
  PA: {en: 'Pennsylvania', es: 'Pensilvania'},
  PR: {en: 'Puerto Rico', es: 'Puerto Rico'},
  RI: {en: 'Rhode Island', es: 'Rhode Island'},
  SC: {en: 'South Carolina', es: 'Carolina del Sur'},
  SD: {en: 'South Dakota', es: 'Dakota del Sur'},
  TN: {en: 'Tennessee', es: 'Tennessee'},
  TX: {en: 'Texas', es: 'Texas'},
  VI: {en: 'U.S. Virgin Islands', es: 'Islas Vírgenes de los Estados Unidos'},
  UT: {en: 'Utah', es: 'Utah'},
  VT: {en: 'Vermont', es: 'Vermont'},
  VA: {en: 'Virginia', es: 'Virginia'},
  WA: {en: 'Washington', es: 'Washington'},
  WV: {en: 'West Virginia', es: 'Virginia Occidental'},
  WI: {en: 'Wisconsin', es: 'Wisconsin'},
  WY: {en: 'Wyoming', es: 'Wyoming'},
} as const satisfies Record<string, Record<Language, string>>

export type StateCode = keyof typeof US_STATES

/** Every code, in the order above. */
export const STATE_CODES = Object.keys(US_STATES) as StateCode[]

/** Whether `code` is one of the codes above, exactly as written there (upper case: `GA`, not `ga`). */
export function isStateCode(code: string): code is StateCode {
  return Object.hasOwn(US_STATES, code)
}

/** The place's name in `language`: `stateName('NY', 'es')` is "Nueva York". */
export function stateName(code: StateCode, language: Language): string {
  return US_STATES[code][language]
}

/** The place's part of an address: the lower-case code (`GA` → `ga`, as in `/partnerships/ga/`). */
export function stateSlug(code: StateCode): string {
  return code.toLowerCase()
}

/** The place an address part names (`ga` → `GA`), or undefined for anything else (`GA`, `georgia`, `xx`). */
export function stateFromSlug(slug: string): StateCode | undefined {
  const code = slug.toUpperCase()
  return slug === code.toLowerCase() && isStateCode(code) ? code : undefined
}

/** The choices a state field offers in the Studio: "Georgia (GA)", in the order above. */
export const STATE_OPTIONS = STATE_CODES.map((code) => ({title: `${US_STATES[code].en} (${code})`, value: code}))

/** A state field holds one of the codes above, as the Studio's list writes it. */
export const stateCodeProblem: Check<string> = (value) => {
  if (typeof value !== 'string' || isStateCode(value)) return undefined
  const upper = value.trim().toUpperCase()
  if (isStateCode(upper)) return `is "${value}": write the code as the list does, ${upper}, or pick ${US_STATES[upper].en} from the list`
  return `is "${value}", which is not a US state, DC or territory: pick the place from the list, e.g. Georgia (GA)`
}
