/**
 * Inquiries: what a visitor sends through one of the site's forms (a congregation or an agency
 * asking for a partnership, or anyone asking for a file in another format). Netlify Forms keeps
 * each submission; the `submission-created` function turns it into one private `inquiry`
 * document for editors, through `inquiryFromSubmission` below. The Studio's inquiry type reads
 * the same lists and lengths, so what the function stores is what the Studio accepts.
 *
 * Private by construction: `PRIVATE_DOCUMENT_TYPES` is read by the site's queries (no query may
 * name a private type), by the Sanity webhook's filter (no rebuild for an inquiry) and by the
 * tests. Inquiry ids sit on a path (`inquiry.<submission id>`), which the Content Lake serves
 * only to readers with a token, and the site's builds read without one.
 */
import type {Language} from './languages.ts'
import {LANGUAGES, DEFAULT_LANGUAGE} from './languages.ts'
import {EMAIL_PATTERN, hasText} from './text.ts'
import {isStateCode} from './us-states.ts'

/** Document types the public never sees: in no site query, page, feed, search index, preview or webhook. */
export const PRIVATE_DOCUMENT_TYPES = ['inquiry'] as const

/** What a visitor asked for. */
export const INQUIRY_KINDS = [
  {title: 'Congregation asking to be paired', value: 'congregation'},
  {title: 'Law enforcement asking to be paired', value: 'agency'},
  {title: 'A file in another format', value: 'format'},
] as const
export type InquiryKind = (typeof INQUIRY_KINDS)[number]['value']

/** Where an inquiry stands with the editors. */
export const INQUIRY_STATUSES = [
  {title: 'New', value: 'new'},
  {title: 'Contacted', value: 'contacted'},
  {title: 'Matched', value: 'matched'},
  {title: 'Closed', value: 'closed'},
] as const

/** The site's forms, by the name Netlify files their submissions under, and the kind of inquiry each makes. */
export const INQUIRY_FORMS = {
  'congregation-partnership': 'congregation',
  'agency-partnership': 'agency',
  'another-format': 'format',
} as const satisfies Record<string, InquiryKind>
export type InquiryFormName = keyof typeof INQUIRY_FORMS

/** The formats a visitor can ask a file in. */
export const ACCESSIBLE_FORMATS = [
  {title: 'Large print', value: 'large-print'},
  {title: 'Plain text or a Word document', value: 'text'},
  {title: 'Audio', value: 'audio'},
  {title: 'Braille', value: 'braille'},
  {title: 'Easy read', value: 'easy-read'},
  {title: 'Something else (said in the message)', value: 'other'},
] as const

/** The longest each field may be, in characters. A longer message is kept, cut at its limit. */
export const INQUIRY_LIMITS = {
  contactName: 200,
  organization: 200,
  role: 200,
  city: 200,
  email: 254,
  message: 5000,
  notes: 10_000,
} as const

/**
 * The consent questions, word for word as the partnership forms ask them in each language. An
 * inquiry stores the question its visitor read beside the answer they gave.
 */
export const INQUIRY_CONSENT_QUESTIONS = {
  shareContact: {
    en: 'May OneCOP give your name and contact details to the partner it finds for you?',
    es: '¿Puede OneCOP dar su nombre y sus datos de contacto a la organización que encuentre para usted?',
  },
  listInDirectory: {
    en: 'Once you are paired, may your organization be listed in the public directory (its name, city and state, never a street address)?',
    es: 'Cuando tenga pareja, ¿puede figurar su organización en el directorio público (nombre, ciudad y estado, nunca la dirección)?',
  },
} as const satisfies Record<string, Record<Language, string>>
export type InquiryConsentQuestion = keyof typeof INQUIRY_CONSENT_QUESTIONS

/** A consent answer as stored: the question asked and what the visitor chose. */
export interface ConsentAnswer {
  question: string
  answer: 'yes' | 'no'
}

/** An inquiry as the function writes it (the Studio adds notes and moves its status on). */
export interface InquiryDocument {
  _id: string
  _type: 'inquiry'
  kind: InquiryKind
  formName: InquiryFormName
  contactName: string
  email: string
  organization?: string
  role?: string
  city?: string
  state?: string
  message?: string
  /** True when the message was longer than `INQUIRY_LIMITS.message` and was cut there. */
  messageCut?: boolean
  language: Language
  /** The resource a format request is about. Weak: deleting the resource keeps the request. */
  resource?: {_type: 'reference'; _ref: string; _weak: true}
  format?: string
  consent?: Partial<Record<InquiryConsentQuestion, ConsentAnswer>>
  receivedAt: string
  submissionId: string
  status: 'new'
}

/** The path inquiries' ids sit on: the Content Lake serves documents on a path only to readers with a token. */
export const INQUIRY_ID_PREFIX = 'inquiry.'

/** Netlify's submission ids are hexadecimal; anything that could not be one is refused. */
const SUBMISSION_ID = /^[A-Za-z0-9_-]{1,64}$/

/** A published document id a format request may point at (never a draft or a path). */
const DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/

/** The inquiry's id for a Netlify submission id, or undefined when it cannot be one. */
export function inquiryIdFor(submissionId: unknown): string | undefined {
  return typeof submissionId === 'string' && SUBMISSION_ID.test(submissionId) ? `${INQUIRY_ID_PREFIX}${submissionId}` : undefined
}

/** Which fields each form must have, beyond the contact's name and e-mail. */
const REQUIRED_BY_KIND: Record<InquiryKind, readonly string[]> = {
  congregation: ['organization', 'city', 'state'],
  agency: ['organization', 'city', 'state'],
  format: ['resource', 'format'],
}

/** The form fields an inquiry keeps, by the name the form gives each. */
const TEXT_FIELDS = {
  name: 'contactName',
  email: 'email',
  organization: 'organization',
  role: 'role',
  city: 'city',
  state: 'state',
  message: 'message',
  resource: 'resource',
  format: 'format',
  language: 'language',
  shareContact: 'shareContact',
  listInDirectory: 'listInDirectory',
} as const

/** What became of a submission: an inquiry to store, or the reason it was refused. */
export type SubmissionOutcome = {inquiry: InquiryDocument; notes: string[]} | {refused: string}

/**
 * The inquiry for one Netlify form submission (`{id, form_name, created_at, data}`, as Netlify's
 * event and API give it), or why none can be made. Every value is kept as plain text; reasons name
 * fields, never what the visitor wrote, so they can go to a log.
 */
export function inquiryFromSubmission(submission: unknown): SubmissionOutcome {
  if (!isRecord(submission)) return {refused: 'the event holds no submission'}
  const id = inquiryIdFor(submission.id)
  if (!id) return {refused: 'the submission has no id Netlify could have given it'}
  const formName = submission.form_name
  if (typeof formName !== 'string' || !Object.hasOwn(INQUIRY_FORMS, formName))
    return {refused: `submission ${String(submission.id)} is from a form that is not the site's (${describeForm(formName)})`}
  const kind = INQUIRY_FORMS[formName as InquiryFormName]
  const data = submission.data
  if (!isRecord(data)) return {refused: `submission ${submission.id} has no fields`}
  const which = `submission ${submission.id} (${formName})`

  const text: Partial<Record<(typeof TEXT_FIELDS)[keyof typeof TEXT_FIELDS], string>> = {}
  for (const [field, key] of Object.entries(TEXT_FIELDS)) {
    const value = data[field]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') return {refused: `${which}: "${field}" is not text`}
    if (hasText(value)) text[key] = value.trim()
  }

  for (const field of ['name', 'email', ...REQUIRED_BY_KIND[kind]])
    if (!text[TEXT_FIELDS[field as keyof typeof TEXT_FIELDS]]) return {refused: `${which}: "${field}" is missing`}
  if (text.email!.length > INQUIRY_LIMITS.email || !EMAIL_PATTERN.test(text.email!))
    return {refused: `${which}: "email" is not an e-mail address`}
  if (text.state !== undefined && !isStateCode(text.state)) return {refused: `${which}: "state" is not a place in the list`}
  for (const key of ['contactName', 'organization', 'role', 'city'] as const) {
    if ((text[key]?.length ?? 0) > INQUIRY_LIMITS[key])
      return {refused: `${which}: "${key === 'contactName' ? 'name' : key}" is over ${INQUIRY_LIMITS[key]} characters`}
  }
  if (kind === 'format') {
    if (!DOCUMENT_ID.test(text.resource!)) return {refused: `${which}: "resource" is not a resource's id`}
    if (!ACCESSIBLE_FORMATS.some((option) => option.value === text.format))
      return {refused: `${which}: "format" is not one the form offers`}
  }
  const dated = typeof submission.created_at === 'string' && !Number.isNaN(Date.parse(submission.created_at))
  if (!dated) return {refused: `${which}: "created_at" is not a date`}

  const notes: string[] = []
  const language = (LANGUAGES as readonly string[]).includes(text.language ?? '') ? (text.language as Language) : DEFAULT_LANGUAGE
  let message = text.message
  let messageCut: true | undefined
  if (message !== undefined && message.length > INQUIRY_LIMITS.message) {
    message = message.slice(0, INQUIRY_LIMITS.message)
    messageCut = true
    notes.push(`${which}: "message" was cut at ${INQUIRY_LIMITS.message} characters`)
  }
  const consent: Partial<Record<InquiryConsentQuestion, ConsentAnswer>> = {}
  if (kind !== 'format') {
    for (const question of Object.keys(INQUIRY_CONSENT_QUESTIONS) as InquiryConsentQuestion[]) {
      const answer = text[question]
      if (answer === 'yes' || answer === 'no') consent[question] = {question: INQUIRY_CONSENT_QUESTIONS[question][language], answer}
    }
  }

  const inquiry: InquiryDocument = {
    _id: id,
    _type: 'inquiry',
    kind,
    formName: formName as InquiryFormName,
    contactName: text.contactName!,
    email: text.email!,
    ...pick(text, ['organization', 'role', 'city', 'state']),
    ...(message === undefined ? {} : {message}),
    ...(messageCut ? {messageCut} : {}),
    language,
    ...(kind === 'format' ? {resource: {_type: 'reference', _ref: text.resource!, _weak: true}, format: text.format} : {}),
    ...(Object.keys(consent).length > 0 ? {consent} : {}),
    receivedAt: new Date(submission.created_at as string).toISOString(),
    submissionId: submission.id as string,
    status: 'new',
  }
  return {inquiry, notes}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A form's name for a log line: short, and only the characters a form name has. */
function describeForm(name: unknown): string {
  return typeof name === 'string' ? JSON.stringify(name.replace(/[^\w-]/g, '').slice(0, 40)) : 'no form name'
}

function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]])) as Partial<Pick<T, K>>
}

/** An inquiry as the Studio reads it back (what `InquiryDocument` holds, and what editors added). */
export type StoredInquiry = Pick<InquiryDocument, '_id' | 'kind'> &
  Partial<Pick<InquiryDocument, 'contactName' | 'email' | 'organization' | 'role' | 'city' | 'state' | 'consent'>>

/**
 * What one side's answers let a partnership record as its consent: the liaison's name and contact
 * link may be shown if they agreed to share their contact; name, city and state (never the street)
 * if they agreed to be listed. A question left unanswered stays withheld: nothing is recorded for
 * it, and the Studio asks an editor to record it before the partnership can be published. Whoever
 * made the pairing is recorded as the one who took the answers down, on the day they did.
 */
function consentFromAnswers(inquiry: StoredInquiry, recordedBy: string, recordedOn: string) {
  const share = inquiry.consent?.shareContact?.answer
  const listed = inquiry.consent?.listInDirectory?.answer
  if (share === undefined && listed === undefined) return undefined
  return {
    _type: 'publishingConsent',
    ...(listed === 'yes' ? {location: 'city'} : {}),
    ...(share === undefined ? {} : {liaisonNames: share === 'yes', contactLinks: share === 'yes'}),
    recordedBy,
    recordedAt: recordedOn,
  }
}

/** The liaison an inquiry's contact becomes, when their side's consent is on record. */
function liaisonFrom(inquiry: StoredInquiry, party: 'congregation' | 'agency') {
  if (!inquiry.contactName || inquiry.consent?.shareContact === undefined) return []
  return [
    {
      _key: `${party}-liaison`,
      _type: 'liaison',
      party,
      name: inquiry.contactName,
      ...(inquiry.role ? {role: inquiry.role} : {}),
      ...(inquiry.email ? {contactUrl: `mailto:${inquiry.email}`} : {}),
    },
  ]
}

/**
 * A draft partnership made from a congregation's inquiry and an agency's: both sides' names and
 * places, their contacts as liaisons, and their consent as far as their answers reach. An editor
 * completes it (faith tradition, precinct, launch date) before it can be published.
 */
export function partnershipFromInquiries(
  congregation: StoredInquiry,
  agency: StoredInquiry,
  {recordedBy, recordedOn}: {recordedBy: string; recordedOn: string},
) {
  if (congregation.kind !== 'congregation' || agency.kind !== 'agency')
    throw new Error('a partnership pairs a congregation’s inquiry with an agency’s')
  const congregationConsent = consentFromAnswers(congregation, recordedBy, recordedOn)
  const agencyConsent = consentFromAnswers(agency, recordedBy, recordedOn)
  const liaisons = [...liaisonFrom(congregation, 'congregation'), ...liaisonFrom(agency, 'agency')]
  return {
    _type: 'partnership' as const,
    status: 'forming',
    congregation: {_type: 'congregationParty', name: congregation.organization, city: congregation.city, state: congregation.state},
    agency: {_type: 'agencyParty', name: agency.organization, unitKind: 'precinct', city: agency.city, state: agency.state},
    ...(liaisons.length > 0 ? {liaisons} : {}),
    ...(congregationConsent ? {congregationConsent} : {}),
    ...(agencyConsent ? {agencyConsent} : {}),
  }
}
