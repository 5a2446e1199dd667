/** RSS feed of events, soonest first. Content: `eventsQuery` (see `src/lib/feeds.ts`). */
import {feedRoute} from '../../lib/feeds'

export const GET = feedRoute('events')
