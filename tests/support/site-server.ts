/**
 * Serves a built site with `scripts/serve-like-netlify.ts` in a process of its own, as
 * `npm run preview` does: plain Node loads the SSR function the way Netlify's runtime would
 * (Vitest's module runner would resolve its lazy chunks itself, and cannot).
 */
import {spawn} from 'node:child_process'
import {ROOT} from './astro-build'

/** A running server: its address and a way to stop it. */
export interface SiteServer {
  url: string
  stop(): Promise<void>
}

/**
 * Starts the server for `dir` on a free port with extra environment variables (the function reads
 * them per request). `root` is the checkout whose server and built function are used: this one,
 * or a copy that a test built in (`copyRepo`).
 */
export async function startSiteServer(dir: string, env: Record<string, string> = {}, root = ROOT): Promise<SiteServer> {
  const child = spawn(process.execPath, ['scripts/serve-like-netlify.ts', '--port', '0', dir], {cwd: root, env: {...process.env, ...env}})
  let output = ''
  child.stderr.on('data', (chunk) => (output += chunk))
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /http:\/\/localhost:(\d+)\//.exec(output)
      if (match) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`serve-like-netlify exited with ${code}:\n${output}`)))
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return {url: `http://127.0.0.1:${port}`, stop}
}
