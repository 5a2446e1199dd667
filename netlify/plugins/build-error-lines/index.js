/**
 * A local build plugin: when the build fails, it records the content problems the build command
 * handed off (see `netlify/lib/build-error-lines.ts`) in this deploy's Blobs store, where
 * `/api/deploy-status` finds them. It exists because Netlify gives Blobs access to build plugins
 * but not to the build command. Registered in netlify.toml:
 *
 *   [[plugins]]
 *     package = "./netlify/plugins/build-error-lines"
 *
 * It never fails a build itself: `onError` runs only on a build that has already failed, and
 * anything that goes wrong here is only logged.
 */
import {uploadHandedOffErrorLines} from '../../lib/build-error-lines.ts'

export const onError = async () => {
  try {
    console.log(`build-error-lines: ${await uploadHandedOffErrorLines()}`)
  } catch (error) {
    console.log(`build-error-lines: could not record the build's error lines (${error.message}).`)
  }
}
