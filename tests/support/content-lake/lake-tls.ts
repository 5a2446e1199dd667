/**
 * A certificate for the hosts the built Studio calls (`<project>.api.sanity.io`, `cdn.sanity.io`),
 * made with openssl for one test run. Chromium reaches the local Content Lake under those names
 * (`--host-resolver-rules`) and is told to accept this certificate (`ignoreHTTPSErrors`).
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export function selfSignedCertificate(hosts: string[]): {key: string; cert: string} {
  const dir = mkdtempSync(join(tmpdir(), 'onecop-lake-tls-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${hosts[0]}`,
        '-addext',
        `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      {stdio: 'ignore'},
    )
    return {key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8')}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
