import {pillarType} from './pillar'
import {resourceType} from './resource'

/** Every document and object type the Studio knows, one file each. */
export const schemaTypes = [pillarType, resourceType]
