/** Netlify's deploy notifications (started, succeeded, failed): the publishing status the Studio shows. */
import type {Config} from '@netlify/functions'
import {readBuildErrorLines} from '../lib/build-error-lines.ts'
import {handleDeployStatus} from '../lib/deploy-status.ts'
import {openPublishStatusStore} from '../lib/publish-status-store.ts'

export default (req: Request) =>
  handleDeployStatus(req, {
    secret: process.env.NETLIFY_DEPLOY_NOTIFICATION_SECRET,
    store: openPublishStatusStore(),
    buildErrorLines: (deployId) => readBuildErrorLines(deployId),
  })

export const config: Config = {path: '/api/deploy-status'}
