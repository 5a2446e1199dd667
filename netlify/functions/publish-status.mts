/** The publishing status for the Studio's Publishing pane and document badges. */
import type {Config} from '@netlify/functions'
import {handlePublishStatus} from '../lib/publish-status.ts'
import {openPublishStatusStore} from '../lib/publish-status-store.ts'

export default (req: Request) => handlePublishStatus(req, {store: openPublishStatusStore(), studioUrl: process.env.SANITY_STUDIO_URL})

export const config: Config = {path: '/api/publish-status'}
