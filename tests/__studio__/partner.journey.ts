/**
 * Journey a: an editor adds a partner. Creates it from People › Partners, types the name, presses
 * Generate for the web address, chooses a category, uploads a logo with its alt text and publishes;
 * the partner is listed, dragging it changes its place, and the site built from the Content Lake
 * shows it with the uploaded logo and the alt text typed.
 */
import {readFile, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createHash} from 'node:crypto'
import {astroBuild} from '../support/astro-build'
import {stripedPng} from '../support/png'
import {expect, test} from './fixtures'
import {choose, createFromList, generateSlug, listReady, picture, publish, typeInto, upload} from './studio-steps'

const NAME = 'Harbor Light Interfaith Network'
const ALT = 'Logo of the Harbor Light Interfaith Network, in blue and gold stripes'

test('a partner: created, addressed, categorized, given a logo, published, ordered, and on the built site', async ({studio}) => {
  const {page, lake} = studio
  const logo = stripedPng(240, 120, [14, 77, 146], [240, 196, 25])

  await studio.open('/structure/people;orderable-partner')
  await listReady(page, "National Sheriffs' Association")
  await picture(page, 'partner-list')
  await createFromList(page, 'Partner')

  await typeInto(page, 'name', NAME)
  await generateSlug(page, 'harbor-light-interfaith-network')
  await choose(page, 'category', 'Faith organization')
  await typeInto(page, 'description', 'Congregations along the harbor that meet their precinct every month.')
  await upload(page, 'logo', {name: 'harbor-light.png', mimeType: 'image/png', buffer: logo})
  await typeInto(page, 'logo.alt', ALT)
  await picture(page, 'partner-form')
  const id = await publish(page, lake)

  // Published in the Content Lake: name, address, category and the uploaded logo with its alt text.
  const uploaded = `image-${createHash('sha1').update(logo).digest('hex')}-240x120-png`
  expect(lake.store.get(id)).toMatchObject({
    name: NAME,
    slug: {current: 'harbor-light-interfaith-network'},
    category: 'faith-organization',
    logo: {alt: ALT, asset: {_ref: uploaded}},
  })

  // Listed under People › Partners; dragging it to the top gives it the first place.
  await studio.open('/structure/people;orderable-partner')
  const rows = page.locator('[data-rfd-draggable-id]')
  await expect(rows.filter({hasText: NAME})).toHaveCount(1)
  await expect(rows.last()).toContainText(NAME)
  // The row is its own drag handle: lifted with Space, moved with the arrow keys, dropped with Space.
  await rows.filter({hasText: NAME}).focus()
  await page.keyboard.press('Space')
  for (let step = 0; step < 20; step++) await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Space')
  await expect(rows.first()).toContainText(NAME)
  const rankOf = (documentId: string) => String(lake.store.get(documentId)?.orderRank)
  await expect.poll(() => rankOf(id) < rankOf('partner-national-sheriffs-association')).toBe(true)
  await picture(page, 'partner-ordered')

  // The site built from the Content Lake shows it first, with the uploaded logo and its alt text.
  const site = await mkdtemp(join(tmpdir(), 'onecop-journey-partner-'))
  try {
    const build = await astroBuild(site, {SANITY_PROJECT_ID: lake.projectId, SANITY_API_HOST: lake.httpUrl})
    expect(build.code, build.output).toBe(0)
    const html = await readFile(join(site, 'partners/index.html'), 'utf8')
    const img = new RegExp(`<img[^>]*alt="${ALT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(html)?.[0] ?? ''
    expect(img, 'the logo <img> with the alt text typed').toContain(
      `cdn.sanity.io/images/${lake.projectId}/${lake.dataset}/${uploaded.slice('image-'.length).replace(/-png$/, '.png')}`,
    )
    // The partners page groups by category: first among the faith organizations.
    expect(html.indexOf(NAME)).toBeLessThan(html.indexOf('Interfaith Clergy Alliance of Greater Atlanta'))
  } finally {
    await rm(site, {recursive: true, force: true})
  }
})
