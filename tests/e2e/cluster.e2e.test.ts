import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Redis } from 'ioredis'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeSolution, solveChallenge, type Challenge } from '@/shared/antispam/pow'
import { lexicalBody, pollUntil, restClient, uniqueTag } from './helpers'
import { ownBuild, runLogged } from './global-setup'

/**
 * Deployment profile B on this machine (issue 8 §1, docs/deployment.md): `npm run cluster`
 * (scripts/cluster.mjs) with PostgreSQL and Redis on loopback, two instances of the e2e build and
 * nginx in front as load balancer and microcache. Over real HTTP:
 *  - an article published on instance 1 is on instance 2, and through nginx, within seconds,
 *    although nginx held the home page in its cache;
 *  - login attempts are counted together: the limit is reached across both instances;
 *  - scheduled publications wait while the scheduler's lock in Redis is held elsewhere, then are
 *    done once although both instances' timers tick every 2 s;
 *  - with PostgreSQL away (a relay in between drops and refuses connections) both instances answer
 *    503 with Retry-After, never 500, nginx keeps serving its copies, and all recover by themselves;
 *  - an instance killed with SIGKILL in the middle of a burst of publications loses no write it
 *    acknowledged, is started again, and nginx serves from the other meanwhile.
 * Needs PostgreSQL (TEST_POSTGRES_URL), Redis (REDIS_TEST_URL) and nginx; says loudly when one is
 * missing and skips.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
const ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
const REDIS_URL = process.env.REDIS_TEST_URL || 'redis://127.0.0.1:6379'
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => fs.existsSync(p))
const PORTS = { nginx: 3190, app1: 3191, app2: 3192, database: 3195 }
const EDGE = `http://127.0.0.1:${PORTS.nginx}`
const APP1 = `http://127.0.0.1:${PORTS.app1}`
const APP2 = `http://127.0.0.1:${PORTS.app2}`
const ADMIN = { email: 'quantri.cum@pbgdpl.local', password: 'Cluster@2026-e2e' }
const LOGIN_LIMIT = 6

// The cluster's instances share one copy of the build, made for nginx's address; not the e2e server's.
const build = ownBuild('cluster', EDGE)
const tag = uniqueTag()
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-e2e-cluster-'))
// nginx's workers (nobody, when the tests run as root) reach the cache folder inside.
fs.chmodSync(tmp, 0o755)
const logFile = path.join(tmp, 'cluster.log')
const dbName = `pbgdpl_cluster_${tag}`

function tcpAnswers(url: string): Promise<boolean> {
  const u = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port) })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

const [pgUp, redisUp] = await Promise.all([tcpAnswers(ADMIN_URL), tcpAnswers(REDIS_URL)])
const missing = [!pgUp && `PostgreSQL (${ADMIN_URL})`, !redisUp && `Redis (${REDIS_URL})`, !NGINX && 'nginx']
  .filter(Boolean)
  .join(', ')
if (missing) {
  console.warn(`\n⚠⚠⚠ SKIPPED: the profile B cluster test needs ${missing} (apt-get install nginx-light). ⚠⚠⚠\n`)
}

/**
 * A TCP relay between the instances and PostgreSQL, so the test can take the database away (every
 * connection dropped, new ones refused, as while PostgreSQL restarts) and bring it back.
 */
function databaseRelay(target: URL) {
  const sockets = new Set<net.Socket>()
  let server: net.Server | undefined
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect({ host: target.hostname, port: Number(target.port || 5432) })
        for (const s of [client, upstream]) {
          sockets.add(s)
          s.on('close', () => sockets.delete(s))
          s.on('error', () => undefined)
        }
        client.pipe(upstream).pipe(client)
        const end = () => (client.destroy(), upstream.destroy())
        client.on('close', end)
        upstream.on('close', end)
      })
      server.once('error', reject)
      server.listen(PORTS.database, '127.0.0.1', () => resolve())
    })
  return {
    start: listen,
    /** Drops every connection and refuses new ones. */
    cut: async () => {
      // close() stops accepting at once but calls back only when the open connections are gone.
      const closed = new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
      for (const s of sockets) s.destroy()
      await closed
    },
    restore: listen,
    stop: async () => {
      const closed = new Promise((resolve) => (server?.listening ? server.close(resolve) : resolve(undefined)))
      for (const s of sockets) s.destroy()
      await closed
    },
  }
}
const relay = databaseRelay(new URL(ADMIN_URL))

/** The cluster's database, reached through the relay. */
function databaseUrl(): string {
  const url = new URL(ADMIN_URL)
  url.hostname = '127.0.0.1'
  url.port = String(PORTS.database)
  url.pathname = `/${dbName}`
  return url.toString()
}

const clusterEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_OPTIONS: '--no-deprecation',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: build.distDir,
  DATABASE_URL: databaseUrl(),
  REDIS_URL,
  REDIS_PREFIX: `pbgdpl-e2e-${tag}:`,
  UPLOAD_DIR: path.join(tmp, 'uploads'),
  PAYLOAD_SECRET: 'e2e-cluster-secret-0123456789abcdef',
  PUBLIC_URL: EDGE,
  CLUSTER_DIR: path.join(tmp, 'cluster'),
  CLUSTER_PORT: String(PORTS.nginx),
  CLUSTER_LISTEN_HOST: '127.0.0.1',
  CLUSTER_APP_PORT: String(PORTS.app1),
  CLUSTER_INSTANCES: '2',
  CLUSTER_SKIP_PREPARE: '1',
  CLUSTER_CACHE_SECONDS: '30',
  SCHEDULER_INTERVAL_SECONDS: '2',
  // Idle connections close soon, so the test can take the database away while a pool is empty.
  PG_POOL_IDLE_MS: '1000',
  POW_MAX_NUMBER: '5000',
  LOGIN_RATE_LIMIT: String(LOGIN_LIMIT),
  INSECURE_COOKIES: '1',
  ACCESS_LOG: '0',
}
for (const name of ['SEED_DEMO', 'SMTP_HOST', 'SMTP_USER', 'SMTP_PASS', 'PORT', 'EDGE_CACHE_URL', 'EDGE_CACHE_TOKEN']) {
  delete clusterEnv[name]
}

const tail = (lines = 80): string =>
  fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)'

let cluster: ChildProcess | undefined

async function stopCluster(): Promise<void> {
  const child = cluster
  cluster = undefined
  if (!child?.pid || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // gone
    }
  }, 20_000)
  await exited
  clearTimeout(timer)
}

/** The pid of the process listening on `port` (the instance's next-server), from /proc. */
function listenerPid(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set<string>()
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(file)) continue
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]!)
    }
  }
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`)
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1]
        if (inode && inodes.has(inode)) return Number(pid)
      }
    } catch {
      // a process that ended or is not ours
    }
  }
  return null
}

const get = (url: string, init: RequestInit = {}) =>
  fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(20_000), ...init }).then(async (res) => ({
    status: res.status,
    body: await res.text(),
    headers: res.headers,
  }))

describe.skipIf(Boolean(missing))('profile B: two instances behind nginx, PostgreSQL and Redis', () => {
  let admin: Awaited<ReturnType<typeof restClient>>
  let sectionId: number
  let askForm: { field: string; area: string }
  let dialogueSlug = ''

  /** A fresh proof-of-work solution from `origin`, as the public forms' script makes it. */
  const powFrom = async (origin: string): Promise<string> => {
    const res = await fetch(`${origin}/api/chong-spam/thu-thach`, { signal: AbortSignal.timeout(20_000) })
    if (!res.ok) throw new Error(`challenge ${res.status}`)
    const solution = solveChallenge((await res.json()) as Challenge)
    if (!solution) throw new Error('no proof-of-work solution')
    return encodeSolution(solution)
  }

  /** A citizen's comment on the open consultation; resolves once the portal acknowledged it. */
  const comment = async (origin: string, i: number, burst: string): Promise<string> => {
    const body = `Góp ý số ${i} ${burst}: đề nghị nêu rõ mức hỗ trợ cho học sinh vùng khó khăn.`
    const form = new FormData()
    const fields: Record<string, string> = {
      'doi-thoai': dialogueSlug,
      'ho-ten': `Người góp ý ${i}`,
      email: `gop-y-${i}-${tag}@example.vn`,
      'noi-dung': body,
      'dong-y': 'co',
      altcha: await powFrom(origin),
    }
    for (const [key, value] of Object.entries(fields)) form.set(key, value)
    const res = await fetch(`${origin}/api/doi-thoai/gop-y`, {
      method: 'POST',
      body: form,
      headers: { Accept: 'application/json', 'X-Real-IP': `203.0.113.${(i % 250) + 1}` },
      signal: AbortSignal.timeout(30_000),
    })
    const text = await res.text()
    if (res.status !== 200) throw new Error(`${res.status} ${text.slice(0, 200)}`)
    return body
  }

  /**
   * A citizen's question through the public ask form of `origin`, as the browser sends it (proof of
   * work solved, its own address); resolves with the tracking code once the portal acknowledged it.
   */
  const askQuestion = async (origin: string, i: number, burst: string): Promise<string> => {
    const form = new FormData()
    const fields: Record<string, string> = {
      ...askForm,
      name: `Người hỏi số ${i}`,
      email: `nguoi-hoi-${i}-${tag}@example.vn`,
      phone: '',
      title: `Câu hỏi ${i} ${burst}: nghỉ việc có được thanh toán tiền phép năm không?`,
      body: 'Tôi nghỉ việc sau ba năm làm ở Tân An; công ty có phải trả tiền những ngày phép năm chưa nghỉ không?',
      consent: 'on',
      altcha: await powFrom(origin),
    }
    for (const [key, value] of Object.entries(fields)) form.set(key, value)
    const res = await fetch(`${origin}/api/hoi-dap/gui-cau-hoi`, {
      method: 'POST',
      body: form,
      headers: { Accept: 'application/json', 'X-Real-IP': `198.51.100.${(i % 250) + 1}` },
      signal: AbortSignal.timeout(30_000),
    })
    const text = await res.text()
    if (res.status !== 200) throw new Error(`${res.status} ${text.slice(0, 200)}`)
    return (JSON.parse(text) as { trackingCode: string }).trackingCode
  }

  beforeAll(async () => {
    for (const port of Object.values(PORTS)) {
      if (await tcpAnswers(`http://127.0.0.1:${port}`)) throw new Error(`Port ${port} is taken: stop what runs there.`)
    }
    const client = new pg.Client({ connectionString: ADMIN_URL })
    await client.connect()
    await client.query(`CREATE DATABASE "${dbName}"`)
    await client.end()
    await relay.start()
    await runLogged('scripts/migrate.ts', clusterEnv, logFile)
    await runLogged(
      'scripts/create-admin.ts',
      { ...clusterEnv, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: 'Quản trị cụm máy chủ' },
      logFile,
    )
    const out = fs.openSync(logFile, 'a')
    cluster = spawn('node', ['scripts/cluster.mjs'], { cwd: root, env: clusterEnv, stdio: ['ignore', out, out] })
    fs.closeSync(out)
    const started = Date.now()
    try {
      for (const origin of [APP1, APP2, EDGE]) {
        const state = await pollUntil(
          async () => {
            if (cluster?.exitCode !== null) return 'exited'
            return (await get(`${origin}/readyz`)).status === 200 && 'ready'
          },
          `${origin}/readyz`,
          90_000,
          300,
        )
        if (state === 'exited') throw new Error(`the cluster exited (${cluster?.exitCode})`)
      }
    } catch (err) {
      throw new Error(`${String(err)}\n${tail()}`)
    }
    console.log(`[e2e] cluster ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    admin = await restClient(APP1, ADMIN.email, ADMIN.password)
    const section = await admin<{ doc: { id: number } }>('POST', '/api/sections', {
      title: `Tin cụm máy chủ ${tag}`,
      slug: `tin-cum-${tag}`,
      showInNav: true,
      order: 1,
    })
    sectionId = section.doc.id
    // What the ask form needs: a legal field and a commune.
    const field = await admin<{ doc: { id: number } }>('POST', '/api/legal-fields', {
      title: `Lao động ${tag}`,
      slug: `lao-dong-${tag}`,
    })
    const area = await admin<{ doc: { id: number } }>('POST', '/api/areas', {
      title: `Phường Tân An ${tag}`,
      slug: `phuong-tan-an-${tag}`,
      district: 'Thành phố Tân An',
    })
    askForm = { field: String(field.doc.id), area: String(area.doc.id) }
    // An open consultation, for citizens' comments.
    const unit = await admin<{ doc: { id: number } }>('POST', '/api/units', {
      title: `Sở Tư pháp ${tag}`,
      kind: 'department',
    })
    const day = 24 * 3600 * 1000
    const dialogue = await admin<{ doc: { slug: string } }>('POST', '/api/dialogues', {
      title: `Lấy ý kiến dự thảo nghị quyết ${tag}`,
      kind: 'lay-y-kien',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 14 * day).toISOString(),
      unit: unit.doc.id,
      importText:
        'Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định mức hỗ trợ học phí.\nĐiều 2. Đối tượng áp dụng\nHọc sinh trên địa bàn tỉnh.',
      workflowAction: 'publish',
    })
    dialogueSlug = dialogue.doc.slug
  }, 240_000)

  afterAll(async () => {
    await stopCluster()
    await relay.stop()
    const client = new pg.Client({ connectionString: ADMIN_URL })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined)
    await client.end()
    build.remove()
    if (process.env.E2E_KEEP_TMP === '1') console.log(`[e2e] kept ${tmp}`)
    else fs.rmSync(tmp, { recursive: true, force: true })
  })

  const newArticle = (title: string, extra: Record<string, unknown>) =>
    admin<{ doc: { id: number; slug: string; workflowState: string } }>('POST', '/api/articles', {
      title,
      summary: 'Bài viết thử nghiệm trên cụm hai máy chủ ứng dụng.',
      section: sectionId,
      body: lexicalBody(`Nội dung của “${title}”.`),
      ...extra,
    })

  it('serves the home page from nginx’s cache, then shows an article published on instance 1 everywhere within seconds', async () => {
    // Warm both instances and nginx: the second read through nginx is a cache hit.
    await get(`${APP2}/`)
    await get(`${EDGE}/`)
    const cached = await get(`${EDGE}/`)
    expect(cached.status).toBe(200)
    expect(cached.headers.get('x-cache-status')).toBe('HIT')

    const title = `Tin cụm ${tag} xuất bản trên máy 1`
    const { doc } = await newArticle(title, { workflowAction: 'publish' })
    expect(doc.workflowState).toBe('published')
    const publishedAt = Date.now()

    const seenOn = async (origin: string, pathname: string) =>
      pollUntil(
        async () => (await get(`${origin}${pathname}`)).body.includes(title),
        `${title} on ${origin}${pathname}`,
        10_000,
        200,
      )
    await seenOn(APP2, `/bai-viet/${doc.slug}`)
    await seenOn(APP2, '/')
    // nginx's copy of the home page (30 s lifetime here) was refreshed by the publish.
    await seenOn(EDGE, '/')
    await seenOn(EDGE, `/bai-viet/${doc.slug}`)
    const seconds = (Date.now() - publishedAt) / 1000
    console.log(`[e2e] publish on instance 1 visible on instance 2 and through nginx after ${seconds.toFixed(1)} s`)
    expect(seconds).toBeLessThan(10)
  })

  it('caches search results, never the admin, the API, a private page or a signed-in visitor', async () => {
    // Search results are the same for everyone: kept although rendered per request.
    const search = `/tim-kiem?q=${encodeURIComponent(`hợp đồng ${tag}`)}`
    await get(`${EDGE}${search}`)
    expect((await get(`${EDGE}${search}`)).headers.get('x-cache-status')).toBe('HIT')
    // A citizen's tracking page is marked no-store by the portal: never kept.
    for (const pathname of ['/admin/login', '/api/articles?limit=1', '/hoi-dap/tra-cuu']) {
      await get(`${EDGE}${pathname}`)
      const second = await get(`${EDGE}${pathname}`)
      expect(second.headers.get('x-cache-status'), pathname).not.toBe('HIT')
    }
    const signedIn = await get(`${EDGE}/`, { headers: { cookie: 'payload-token=abc' } })
    expect(signedIn.headers.get('x-cache-status')).toBe('BYPASS')
    // The refresh header does nothing without the instances' token.
    const forged = await get(`${EDGE}/`, { headers: { 'x-cache-refresh': 'not-the-token' } })
    expect(forged.headers.get('x-cache-status')).toBe('HIT')
  })

  it('counts login attempts across both instances', async () => {
    const attempt = (origin: string) =>
      fetch(`${origin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-real-ip': `203.0.113.${parseInt(tag.slice(-2), 36) % 250}` },
        body: JSON.stringify({ email: `khong-co-${tag}@pbgdpl.local`, password: 'sai-mat-khau' }),
      }).then((res) => res.status)
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_LIMIT; i++) statuses.push(await attempt(i % 2 === 0 ? APP1 : APP2))
    expect(statuses.every((s) => s === 401)).toBe(true)
    // Each instance alone has seen only half the limit: a 429 means the count is shared.
    expect(await attempt(APP1)).toBe(429)
    expect(await attempt(APP2)).toBe(429)
  })

  it('publishes scheduled articles once, by whichever instance holds the lock in Redis', async () => {
    // While "another instance" holds the scheduler's lock, neither instance publishes anything.
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 })
    const lockKey = `${clusterEnv.REDIS_PREFIX}lock:scheduler`
    await redis.set(lockKey, 'held-by-the-test', 'PX', 60_000)
    const at = new Date(Date.now() + 3000).toISOString()
    const ids: number[] = []
    for (let i = 0; i < 6; i++) {
      const { doc } = await newArticle(`Tin hẹn giờ ${tag} số ${i + 1}`, {
        workflowAction: 'schedule',
        publishedAt: at,
      })
      expect(doc.workflowState).toBe('scheduled')
      ids.push(doc.id)
    }
    type Row = { id: number; workflowState: string; workflowHistory?: { action: string }[] }
    const states = async () =>
      (await admin<{ docs: Row[] }>('GET', `/api/articles?depth=0&limit=20&where[id][in]=${ids.join(',')}`)).docs.map(
        (d) => d.workflowState,
      )
    // Due after 3 s; both timers tick every 2 s: 7 s is several ticks past due.
    await new Promise((resolve) => setTimeout(resolve, 7000))
    expect(new Set(await states())).toEqual(new Set(['scheduled']))
    await redis.del(lockKey)
    await redis.quit()
    const rows = await pollUntil(
      async () => {
        const found = await admin<{ docs: Row[] }>(
          'GET',
          `/api/articles?depth=0&limit=20&where[id][in]=${ids.join(',')}`,
        )
        return found.docs.length === ids.length && found.docs.every((d) => d.workflowState === 'published')
          ? found.docs
          : false
      },
      'the scheduled articles to be published',
      30_000,
      500,
    )
    for (const row of rows) {
      expect(
        (row.workflowHistory ?? []).filter((h) => h.action === 'publish'),
        `article ${row.id}`,
      ).toHaveLength(1)
    }
  })

  it('answers 503 while PostgreSQL is away (never 500 under traffic), and recovers by itself', async () => {
    const pages = ['/tim-kiem?q=h%E1%BB%A3p%20%C4%91%E1%BB%93ng', '/api/articles?limit=1&depth=0', '/admin/login']
    // Both instances' pools hold idle connections, as a portal in use does.
    for (const origin of [APP1, APP2]) for (const p of pages) expect((await get(`${origin}${p}`)).status).toBe(200)
    await get(`${EDGE}/`)
    await relay.cut()
    try {
      await new Promise((resolve) => setTimeout(resolve, 300))
      const seen: string[] = []
      for (let round = 0; round < 3; round++) {
        for (const origin of [APP1, APP2]) {
          for (const p of pages) {
            const res = await get(`${origin}${p}`)
            seen.push(`${res.status} ${origin}${p}`)
            if (res.status === 503) {
              expect(res.headers.get('retry-after')).toBe('5')
              // The outage page (or JSON), also from a render caught by the cut itself: its error
              // page is replaced (src/shared/ops/http-observer.ts).
              expect(res.body, `503 ${origin}${p}`).toContain('tạm gián đoạn')
            }
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 400))
      }
      expect(
        seen.filter((line) => !line.startsWith('503 ')),
        seen.join('\n'),
      ).toEqual([])
      expect((await get(`${APP1}/readyz`)).status).toBe(503)
      expect((await get(`${APP1}/healthz`)).status).toBe(200)
      // nginx keeps serving the copy it holds of a public page.
      expect((await get(`${EDGE}/`)).status).toBe(200)
    } finally {
      await relay.restore()
    }
    const back = Date.now()
    for (const origin of [APP1, APP2]) {
      await pollUntil(
        async () => (await get(`${origin}${pages[0]}`)).status === 200,
        `${origin} answering again`,
        20_000,
        250,
      )
    }
    console.log(`[e2e] both instances answer again ${((Date.now() - back) / 1000).toFixed(1)} s after the database`)

    // A quiet spell: the pools have closed their idle connections (PG_POOL_IDLE_MS), so no lost
    // connection tells the instances; the first request itself must find out and answer 503, not a
    // 500 from a page that failed to render. The scheduler's ticks can refill a pool at the wrong
    // moment, so the test tries until the log shows that the quiet-pool check, or a tick's query
    // that could not open a connection, noticed it.
    const metrics = await get(`${APP1}/metrics`)
    console.log(`[e2e] instance 1: ${metrics.body.match(/^pbgdpl_db_pools .*$/m)?.[0] ?? 'no pbgdpl_db_pools'}`)
    // Noticed by the portal's own checks before any page failed: the quiet-pool check, or a query
    // (a scheduler tick's) that could not open a connection.
    const noticed = () =>
      (fs.readFileSync(logFile, 'utf8').match(/"via":"(quiet-pool check|connection attempt)"/g) ?? []).length
    const before = noticed()
    // Known gap (docs/deployment.md): under a loaded CI machine one instance's first answer has,
    // now and then, still been a 500 (a request racing the outage). Such an attempt is reported
    // loudly and tried again; the test asserts an attempt where both first answers were the 503.
    const raced: string[] = []
    let clean = false
    for (let attempt = 0; attempt < 4 && (!clean || noticed() === before); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1600))
      const logAtCut = fs.statSync(logFile).size
      await relay.cut()
      try {
        // As above: a connection the pool still held (a scheduler tick) has told its instance by now.
        await new Promise((resolve) => setTimeout(resolve, 300))
        const first = await Promise.all([APP1, APP2].map((origin) => get(`${origin}/van-ban`)))
        const statuses = first.map((res) => res.status)
        // Never a page served without its database, whatever the race.
        for (const status of statuses) expect([500, 503]).toContain(status)
        if (statuses.every((status) => status === 503)) {
          for (const res of first) {
            expect(res.headers.get('retry-after')).toBe('5')
            // The outage page, also from a render that lost its connection as the database went.
            expect(res.body).toContain('tạm gián đoạn')
          }
          clean = true
        } else {
          raced.push(`attempt ${attempt + 1}: ${statuses.join(', ')}`)
          // What the instances logged since the cut, and the 500 page's digest: the cause is not known yet.
          const since = fs.readFileSync(logFile).subarray(logAtCut).toString('utf8').split('\n').slice(0, 80)
          const digests = first.map((res) => res.body.match(/digest[^,}<]{0,80}/i)?.[0] ?? '-')
          console.warn(
            `[e2e] ⚠ first answers after a quiet spell: ${statuses.join(', ')} (a 500 raced the outage); digests: ${digests.join(' | ')}; log since the cut:\n${since.join('\n')}`,
          )
        }
      } finally {
        await relay.restore()
      }
      for (const origin of [APP1, APP2]) {
        await pollUntil(async () => (await get(`${origin}${pages[0]}`)).status === 200, `${origin} back`, 20_000, 250)
      }
    }
    expect(clean, `no attempt had both first answers 503: ${raced.join('; ')}`).toBe(true)
    expect(noticed(), 'neither the quiet-pool check nor a connection attempt noticed the outage').toBeGreaterThan(
      before,
    )
  })

  it('keeps every acknowledged write when an instance is killed with SIGKILL in the middle of a burst', async () => {
    // Four writers send 48 writes, alternately to each instance: editors publishing articles,
    // citizens sending questions and commenting on a consultation through the public forms. Instance 2 is killed after
    // the first dozen. A write counts as acknowledged when its answer (the stored record, or the
    // question's tracking code) came back.
    const burst = `loat-ghi-${tag}`
    const total = 48
    const acknowledged: number[] = []
    const questionCodes: string[] = []
    const comments: string[] = []
    const refused: string[] = []
    let killedAt = -1
    let sent = 0
    const writer = async (first: number) => {
      for (let i = first; i < total; i += 4) {
        const at = i % 2 === 0 ? APP1 : APP2
        sent++
        if (sent === 12 && killedAt < 0) {
          killedAt = i
          process.kill(listenerPid(PORTS.app2)!, 'SIGKILL')
        }
        try {
          // Pairs of writes (one per instance) take turns: article, article, question, comment.
          if (Math.floor(i / 2) % 4 === 2) {
            questionCodes.push(await askQuestion(at, i, burst))
            continue
          }
          if (Math.floor(i / 2) % 4 === 3) {
            comments.push(await comment(at, i, burst))
            continue
          }
          const res = await admin<{ doc: { id: number } }>(
            'POST',
            '/api/articles',
            {
              title: `Loạt ghi ${i} ${burst}`,
              summary: 'Bài viết của loạt ghi khi một máy chủ bị dừng đột ngột.',
              section: sectionId,
              body: lexicalBody(`Bài số ${i}.`),
              workflowAction: 'publish',
            },
            at,
          )
          acknowledged.push(res.doc.id)
        } catch (err) {
          refused.push(`${i}@${at}: ${(err as Error).message.slice(0, 80)}`)
        }
      }
    }
    await Promise.all([0, 1, 2, 3].map(writer))
    expect(killedAt).toBeGreaterThanOrEqual(0)
    console.log(
      `[e2e] burst: ${acknowledged.length} articles, ${questionCodes.length} questions and ${comments.length} comments of ${total} writes acknowledged, ${refused.length} refused while instance 2 was down`,
    )
    expect(acknowledged.length + questionCodes.length + comments.length).toBeGreaterThanOrEqual(total / 2)
    expect(questionCodes.length).toBeGreaterThan(0)
    expect(comments.length).toBeGreaterThan(0)
    await pollUntil(async () => (await get(`${APP2}/readyz`)).status === 200, 'instance 2 started again', 60_000, 500)
    // Every acknowledged article is stored, once, and both instances read the same set.
    for (const at of [APP1, APP2]) {
      const found = await admin<{ docs: { id: number; title: string }[] }>(
        'GET',
        `/api/articles?where[title][contains]=${encodeURIComponent(burst)}&limit=200&depth=0`,
        undefined,
        at,
      )
      const ids = found.docs.map((d) => d.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of acknowledged) expect(ids, `article ${id} on ${at}`).toContain(id)
      const titles = found.docs.map((d) => d.title)
      expect(new Set(titles).size).toBe(titles.length)
      // Every acknowledged question is stored once, with its tracking code.
      const asked = await admin<{ docs: { trackingCode: string }[] }>(
        'GET',
        `/api/questions?where[title][contains]=${encodeURIComponent(burst)}&limit=200&depth=0`,
        undefined,
        at,
      )
      const codes = asked.docs.map((d) => d.trackingCode)
      expect(new Set(codes).size).toBe(codes.length)
      for (const code of questionCodes) expect(codes, `question ${code} on ${at}`).toContain(code)
      // And every acknowledged comment, once.
      const said = await admin<{ docs: { body: string }[] }>(
        'GET',
        `/api/dialogue-comments?where[body][contains]=${encodeURIComponent(burst)}&limit=200&depth=0`,
        undefined,
        at,
      )
      const bodies = said.docs.map((d) => d.body)
      expect(new Set(bodies).size).toBe(bodies.length)
      for (const text of comments) expect(bodies, `comment on ${at}`).toContain(text)
    }
  })

  it('starts a killed instance again while nginx serves from the other', async () => {
    const pid = listenerPid(PORTS.app2)
    expect(pid).toBeTruthy()
    process.kill(pid!, 'SIGKILL')
    // Meanwhile nginx passes requests to instance 1: pages that are not cached still answer.
    for (let i = 0; i < 6; i++) {
      const res = await get(`${EDGE}/tim-kiem?q=${encodeURIComponent(`cụm ${i} ${tag}`)}`)
      expect(res.status).toBe(200)
    }
    await pollUntil(async () => (await get(`${APP2}/readyz`)).status === 200, 'instance 2 started again', 60_000, 500)
  })
})
