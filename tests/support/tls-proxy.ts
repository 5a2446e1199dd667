/**
 * HTTPS in front of a local HTTP server, as Netlify serves the site: for Chromium, which keeps
 * the previews' cookie (Secure, SameSite=None) only over HTTPS. Its certificate is made for the
 * run (`selfSignedCertificate`); the browser is told to accept it.
 */
import {request as httpRequest} from 'node:http'
import {createServer} from 'node:https'
import type {AddressInfo} from 'node:net'
import {selfSignedCertificate} from './content-lake/lake-tls'

export async function startTlsProxy(host: string, targetPort: number): Promise<{port: number; close(): Promise<void>}> {
  const server = createServer(selfSignedCertificate([host]), (req, res) => {
    const upstream = httpRequest(
      {host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers: {...req.headers, 'x-forwarded-proto': 'https'}},
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', (error) => res.writeHead(502).end(error.message))
    req.pipe(upstream)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
