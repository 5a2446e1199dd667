/**
 * Every page of the sample build is valid HTML to the W3C's Nu HTML Checker (npm `vnu-jar`), the
 * checker behind validator.w3.org/nu. html-validate (`built-html.test.ts`) checks the site's own
 * rules but passed a script after `</html>` and an option without a label; this is the proof of
 * validity. Valid means no error: the checker's warnings (such as the `role="list"` Safari needs,
 * see `built-html.test.ts`) do not fail its own exit status either, so they are not asked for.
 * One Java run over all pages, as starting the JVM is much of the time; its JIT held to the quick
 * first tier (`TieredStopAtLevel=1`) halves the run, and that tier needs a larger thread stack.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {execFile} from 'node:child_process'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ROOT} from '../support/astro-build'
import {builtPages} from '../support/built-files'

const DIST = join(ROOT, 'dist')
const VNU_JAR = fileURLToPath(import.meta.resolve('vnu-jar/build/dist/vnu.jar'))

/**
 * The one message let through: `netlify-honeypot` names the Get involved forms' honeypot field,
 * and Netlify reads it from the deployed HTML to drop what bots fill in. Netlify documents no
 * valid spelling of it (no `data-` form), so the attribute stays, and with it this message.
 */
const NETLIFY_HONEYPOT = 'Attribute “netlify-honeypot” not allowed on element “form” at this point.'

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  lastLine?: number
  lastColumn?: number
  message: string
  extract?: string
}

/** The checker's messages over `dir`, and the files it says it read. */
function checkPages(dir: string): Promise<{messages: NuMessage[]; checked: string[]}> {
  const args = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-jar', VNU_JAR, '--format', 'json', '--errors-only', '--skip-non-html', '--verbose', dir]
  return new Promise((resolve, reject) => {
    // It exits 1 when it finds an error: the JSON report on stderr says which.
    execFile('java', args, {maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT')
        return reject(new Error("Java is missing: the Nu HTML Checker needs it (Debian's default-jre-headless; .ci/run installs it)"))
      try {
        const {messages} = JSON.parse(stderr) as {messages: NuMessage[]}
        resolve({messages, checked: stdout.split('\n').filter(Boolean)})
      } catch {
        reject(new Error(`the Nu HTML Checker gave no report (${error?.message ?? 'no error'}):\n${stderr}`))
      }
    })
  })
}

let report: Awaited<ReturnType<typeof checkPages>>
let pages: string[]

beforeAll(async () => {
  pages = await builtPages(DIST)
  if (pages.length === 0) throw new Error('dist/ is missing: run `npm run build` first (npm test does)')
  report = await checkPages(DIST)
}, 120_000)

/** A message as "file:line:column: text («extract»)", the file from dist/. */
const describeMessage = (message: NuMessage) =>
  `${message.url ? relative(DIST, fileURLToPath(message.url)) : '(no file)'}:${message.lastLine}:${message.lastColumn}: ${message.message} («${message.extract ?? ''}»)`

describe('the Nu HTML Checker', () => {
  it('reads every page of the build', () => {
    expect(pages.length).toBeGreaterThan(50)
    expect(report.checked.map((file) => relative(DIST, file)).sort()).toEqual([...pages].sort())
  })

  it('finds every page valid HTML, but for Netlify’s honeypot attribute', () => {
    const errors = report.messages.filter((message) => !(message.type === 'error' && message.message === NETLIFY_HONEYPOT))
    // Each message in full, one a line: the list alone would be cut short in the report.
    expect(errors.length, `\n${errors.map(describeMessage).join('\n')}\n`).toBe(0)
  })
})
