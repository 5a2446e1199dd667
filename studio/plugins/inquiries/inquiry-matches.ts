/**
 * Who an inquiry could be paired with: open inquiries of the other side and existing partnerships
 * in its state, those in its city first. Published documents only (an inquiry is never a draft
 * until an editor writes notes on it).
 */
import type {InquiryKind} from '@onecop/content-model'

export const INQUIRY_MATCHES_QUERY = `{
  "inquiries": *[_type == "inquiry" && kind == $otherKind && state == $state && status in ["new", "contacted"] && !(_id in path("drafts.**"))]
    | order(lower(city) == lower($city) desc, receivedAt desc)[0...20]
    {_id, organization, contactName, city, state, status, "sameCity": lower(city) == lower($city)},
  "partnerships": *[_type == "partnership" && agency.state == $state && !(_id in path("drafts.**"))]
    | order(lower(agency.city) == lower($city) desc, congregation.name asc)[0...20]
    {_id, "congregation": congregation.name, "agency": coalesce(agency.unit, agency.name), "city": agency.city, "sameCity": lower(agency.city) == lower($city)}
}`

/** One possible match, as the panel lists it. */
interface InquiryMatch {
  _id: string
  organization?: string
  contactName?: string
  city?: string
  state?: string
  status?: string
  sameCity: boolean
}

interface PartnershipMatch {
  _id: string
  congregation?: string
  agency?: string
  city?: string
  sameCity: boolean
}

export interface InquiryMatches {
  inquiries: InquiryMatch[]
  partnerships: PartnershipMatch[]
}

/** The side a congregation's or an agency's inquiry is paired with; none for a format request. */
function otherSide(kind: InquiryKind | undefined): InquiryKind | undefined {
  return kind === 'congregation' ? 'agency' : kind === 'agency' ? 'congregation' : undefined
}

/** The query's parameters for an inquiry, or undefined when it has nothing to match on. */
export function matchParams(inquiry: {kind?: InquiryKind; city?: string; state?: string}) {
  const otherKind = otherSide(inquiry.kind)
  return otherKind && inquiry.state ? {otherKind, state: inquiry.state, city: inquiry.city ?? ''} : undefined
}
