/** RSS feed of the resource library, newest first. Content: `resourcesQuery` (see `src/lib/feeds.ts`). */
import {feedRoute} from '../../lib/feeds'

export const GET = feedRoute('resources')
