/**
 * The README is the front door and docs/ holds the rest: the README stays short, names every page
 * of docs/, and every relative link and image in them leads to a file or folder that exists.
 */
import {describe, expect, it} from 'vitest'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const README = join(ROOT, 'README.md')
const DOCS = join(ROOT, 'docs')
const README_MAX_LINES = 150

interface MarkdownLink {
  /** 1-based line of the link's start. */
  line: number
  /** The link's destination as written: `../src/x.ts#L3`, `https://…`, `#anchor`. */
  target: string
}

/** Blanks out fenced code blocks and code spans (keeping every line break), so `[a](b)` shown as code is no link. */
function withoutCode(markdown: string): string {
  let fence: string | undefined
  const lines = markdown.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === undefined && marker) {
      fence = marker
      return ''
    }
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined
      return ''
    }
    return line
  })
  return lines.join('\n').replace(/(`+)[\s\S]*?\1/g, (span) => span.replace(/[^\n]/g, ' '))
}

const INLINE_LINK = /!?\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(<[^>\n]*>|[^\s)]*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm

/** Every inline link and image (`[text](path)`, `![alt](path)`, an image inside a link's text too) and every reference definition (`[name]: path`). */
function markdownLinks(markdown: string): MarkdownLink[] {
  const text = withoutCode(markdown)
  const lineAt = (index: number) => text.slice(0, index).split('\n').length
  const unwrap = (target: string) => (target.startsWith('<') ? target.slice(1, -1) : target)
  const links: MarkdownLink[] = []
  const inline = (source: string, offset: number) => {
    for (const match of source.matchAll(INLINE_LINK)) {
      const start = offset + match.index
      inline(match[1], start + match[0].indexOf('[') + 1)
      links.push({line: lineAt(start), target: unwrap(match[2])})
    }
  }
  inline(text, 0)
  for (const match of text.matchAll(REFERENCE_DEFINITION)) links.push({line: lineAt(match.index), target: unwrap(match[1])})
  return links.sort((a, b) => a.line - b.line)
}

/** The path a link leads to on disk, without `#fragment` or `?query`; undefined for web and mail addresses and pure `#anchor` links. */
function localPath(target: string): string | undefined {
  if (target.startsWith('#') || target.startsWith('//') || /^[a-z][a-z\d+.-]*:/i.test(target)) return undefined
  const path = target.replace(/[?#].*$/, '')
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** `file:line: target` for each relative link or image in `markdown` (the text of `file`) whose file or folder does not exist. */
function brokenLinks(file: string, markdown: string): string[] {
  return markdownLinks(markdown).flatMap(({line, target}) => {
    const path = localPath(target)
    if (path === undefined) return []
    const onDisk = path.startsWith('/') ? join(ROOT, path) : resolve(dirname(file), path)
    return path !== '' && existsSync(onDisk) ? [] : [`${relative(ROOT, file)}:${line}: ${target}`]
  })
}

/** docs/**\/*.md, relative to the repository root, with forward slashes. */
function docsPages(): string[] {
  return readdirSync(DOCS, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name.split(sep).join('/')}`)
    .sort()
}

describe('the README and docs/', () => {
  const readme = readFileSync(README, 'utf8')

  it(`README.md is a front door of at most ${README_MAX_LINES} lines`, () => {
    const lines = readme.split('\n').length - (readme.endsWith('\n') ? 1 : 0)
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES)
  })

  it('the README links every page of docs/', () => {
    const pages = docsPages()
    expect(pages.length).toBeGreaterThan(0)
    const linked = new Set(markdownLinks(readme).map(({target}) => localPath(target)))
    expect(pages.filter((page) => !linked.has(page))).toEqual([])
  })

  it('every relative link and image in README.md and docs/ leads to a file or folder that exists', () => {
    const files = [README, ...docsPages().map((page) => join(ROOT, page))]
    const broken = files.flatMap((file) => brokenLinks(file, readFileSync(file, 'utf8')))
    expect(broken, 'file:line: link whose target does not exist').toEqual([])
  })

  it("the editors' guide's pictures are small: at most 200 KB each, 3 MB in all, and each is shown in the guide", () => {
    const folder = join(DOCS, 'images/editors')
    const pictures = readdirSync(folder).filter((name) => /\.(png|webp)$/.test(name))
    const sizes = Object.fromEntries(pictures.map((name) => [name, statSync(join(folder, name)).size]))
    expect(Object.entries(sizes).filter(([, size]) => size > 200 * 1024)).toEqual([])
    expect(Object.values(sizes).reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(3 * 1024 * 1024)
    const guide = readFileSync(join(DOCS, 'editors.md'), 'utf8')
    expect(
      pictures.filter((name) => !guide.includes(`images/editors/${name}`)),
      'pictures the guide does not show',
    ).toEqual([])
  })
})

describe('the link checker', () => {
  const page = join(DOCS, 'example.md')
  const markdown = [
    '# Example',
    '[the README](../README.md#quick-start), [a folder](../src/sanity/) and [a file](../src/sanity/queries.ts?plain=1)',
    'A [broken link](../no-such-file.md#somewhere) on line 3.',
    '![a missing picture](images/missing.png "A title")',
    '[a site](https://example.com/no-such-page) [mail](mailto:someone@example.com) [a heading](#example) [root](/package.json)',
    '`[shown as code](nowhere.md)`',
    '```md',
    '[inside a fence](nowhere-either.md)',
    '```',
    '[![a missing badge](missing-badge.svg)](../README.md) and [nothing]()',
    '',
    '[a reference]: ./also-missing.md',
  ].join('\n')

  it('reports each broken link and image with its file and line, and lets working, external, anchor and code-only links pass', () => {
    expect(brokenLinks(page, markdown)).toEqual([
      'docs/example.md:3: ../no-such-file.md#somewhere',
      'docs/example.md:4: images/missing.png',
      'docs/example.md:10: missing-badge.svg',
      'docs/example.md:10: ',
      'docs/example.md:12: ./also-missing.md',
    ])
  })

  it('finds links and images wherever they are, but not in code', () => {
    expect(markdownLinks(markdown).map(({target}) => target)).toEqual([
      '../README.md#quick-start',
      '../src/sanity/',
      '../src/sanity/queries.ts?plain=1',
      '../no-such-file.md#somewhere',
      'images/missing.png',
      'https://example.com/no-such-page',
      'mailto:someone@example.com',
      '#example',
      '/package.json',
      'missing-badge.svg',
      '../README.md',
      '',
      './also-missing.md',
    ])
  })
})
