/** Where a resource is had, and what its link says. */
import {describe, expect, it} from 'vitest'
import {resourceAction, resourceHref} from '../../src/lib/resource-access'

const file = {url: '/sample-assets/files/guide.pdf', size: 24 * 1024, extension: 'pdf'}

describe('resource access', () => {
  it('points at the uploaded file, or else at the link', () => {
    expect(resourceHref({file, url: null})).toBe('/sample-assets/files/guide.pdf')
    expect(resourceHref({file: null, url: 'https://example.org/guide'})).toBe('https://example.org/guide')
  })

  it('says what a download is and how big, or what the link opens', () => {
    expect(resourceAction({file, resourceType: 'guide'})).toBe('Download the guide (PDF, 24 KB)')
    expect(resourceAction({file: null, resourceType: 'social-media-kit'})).toBe('Open the social-media kit')
    expect(resourceAction({file, resourceType: 'guide'}, 'es')).toBe('Descargar: Guía (PDF, 24 KB)')
  })
})
