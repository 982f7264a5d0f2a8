/**
 * nginx's configuration for the portal from deploy/nginx/pbgdpl.conf.template: the placeholders
 * filled, with or without HTTPS terminated in nginx. Used by `npm run cluster` (scripts/cluster.mjs)
 * and by the tests that run nginx (tests/e2e/tls.e2e.test.ts), so both run the same configuration.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const TEMPLATE_PATH = path.join(import.meta.dirname, 'pbgdpl.conf.template')

/** TLS 1.2 and 1.3 only. */
export const TLS_PROTOCOLS = ['TLSv1.2', 'TLSv1.3']
/**
 * TLS 1.2 suites: forward secret (ECDHE) and authenticated encryption (GCM, ChaCha20-Poly1305) only,
 * as Mozilla's "intermediate" profile without the DHE ones (no DH parameters are shipped). TLS 1.3's
 * suites are all of that kind.
 */
export const TLS12_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
]

/**
 * Fills `{{NAME}}` outside comment lines (the template's header comment names the placeholders).
 * Throws when one is left unfilled.
 */
export function fillTemplate(text, values) {
  const isComment = (line) => line.trimStart().startsWith('#')
  const filled = text
    .split('\n')
    .map((line) =>
      isComment(line)
        ? line
        : line.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) => (name in values ? values[name] : whole)),
    )
    .join('\n')
  const unused = /\{\{[A-Z_]+\}\}/.exec(
    filled
      .split('\n')
      .filter((line) => !isComment(line))
      .join('\n'),
  )
  if (unused) throw new Error(`deploy/nginx/pbgdpl.conf.template: chỗ ${unused[0]} chưa được điền.`)
  return filled
}

/**
 * The TLS lines of the portal's server block: certificate, protocols, suites, sessions; and the
 * plain listener (`refreshListen`, on loopback or the private network) through which the
 * instances refresh nginx's copies after a publish.
 */
export function tlsSettings({ certificate, key, refreshListen }) {
  return [
    `    listen ${refreshListen};`,
    '    # HTTPS: TLS 1.2 and 1.3, forward-secret AEAD suites only (docs/security.md, V9).',
    `    ssl_certificate ${certificate};`,
    `    ssl_certificate_key ${key};`,
    `    ssl_protocols ${TLS_PROTOCOLS.join(' ')};`,
    `    ssl_ciphers ${TLS12_CIPHERS.join(':')};`,
    '    ssl_prefer_server_ciphers off;',
    '    ssl_session_cache shared:pbgdpl_tls:10m;',
    '    ssl_session_timeout 1d;',
    '    ssl_session_tickets off;',
  ].join('\n')
}

/** A server that answers every plain-http request with a permanent redirect to the same address over https. */
export function redirectServer({ listen, httpsPort }) {
  const port = Number(httpsPort) === 443 ? '' : `:${httpsPort}`
  return [
    '# Plain http: visitors are sent to https (the application adds HSTS there).',
    'server {',
    `    listen ${listen};`,
    '    location / {',
    `        return 301 https://$host${port}$request_uri;`,
    '    }',
    '}',
  ].join('\n')
}

/**
 * The filled site configuration. Without `tls` nginx serves plain http on `listenPort` (TLS is then
 * the job of a proxy in front: with `behindTlsProxy` the application is told the visitor used https).
 * With `tls` it serves https on `host:tls.port`, redirects `listenPort` there, and keeps
 * `tls.refreshListen` for the instances' refreshes.
 *
 * @param {{ host: string, listenPort: number, upstreams: string[], cacheDir: string, cacheSeconds: number,
 *   refreshToken: string, maxBody: string, behindTlsProxy?: boolean,
 *   tls?: { port: number, certificate: string, key: string, refreshListen: string } }} options
 */
export function renderSite({
  host,
  listenPort,
  upstreams,
  cacheDir,
  cacheSeconds,
  refreshToken,
  maxBody,
  tls,
  behindTlsProxy = false,
}) {
  const template = fs.readFileSync(TEMPLATE_PATH, 'utf8')
  return fillTemplate(template, {
    LISTEN: tls ? `${host}:${tls.port} ssl http2` : `${host}:${listenPort}`,
    TLS: tls ? tlsSettings(tls) : '',
    FORWARDED_PROTO: tls || behindTlsProxy ? 'https' : '$scheme',
    REDIRECT_SERVER: tls ? redirectServer({ listen: `${host}:${listenPort}`, httpsPort: tls.port }) : '',
    UPSTREAM_SERVERS: upstreams.map((address) => `    server ${address} max_fails=2 fail_timeout=5s;`).join('\n'),
    CACHE_DIR: cacheDir,
    CACHE_SECONDS: String(cacheSeconds),
    REFRESH_TOKEN: refreshToken,
    MAX_BODY: maxBody,
  })
}

/**
 * A self-signed certificate (RSA 2048, 30 days) for `names` (host names and IP addresses) in `dir`,
 * for a trial or a test: browsers warn about it; a real site uses one from a certificate authority.
 * Kept while it matches the names and has more than a day left.
 */
export function selfSignedCertificate(dir, names = ['localhost', '127.0.0.1']) {
  fs.mkdirSync(dir, { recursive: true })
  const certificate = path.join(dir, 'self-signed.crt')
  const key = path.join(dir, 'self-signed.key')
  const namesFile = path.join(dir, 'self-signed.names')
  const wanted = names.join(',')
  const fresh =
    fs.existsSync(certificate) &&
    fs.existsSync(key) &&
    fs.existsSync(namesFile) &&
    fs.readFileSync(namesFile, 'utf8') === wanted &&
    spawnSync('openssl', ['x509', '-checkend', '86400', '-noout', '-in', certificate]).status === 0
  if (fresh) return { certificate, key }
  const san = names.map((name) => (/^[\d.]+$|:/.test(name) ? `IP:${name}` : `DNS:${name}`)).join(',')
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      `/CN=${names[0]}`,
      '-addext',
      `subjectAltName=${san}`,
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  )
  if (made.error || made.status !== 0) {
    throw new Error(`Không tạo được chứng chỉ tự ký bằng openssl: ${made.error?.message ?? made.stderr.trim()}`)
  }
  fs.chmodSync(key, 0o600)
  fs.writeFileSync(namesFile, wanted)
  return { certificate, key }
}

/**
 * nginx's main configuration around the site file: foreground, pid, logs and temporary folders in
 * `dir`; workers as `workerUser` when given (nginx started as root).
 */
export function mainConfiguration({ dir, siteFile, workerUser = '', accessLog = false }) {
  const temp = (name) => `  ${name}_temp_path ${path.join(dir, 'tmp', name)};`
  return [
    'daemon off;',
    workerUser,
    'worker_processes auto;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'nginx-error.log')} warn;`,
    'events { worker_connections 4096; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${accessLog ? path.join(dir, 'nginx-access.log') : 'off'};`,
    '  server_tokens off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
    `  include ${siteFile};`,
    '}',
    '',
  ].join('\n')
}

/**
 * Writes the site and main configuration into `dir` (with its `tmp` and `cache` folders, handed to
 * nobody when running as root, since nginx's workers run as nobody then) and checks them with
 * `nginx -t`. Returns nginx's arguments for that configuration.
 */
export function writeConfiguration({ nginxBin, dir, site, accessLog = false }) {
  for (const sub of ['tmp', 'cache']) fs.mkdirSync(path.join(dir, sub), { recursive: true })
  let workerUser = ''
  if (process.getuid?.() === 0) {
    const id = (flag) => spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' }).stdout.trim()
    const uid = Number(id('-u'))
    const gid = Number(id('-g'))
    if (id('-u') && Number.isInteger(uid) && Number.isInteger(gid)) {
      for (const sub of ['cache', 'tmp']) fs.chownSync(path.join(dir, sub), uid, gid)
      workerUser = `user nobody ${id('-gn') || 'nogroup'};`
    }
  }
  const siteFile = path.join(dir, 'pbgdpl.conf')
  fs.writeFileSync(siteFile, site)
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfiguration({ dir, siteFile, workerUser, accessLog }))
  const args = ['-c', path.join(dir, 'nginx.conf'), '-p', dir]
  const checked = spawnSync(nginxBin, ['-t', ...args], { encoding: 'utf8' })
  if (checked.status !== 0) throw new Error(`Cấu hình nginx không hợp lệ:\n${checked.stderr}`)
  return args
}

/** The nginx program: NGINX_BIN, or the usual places. */
export function findNginx(env = process.env) {
  return env.NGINX_BIN || ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p))
}
