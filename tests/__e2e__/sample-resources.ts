/** The sample dataset's resources, straight from the NDJSON file, for the counts tests expect. */
import {readFileSync} from 'node:fs'

export const resources: Record<string, any>[] = readFileSync(new URL('../../studio/seed/production.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line))
  .filter((doc) => doc._type === 'resource')

/** How many sample resources match. */
export const count = (predicate: (resource: Record<string, any>) => boolean) => resources.filter(predicate).length

/** "2 resources", "1 resource". */
export const resourcesText = (n: number) => `${n} resource${n === 1 ? '' : 's'}`

export const TYPE_LABELS: Record<string, string> = {
  toolkit: 'Toolkit',
  guide: 'Guide',
  report: 'Report',
  flyer: 'Flyer',
  template: 'Template',
  video: 'Video',
  'one-pager': 'One-pager',
  'social-media-kit': 'Social-media kit',
}
