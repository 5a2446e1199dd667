/**
 * Journey d: from Publish to live. Publishing sends Sanity's signed webhook (the project's own
 * definition) to the site's function, which calls the build hook; the deploy reports "building",
 * builds the site from the Content Lake and reports "ready" to `/api/deploy-status`; the document's
 * badge follows: waiting for a build, building, live on the site. A build that fails on content
 * shows its error lines in the Publishing tool.
 */
import {expect, test} from './fixtures'
import {picture, publish, typeInto} from './studio-steps'

test.use({lakeSetup: {role: 'administrator', netlify: true}})
// One after the other: each builds the site, and a build beside a Studio that is loading starves it on 2 cores.
test.describe.configure({mode: 'serial'})

/** The Studio's badge polls the site every 20 seconds: each step may take up to three polls on a busy machine. */
const POLL = {timeout: 65_000}

test('a publish goes live: webhook, build hook, build, deploy notifications, and the badge at every step', async ({studio, netlify}) => {
  const {page, lake} = studio
  const beforeBuilding = netlify!.hold('before-building')
  const beforeBuild = netlify!.hold('before-build')

  await studio.open('/structure/library;resource;resource-program-one-pager')
  // The form, once the document has loaded.
  await expect(page.getByText('As it appears on the resource itself.')).toBeVisible({timeout: 90_000})
  await typeInto(page, 'title', 'OneCOP at a Glance, 2027 edition')
  await publish(page, lake)

  // The webhook reached the site's function, which called the build hook: a deploy, not yet building.
  await expect.poll(() => netlify!.buildsAsked, POLL).toEqual(['Sanity: resource resource-program-one-pager'])
  await expect(page.getByText('Waiting for a build').first()).toBeVisible(POLL)
  await picture(page, 'publish-waiting')

  beforeBuilding.release()
  await expect.poll(() => netlify!.deploys.map((deploy) => deploy.title)).toEqual(['Sanity: resource resource-program-one-pager'])
  await expect(page.getByText(/^Building \(started/).first()).toBeVisible(POLL)
  await picture(page, 'publish-building')

  beforeBuild.release()
  await expect.poll(() => netlify!.deploys[0]?.state, {timeout: 120_000}).toBe('ready')
  await expect(page.getByText('Live on the site').first()).toBeVisible(POLL)
  await picture(page, 'publish-live')
})

test('a build that fails on content shows its error lines in the Publishing tool', async ({studio, netlify}) => {
  const {page, lake} = studio
  // A title of spaces, written through the API as an import might: the Studio itself would refuse it.
  await lake.store.mutate([{patch: {id: 'resource-program-one-pager', set: {title: '   '}}}])
  await expect.poll(() => netlify!.deploys[0]?.state, {timeout: 120_000}).toBe('error')

  await studio.open('/publishing')
  await expect(page.getByText('Failed').first()).toBeVisible(POLL)
  await expect(page.getByText(/resource resource-program-one-pager: title/).first()).toBeVisible()
  await picture(page, 'publishing-failed')
})
