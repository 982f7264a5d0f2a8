import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { selfSignedCertificate } from '../../deploy/nginx/render.mjs'
import { freePort, pollUntil, stopChild } from '../helpers/processes'
import { runScript } from '../helpers/scripts'

/**
 * PostgreSQL and Redis across machines, over TLS (docs/security.md V9.2, docs/deployment.md): a
 * PostgreSQL that accepts TLS connections only and a Redis that speaks TLS only are started here,
 * each with a certificate of its own, and the portal is pointed at them the documented way
 * (`DATABASE_URL=…?sslmode=verify-full&sslrootcert=…`, `REDIS_URL=rediss://…` with the CA in
 * NODE_EXTRA_CA_CERTS):
 *  - a plain connection is refused, and so is one that does not trust the server's certificate;
 *  - the migrations run, a backup is taken and checked (pg_dump and a scratch restore), over TLS;
 *  - shared rate limits count in Redis over TLS.
 * Needs PostgreSQL's server programs (initdb, postgres), redis-server built with TLS and openssl;
 * says loudly when one is missing and skips.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
const PG_BIN = ['17', '16', '15', '14', '13']
  .map((v) => `/usr/lib/postgresql/${v}/bin`)
  .find((dir) => fs.existsSync(path.join(dir, 'initdb')))
const REDIS_SERVER = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => fs.existsSync(p))
const redisHasTls =
  REDIS_SERVER !== undefined && /libssl/.test(spawnSync('ldd', [REDIS_SERVER], { encoding: 'utf8' }).stdout ?? '')
const asRoot = process.getuid?.() === 0
const postgresUser = asRoot ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).status === 0 : true
const openssl = spawnSync('openssl', ['version']).status === 0
const missing = [
  !PG_BIN && 'PostgreSQL server programs (initdb)',
  !postgresUser && 'a "postgres" system user to run them as',
  !redisHasTls && 'redis-server built with TLS',
  !openssl && 'openssl',
].filter(Boolean)
if (missing.length > 0) {
  console.warn(`\n⚠⚠⚠ SKIPPED: the TLS database and cache test needs ${missing.join(', ')}. ⚠⚠⚠\n`)
}

/** Runs a PostgreSQL program as the postgres user when the tests run as root (it refuses root). */
function asPostgres(program: string, args: string[]): [string, string[]] {
  const full = path.join(PG_BIN!, program)
  return asRoot ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args]
}

describe.skipIf(missing.length > 0)('PostgreSQL and Redis over TLS', () => {
  // Made when the group runs (not when it is skipped), removed after it.
  let dir: string
  let pgData: string
  let pgPort: number
  let redisPort: number
  let certificate: string
  let otherCertificate: string
  let postgres: ChildProcess | undefined
  let redis: ChildProcess | undefined

  const url = (database: string, query: string) => `postgres://postgres@127.0.0.1:${pgPort}/${database}?${query}`
  const tlsUrl = (database = 'pbgdpl') => url(database, `sslmode=verify-full&sslrootcert=${certificate}`)

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-tls-services-'))
    pgData = path.join(dir, 'pgdata')
    fs.chmodSync(dir, 0o755)
    ;[pgPort, redisPort] = [await freePort(), await freePort()]
    const own = selfSignedCertificate(path.join(dir, 'tls'), ['localhost', '127.0.0.1'])
    certificate = own.certificate
    otherCertificate = selfSignedCertificate(path.join(dir, 'other-tls'), ['localhost', '127.0.0.1']).certificate

    // PostgreSQL: a cluster of its own, TLS only from the network.
    fs.mkdirSync(pgData, { mode: 0o700 })
    if (asRoot) spawnSync('chown', ['postgres:postgres', pgData, dir])
    const [initdb, initArgs] = asPostgres('initdb', [
      '-D',
      pgData,
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ])
    const made = spawnSync(initdb, initArgs, { encoding: 'utf8' })
    if (made.status !== 0) throw new Error(`initdb failed: ${made.stderr}`)
    fs.copyFileSync(own.certificate, path.join(pgData, 'server.crt'))
    fs.copyFileSync(own.key, path.join(pgData, 'server.key'))
    fs.chmodSync(path.join(pgData, 'server.key'), 0o600)
    if (asRoot)
      spawnSync('chown', ['postgres:postgres', path.join(pgData, 'server.crt'), path.join(pgData, 'server.key')])
    fs.appendFileSync(
      path.join(pgData, 'postgresql.conf'),
      [
        `port = ${pgPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'ssl = on',
        "ssl_cert_file = 'server.crt'",
        "ssl_key_file = 'server.key'",
        "ssl_min_protocol_version = 'TLSv1.2'",
        'fsync = off',
        '',
      ].join('\n'),
    )
    fs.writeFileSync(
      path.join(pgData, 'pg_hba.conf'),
      'local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n',
    )
    const [server, serverArgs] = asPostgres('postgres', ['-D', pgData])
    postgres = spawn(server, serverArgs, { stdio: 'ignore' })
    await pollUntil(async () => {
      const client = new pg.Client({ connectionString: tlsUrl('postgres') })
      await client.connect()
      await client.end()
      return true
    }, 'PostgreSQL')
    const admin = new pg.Client({ connectionString: tlsUrl('postgres') })
    await admin.connect()
    await admin.query('CREATE DATABASE pbgdpl')
    await admin.end()

    // Redis: TLS only (no plain port), clients need no certificate of their own.
    redis = spawn(
      REDIS_SERVER!,
      [
        '--port',
        '0',
        '--tls-port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--tls-cert-file',
        own.certificate,
        '--tls-key-file',
        own.key,
        '--tls-ca-cert-file',
        own.certificate,
        '--tls-auth-clients',
        'no',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
      ],
      { stdio: 'ignore' },
    )
    await pollUntil(
      () =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect({ host: '127.0.0.1', port: redisPort }, () => (socket.destroy(), resolve(true)))
          socket.once('error', () => resolve(false))
        }),
      'Redis',
    )
  }, 120_000)

  afterAll(async () => {
    for (const child of [postgres, redis]) await stopChild(child)
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a plain connection and one that does not trust the server’s certificate', async () => {
    const plain = new pg.Client({ connectionString: url('pbgdpl', 'sslmode=disable') })
    await expect(plain.connect()).rejects.toThrow(/pg_hba\.conf rejects connection .* no encryption/)
    const untrusted = new pg.Client({
      connectionString: url('pbgdpl', `sslmode=verify-full&sslrootcert=${otherCertificate}`),
    })
    await expect(untrusted.connect()).rejects.toThrow(/self[- ]signed certificate|unable to verify/)

    const client = new pg.Client({ connectionString: tlsUrl() })
    await client.connect()
    const { rows } = await client.query<{ ssl: boolean; version: string }>(
      'SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
    )
    await client.end()
    expect(rows[0]).toEqual({ ssl: true, version: 'TLSv1.3' })
  })

  it('migrates, then backs up and checks the backup, over TLS only', async () => {
    const env = {
      ...process.env,
      DATABASE_URL: tlsUrl(),
      UPLOAD_DIR: path.join(dir, 'uploads'),
      PAYLOAD_SECRET: 'tls-services-secret-0123456789abcdef',
    }
    const migrated = await runScript('migrate.ts', [], env)
    expect(migrated.code, migrated.output).toBe(0)

    const client = new pg.Client({ connectionString: tlsUrl() })
    await client.connect()
    const applied = Number((await client.query('SELECT count(*) AS n FROM payload_migrations')).rows[0].n)
    await client.end()
    expect(applied).toBeGreaterThan(10)

    const out = path.join(dir, 'backups')
    const backup = await runScript('backup.ts', ['--out', out, '--verify'], env)
    expect(backup.code, backup.output).toBe(0)
    expect(backup.output).toMatch(/Kiểm tra: tốt — khôi phục thử được \d+ bảng/)
    expect(fs.readdirSync(out).some((f) => f.endsWith('.tar.gz'))).toBe(true)
  }, 240_000)

  it('counts shared rate limits in Redis over TLS', async () => {
    const script = path.join(dir, 'limit.mts')
    fs.writeFileSync(
      script,
      [
        `import { createRateLimiter } from '${path.join(root, 'src/shared/security/rate-limit.ts')}'`,
        `import { redisKey, sharedRedis } from '${path.join(root, 'src/shared/ops/redis.ts')}'`,
        "const limiter = createRateLimiter({ name: 'tls-test', limit: 2, windowMs: 60_000 })",
        "const decisions = [await limiter.hit('203.0.113.5'), await limiter.hit('203.0.113.5'), await limiter.hit('203.0.113.5')]",
        "const stored = await sharedRedis()!.get(redisKey('rate:tls-test:203.0.113.5'))",
        'console.log(JSON.stringify({ allowed: decisions.map((d) => d.allowed), stored }))',
        'sharedRedis()!.disconnect()',
        '',
      ].join('\n'),
    )
    const run = (redisUrl: string) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [script], {
          cwd: root,
          env: {
            ...process.env,
            REDIS_URL: redisUrl,
            REDIS_PREFIX: `tls-${process.pid}:`,
            NODE_EXTRA_CA_CERTS: certificate,
            NODE_OPTIONS: '--no-deprecation',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let output = ''
        child.stdout.on('data', (d: Buffer) => (output += d.toString()))
        child.stderr.on('data', (d: Buffer) => (output += d.toString()))
        child.on('exit', (code) => resolve({ code, output }))
      })
    const overTls = await run(`rediss://127.0.0.1:${redisPort}`)
    expect(overTls.code, overTls.output).toBe(0)
    expect(JSON.parse(overTls.output.trim().split('\n').at(-1)!)).toEqual({ allowed: [true, true, false], stored: '3' })
    // The same port without TLS: no answer, so the limits fall back to the process's memory, loudly.
    const plain = await run(`redis://127.0.0.1:${redisPort}`)
    expect(plain.output).toMatch(/Rate limits fall back to this instance’s memory/)
  }, 120_000)
})
