import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  fillTemplate,
  findNginx,
  redirectServer,
  renderSite,
  selfSignedCertificate,
  writeConfiguration,
} from '../../deploy/nginx/render.mjs'

/**
 * nginx's configuration as `npm run cluster` writes it (deploy/nginx/render.mjs): the placeholders of
 * deploy/nginx/pbgdpl.conf.template filled with and without HTTPS, and accepted by `nginx -t` when
 * nginx is installed (the HTTPS behaviour itself: tests/e2e/tls.e2e.test.ts).
 */
const nginx = findNginx()
const openssl = spawnSync('openssl', ['version']).status === 0
if (!nginx) console.warn('\n⚠⚠⚠ nginx not installed: the `nginx -t` checks of the configuration are SKIPPED ⚠⚠⚠\n')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-nginx-config-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const base = {
  host: '127.0.0.1',
  listenPort: 8080,
  upstreams: ['10.0.0.11:3000', '10.0.0.12:3000'],
  cacheDir: path.join(dir, 'cache'),
  cacheSeconds: 5,
  refreshToken: 'refresh-token-0123456789',
  maxBody: '400m',
}
const lines = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n')

describe('nginx configuration', () => {
  it('fills placeholders outside comments and names one left unfilled', () => {
    expect(fillTemplate('# {{A}} stays\nlisten {{A}};', { A: '80' })).toBe('# {{A}} stays\nlisten 80;')
    expect(() => fillTemplate('listen {{A}};\nroot {{B}};', { A: '80' })).toThrow(
      'deploy/nginx/pbgdpl.conf.template: chỗ {{B}} chưa được điền.',
    )
  })

  it('serves plain http without TLS, telling the application the scheme it was reached by', () => {
    const site = lines(renderSite(base))
    expect(site).toContain('listen 127.0.0.1:8080;')
    expect(site).not.toMatch(/ssl|return 301/)
    expect(site).toContain('proxy_set_header X-Forwarded-Proto $scheme;')
    expect(site).toContain('server 10.0.0.11:3000 max_fails=2 fail_timeout=5s;')
    expect(site).toContain('server 10.0.0.12:3000 max_fails=2 fail_timeout=5s;')
    // Behind the province's own TLS proxy: the visitor came over https.
    expect(lines(renderSite({ ...base, behindTlsProxy: true }))).toContain('proxy_set_header X-Forwarded-Proto https;')
  })

  it('with TLS: https on its port, http redirected, a plain listener for refreshes only', () => {
    const site = lines(
      renderSite({
        ...base,
        tls: { port: 443, certificate: '/etc/ssl/a.crt', key: '/etc/ssl/a.key', refreshListen: '10.0.0.5:8081' },
      }),
    )
    expect(site).toContain('listen 127.0.0.1:443 ssl http2;')
    expect(site).toContain('listen 10.0.0.5:8081;')
    expect(site).toContain('ssl_protocols TLSv1.2 TLSv1.3;')
    expect(site).toContain('ssl_session_tickets off;')
    expect(site).toContain('proxy_set_header X-Forwarded-Proto https;')
    // The standard port is not written into the redirect; another one is.
    expect(site).toContain('return 301 https://$host$request_uri;')
    expect(redirectServer({ listen: '0.0.0.0:8080', httpsPort: 8443 })).toContain(
      'return 301 https://$host:8443$request_uri;',
    )
  })

  it.skipIf(!nginx || !openssl)(
    'is accepted by nginx -t with and without TLS, and refused with a broken certificate',
    () => {
      const plain = path.join(dir, 'plain')
      fs.mkdirSync(plain)
      expect(
        writeConfiguration({
          nginxBin: nginx!,
          dir: plain,
          site: renderSite({ ...base, cacheDir: path.join(plain, 'cache') }),
        }),
      ).toEqual(['-c', path.join(plain, 'nginx.conf'), '-p', plain])
      const secure = path.join(dir, 'secure')
      fs.mkdirSync(secure)
      const certificate = selfSignedCertificate(path.join(secure, 'tls'))
      const tls = { port: 8443, refreshListen: '127.0.0.1:8081', ...certificate }
      expect(() =>
        writeConfiguration({
          nginxBin: nginx!,
          dir: secure,
          site: renderSite({ ...base, cacheDir: path.join(secure, 'cache'), tls }),
        }),
      ).not.toThrow()
      // The certificate is kept while it is valid for the same names.
      expect(selfSignedCertificate(path.join(secure, 'tls'))).toEqual(certificate)
      const broken = path.join(dir, 'broken')
      fs.mkdirSync(broken)
      fs.writeFileSync(path.join(broken, 'bad.crt'), 'không phải chứng chỉ')
      expect(() =>
        writeConfiguration({
          nginxBin: nginx!,
          dir: broken,
          site: renderSite({
            ...base,
            cacheDir: path.join(broken, 'cache'),
            tls: { ...tls, certificate: path.join(broken, 'bad.crt') },
          }),
        }),
      ).toThrow(/^Cấu hình nginx không hợp lệ:/)
    },
  )
})
