/**
 * A copy of the working tree in a temporary folder, for tests that run a whole build the way a
 * deploy does (in place: `dist/`, `.netlify/`, Astro's cache) without touching the checkout the
 * other tests read. The files git knows of (changed or new ones as they are now), and the
 * checkout's `node_modules/` without its build caches, as hard links (seconds, no extra space):
 * real files, as on a build server, so the functions Netlify packages hold real files too.
 */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {ROOT} from './astro-build'

/** Folders under `node_modules/` that belong to one build, not to the installed packages. */
const BUILD_CACHES = new Set(['.astro', '.vite', '.cache'])

export interface RepoCopy {
  dir: string
  remove(): Promise<void>
}

export async function copyRepo(): Promise<RepoCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'onecop-repo-'))
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {cwd: ROOT, encoding: 'utf8'})
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)))
  for (const file of files) {
    await mkdir(dirname(join(dir, file)), {recursive: true})
    await copyFile(join(ROOT, file), join(dir, file))
  }
  const packages = join(ROOT, 'node_modules')
  try {
    execFileSync('cp', ['-al', packages, join(dir, 'node_modules')])
  } catch {
    // Another file system: copy instead.
    await rm(join(dir, 'node_modules'), {recursive: true, force: true})
    execFileSync('cp', ['-a', packages, join(dir, 'node_modules')])
  }
  // A build writes these: removed, so it writes new files rather than into the checkout's links.
  for (const cache of BUILD_CACHES) await rm(join(dir, 'node_modules', cache), {recursive: true, force: true})
  return {dir, remove: () => rm(dir, {recursive: true, force: true})}
}
