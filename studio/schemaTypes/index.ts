import {activityTypeType} from './documents/activityType'
import {eventType} from './documents/event'
import {funderType} from './documents/funder'
import {inquiryType} from './documents/inquiry'
import {pageType} from './documents/page'
import {partnershipType} from './documents/partnership'
import {partnerType} from './documents/partner'
import {pillarType} from './documents/pillar'
import {programObjectiveType} from './documents/programObjective'
import {resourceType} from './documents/resource'
import {siteSettingsType} from './documents/siteSettings'
import {accessibleImageType} from './objects/accessibleImage'
import {blockContentType} from './objects/blockContent'
import {impactFigureType} from './objects/impactFigure'
import {agencyPartyType} from './objects/agencyParty'
import {congregationPartyType} from './objects/congregationParty'
import {liaisonType} from './objects/liaison'
import {publishingConsentType} from './objects/publishingConsent'
import {keyRecommendationType} from './objects/keyRecommendation'
import {socialLinkType} from './objects/socialLink'
import {venueType} from './objects/venue'

/** Every document and object type the Studio knows, one file each. */
export const schemaTypes = [
  siteSettingsType,
  programObjectiveType,
  pillarType,
  activityTypeType,
  partnerType,
  funderType,
  resourceType,
  eventType,
  pageType,
  partnershipType,
  inquiryType,
  accessibleImageType,
  blockContentType,
  impactFigureType,
  keyRecommendationType,
  socialLinkType,
  venueType,
  agencyPartyType,
  congregationPartyType,
  liaisonType,
  publishingConsentType,
]
