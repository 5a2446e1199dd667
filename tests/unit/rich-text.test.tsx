/** Portable Text renders to safe HTML: only allowed link schemes, text always escaped. */
import {describe, expect, it} from 'vitest'
import {renderToStaticMarkup} from 'react-dom/server'
import RichText from '../../src/components/RichText'

const paragraph = (text: string, href?: string) => ({
  _type: 'block',
  _key: 'b1',
  style: 'normal',
  markDefs: href ? [{_key: 'l1', _type: 'link', href}] : [],
  children: [{_type: 'span', _key: 's1', text, marks: href ? ['l1'] : []}],
})

describe('RichText', () => {
  it.each(['https://example.org/a', 'http://example.org/b', 'mailto:info@example.org'])('keeps a %s link', (href) => {
    expect(renderToStaticMarkup(<RichText value={[paragraph('read more', href)]} />)).toBe(
      `<p class="mt-4"><a href="${href}">read more</a></p>`,
    )
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
    'ftp://example.org/file',
  ])('drops a %s link but keeps its text', (href) => {
    expect(renderToStaticMarkup(<RichText value={[paragraph('click here', href)]} />)).toBe('<p class="mt-4">click here</p>')
  })

  it('escapes text, so markup in content stays text', () => {
    const html = renderToStaticMarkup(<RichText value={[paragraph('<script>alert("x")</script> & <b>bold</b>')]} />)
    expect(html).toBe('<p class="mt-4">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>')
  })
})
