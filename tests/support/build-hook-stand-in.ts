/** A stand-in for Netlify's build hook on 127.0.0.1: records each POST, or fails on request. */
import {createServer, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'

/** A running build hook: its URL, the builds it was asked for, and how it behaves. */
export interface BuildHookStandIn {
  url: string
  /** The `trigger_title` of every POST received. */
  builds: string[]
  /** 'accept', an HTTP status to fail with, or 'hang' (never answer). */
  behave(mode: 'accept' | number | 'hang'): void
  /** Runs on every accepted POST before it answers (e.g. a real build). */
  onBuild(run: () => Promise<void>): void
  close(): Promise<void>
}

/** Starts a build hook stand-in on a free loopback port. */
export async function startBuildHook(): Promise<BuildHookStandIn> {
  const builds: string[] = []
  let mode: 'accept' | number | 'hang' = 'accept'
  let run: (() => Promise<void>) | undefined
  const hanging = new Set<ServerResponse>()
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405).end()
      return
    }
    if (mode === 'hang') {
      hanging.add(res)
      return
    }
    if (typeof mode === 'number') {
      res.writeHead(mode).end()
      return
    }
    builds.push(new URL(req.url ?? '/', 'http://x').searchParams.get('trigger_title') ?? '')
    void (run ? run() : Promise.resolve()).then(
      () => res.writeHead(200).end(),
      () => res.writeHead(500).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/build_hooks/onecop-test`,
    builds,
    behave: (next) => void (mode = next),
    onBuild: (next) => void (run = next),
    async close() {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
