import { AxeBuilder } from '@axe-core/playwright'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  baseURL,
  DEMO_PASSWORD,
  launchBrowser,
  lexicalBody,
  loginAdmin,
  NARROW,
  newContext,
  pollUntil,
  restClient,
  uniqueTag,
  USERS,
} from './helpers'
import { ownBuild, runLogged } from './global-setup'

/**
 * Sync between two portals, end to end (issue 7 §5): the e2e server on 3100 is the province (the
 * source, demo content); this file starts a second server from the same build on 3101, with its own
 * empty database and an administrator, as the follower. Over real HTTP:
 *  - the province's admin issues an API key, the follower's admin adds the province as a sync source;
 *  - the follower catches up with the province's feed, then an article the editor-in-chief
 *    publishes on 3100 appears on 3101 within one interval (+ settle window + a scheduler tick),
 *    with "Nguồn: …" linking to the original; unpublished on 3100, it is gone from 3101;
 *  - 30 articles published at once, the follower killed with SIGKILL part-way through and started
 *    again on the same database: every one of them is there exactly once;
 *  - the follower's article page fits 360 px; axe finds nothing serious on the admin conflicts list.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name)
const FOLLOWER_PORT = 3101
const FOLLOWER = `http://127.0.0.1:${FOLLOWER_PORT}`
const FOLLOWER_ADMIN = { email: 'quantri.quocgia@pbgdpl.local', password: 'Follower@2026-e2e' }
const INTERVAL_SECONDS = 5
const SOURCE_NAME = 'Sở Tư pháp tỉnh (cổng nguồn thử nghiệm)'
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const BATCH = 30

// Its own copy of the build: pages it regenerates must never reach the province's server.
const build = ownBuild('follower', FOLLOWER)
const tag = uniqueTag()
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-e2e-follower-'))
const logFile = path.join(tmp, 'follower.log')

const followerEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: '--no-deprecation',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: build.distDir,
  DATABASE_URL: `file:${path.join(tmp, 'follower.db')}`,
  UPLOAD_DIR: path.join(tmp, 'uploads'),
  PAYLOAD_SECRET: 'e2e-follower-secret-0123456789abcdef',
  PORT: String(FOLLOWER_PORT),
  PUBLIC_URL: FOLLOWER,
  SCHEDULER_INTERVAL_SECONDS: '2',
  LOGIN_RATE_LIMIT: '60',
  INSECURE_COOKIES: '1',
  // A killed run's lease runs out after 10 s instead of 45 s, so the restart test waits less.
  SYNC_LEASE_SECONDS: '10',
  // Pages of 5: a run takes the burst below in several pages, so there is a moment to kill it.
  SYNC_PAGE_LIMIT: '5',
}
delete followerEnv.SEED_DEMO
delete followerEnv.SMTP_HOST
delete followerEnv.SMTP_USER
delete followerEnv.SMTP_PASS

function tail(lines = 60): string {
  return fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)'
}

let server: ChildProcess | undefined

/** `next start` of the shared build on 3101, in its own process group; resolves when it answers. */
async function startFollower(): Promise<void> {
  const out = fs.openSync(logFile, 'a')
  const child = spawn(bin('next'), ['start', '-p', String(FOLLOWER_PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env: followerEnv,
    stdio: ['ignore', out, out],
    detached: true,
  })
  fs.closeSync(out)
  server = child
  await pollUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`the follower exited (${child.exitCode})\n${tail()}`)
      const res = await fetch(`${FOLLOWER}/healthz`, { signal: AbortSignal.timeout(10_000) })
      return res.status === 200
    },
    'the follower on 3101 to answer /healthz',
    90_000,
    500,
  ).catch((err: unknown) => {
    throw new Error(`${String(err)}\n${tail()}`)
  })
}

/** Kills the follower's whole process group with `signal` and waits for it to be gone. */
async function stopFollower(signal: NodeJS.Signals): Promise<void> {
  const child = server
  server = undefined
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const pid = child.pid
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-pid, signal)
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }, 5_000)
  await exited
  clearTimeout(timer)
}

type Rest = Awaited<ReturnType<typeof restClient>>
type SyncRecordRow = { id: number; sourceId: number; localId: number | null; remoteState: string | null }
type Paged<T> = { docs: T[]; totalDocs: number }

/** How many distinct records of the types are public on the source now, read from its own feed. */
async function publicOnSource(key: string, types = ['articles', 'legal-documents']): Promise<number> {
  const state = new Map<string, boolean>()
  let cursor = ''
  for (;;) {
    const url = new URL('/api/open/v1/changes', baseURL())
    url.searchParams.set('types', types.join(','))
    url.searchParams.set('limit', '500')
    if (cursor) url.searchParams.set('cursor', cursor)
    const res = await fetch(url, { headers: { 'X-Api-Key': key } })
    expect(res.status).toBe(200)
    const page = (await res.json()) as {
      items: { type: string; id: number; record: unknown }[]
      next: string
      hasMore: boolean
    }
    for (const item of page.items) state.set(`${item.type}:${item.id}`, item.record !== null)
    cursor = page.next
    if (!page.hasMore) break
  }
  return [...state.values()].filter(Boolean).length
}

/** The page scrolls only vertically: nothing in <main> reaches past the viewport's width. */
async function expectFits(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    wide: [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`)
      .slice(0, 5),
  }))
  expect(overflow.wide).toEqual([])
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client)
}

describe('sync between two portals', () => {
  let browser: Browser
  let source: { admin: Rest; chief: Rest }
  let follower: Rest
  let sourceId: number
  let apiKey: string
  let sectionId: number

  const syncRecords = (where: string): Promise<Paged<SyncRecordRow>> =>
    follower<Paged<SyncRecordRow>>(
      'GET',
      `/api/sync-records?depth=0&limit=200&where[syncSource][equals]=${sourceId}&where[entityType][equals]=articles&${where}`,
    )

  const publishOnSource = async (title: string): Promise<{ id: number; slug: string }> => {
    const res = await source.chief<{ doc: { id: number; slug: string; workflowState: string } }>(
      'POST',
      '/api/articles',
      {
        title,
        summary: 'Bài viết thử nghiệm đồng bộ giữa cổng tỉnh và cổng quốc gia.',
        section: sectionId,
        body: lexicalBody(`Nội dung của “${title}”.`, 'Sở Tư pháp tổ chức tuyên truyền pháp luật tại xã.'),
        workflowAction: 'publish',
      },
    )
    expect(res.doc.workflowState).toBe('published')
    return { id: res.doc.id, slug: res.doc.slug }
  }

  beforeAll(async () => {
    const occupied = await fetch(FOLLOWER, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    )
    if (occupied) throw new Error(`Port ${FOLLOWER_PORT} already answers: stop whatever runs on ${FOLLOWER} first.`)
    try {
      await runLogged('scripts/migrate.ts', followerEnv, logFile)
      await runLogged(
        'scripts/create-admin.ts',
        {
          ...followerEnv,
          ADMIN_EMAIL: FOLLOWER_ADMIN.email,
          ADMIN_PASSWORD: FOLLOWER_ADMIN.password,
          ADMIN_NAME: 'Quản trị cổng quốc gia',
        },
        logFile,
      )
      await startFollower()
      browser = await launchBrowser()
      source = {
        admin: await restClient(baseURL(), USERS.admin, DEMO_PASSWORD),
        chief: await restClient(baseURL(), USERS.chief, DEMO_PASSWORD),
      }
      follower = await restClient(FOLLOWER, FOLLOWER_ADMIN.email, FOLLOWER_ADMIN.password)
      // A section no other journey reads back, so the burst below crowds no other test's lists.
      const sections = await source.chief<Paged<{ id: number }>>(
        'GET',
        '/api/sections?where[slug][equals]=hoi-dong-phoi-hop&depth=0',
      )
      sectionId = sections.docs[0]!.id
    } catch (err) {
      await stopFollower('SIGKILL')
      throw err
    }
  })

  afterAll(async () => {
    await browser?.close()
    await stopFollower('SIGTERM')
    build.remove()
    if (process.env.E2E_KEEP_TMP === '1') console.log(`[e2e] kept ${tmp}`)
    else fs.rmSync(tmp, { recursive: true, force: true })
  })

  it('follows the province: an API key there, a sync source here, caught up with its feed', async () => {
    const client = await source.admin<{ doc: { id: number; issuedKey?: string } }>('POST', '/api/api-clients', {
      name: `Cổng quốc gia (thử đồng bộ ${tag})`,
      rateLimit: 6000,
    })
    expect(client.doc.issuedKey).toMatch(/^pbgdpl_/)
    apiKey = client.doc.issuedKey!

    const created = await follower<{ doc: { id: number; apiKeyHint: string; apiKey?: string } }>(
      'POST',
      '/api/sync-sources',
      {
        name: SOURCE_NAME,
        baseUrl: baseURL(),
        newApiKey: apiKey,
        types: ['articles', 'legal-documents'],
        intervalSeconds: INTERVAL_SECONDS,
        enabled: true,
      },
    )
    sourceId = created.doc.id
    expect(created.doc.apiKeyHint).toBe(`…${apiKey.slice(-4)}`)
    expect(created.doc.apiKey).toBeUndefined()

    // The scheduler pulls the demo content in runs of a few seconds; wait until it is all here.
    const expected = await publicOnSource(apiKey)
    expect(expected).toBeGreaterThan(0)
    await pollUntil(
      async () => {
        const all = await follower<Paged<unknown>>(
          'GET',
          `/api/sync-records?depth=0&limit=1&where[syncSource][equals]=${sourceId}&where[remoteState][equals]=published`,
        )
        return all.totalDocs >= expected
      },
      `the follower to import the ${expected} public records of the source`,
      90_000,
      1_000,
    ).catch(async (err: unknown) => {
      const why = await follower('GET', `/api/sync-sources/${sourceId}?depth=0`).catch(() => ({}))
      throw new Error(`${String(err)}; source state: ${JSON.stringify(why).slice(0, 1500)}\n${tail(30)}`)
    })
    const state = await follower<{ lastError: string | null; lastSuccessAt: string | null }>(
      'GET',
      `/api/sync-sources/${sourceId}?depth=0`,
    )
    expect(state.lastSuccessAt).toBeTruthy()
    expect(state.lastError).toBeNull()
  })

  let localSlug: string
  let original: { id: number; slug: string }
  const title = `Tỉnh tổ chức ngày pháp luật ${tag}: đối thoại với người dân về đất đai`

  it('shows an article published on the province within one interval, with its source', async () => {
    original = await publishOnSource(title)
    const started = Date.now()
    const row = await pollUntil(
      async () => (await syncRecords(`where[sourceId][equals]=${original.id}`)).docs[0]?.localId ?? undefined,
      'the new article in the follower’s sync records',
      30_000,
      250,
    )
    const local = await follower<{ slug: string; workflowState: string; title: string }>(
      'GET',
      `/api/articles/${row}?depth=0`,
    )
    expect(local.workflowState).toBe('published')
    expect(local.title).toBe(title)
    localSlug = local.slug

    const page = await (await newContext(browser, { baseURL: FOLLOWER })).newPage()
    try {
      await pollUntil(
        async () => (await page.goto(`/bai-viet/${localSlug}`))?.status() === 200,
        `/bai-viet/${localSlug} on the follower`,
        30_000,
        500,
      )
      const elapsed = (Date.now() - started) / 1000
      console.log(`[e2e] article visible on the follower ${elapsed.toFixed(1)} s after publication`)
      // one interval + the feed's settle window (1 s) + a scheduler tick (2 s) + the run itself
      expect(elapsed).toBeLessThan(INTERVAL_SECONDS + 1 + 2 + 7)
      expect(await page.locator('h1').innerText()).toBe(title)
      const provenance = page.getByRole('complementary', { name: 'Nguồn của nội dung' })
      await expect(provenance.innerText()).resolves.toContain(`Nguồn: ${SOURCE_NAME}`)
      const link = provenance.getByRole('link', { name: 'xem bản gốc' })
      expect(await link.getAttribute('href')).toBe(`${baseURL()}/bai-viet/${original.slug}`)
      const there = await fetch(`${baseURL()}/bai-viet/${original.slug}`)
      expect(there.status).toBe(200)
      expect(await there.text()).toContain(title)
    } finally {
      await page.context().close()
    }
  })

  it('fits the synced article page in 360 px without horizontal scrolling', async () => {
    const page = await (await newContext(browser, { baseURL: FOLLOWER, viewport: NARROW })).newPage()
    try {
      expect((await page.goto(`/bai-viet/${localSlug}`))?.status()).toBe(200)
      await page.getByRole('complementary', { name: 'Nguồn của nội dung' }).waitFor()
      await expectFits(page)
    } finally {
      await page.context().close()
    }
  })

  it('takes the plans and answered questions published before it added them, shown with their source at 360 px', async () => {
    const types = ['articles', 'legal-documents', 'plans', 'questions']
    await follower('PATCH', `/api/sync-sources/${sourceId}`, { types })
    const expected = await publicOnSource(apiKey, types)
    const started = Date.now()
    await pollUntil(
      async () =>
        (
          await follower<Paged<unknown>>(
            'GET',
            `/api/sync-records?depth=0&limit=1&where[syncSource][equals]=${sourceId}&where[remoteState][equals]=published`,
          )
        ).totalDocs >= expected,
      `the follower to read the feed again and hold the ${expected} public records of the four types`,
      120_000,
      1_000,
    )
    console.log(`[e2e] feed read again with plans and questions in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    const state = await follower<{ lastError: string | null }>('GET', `/api/sync-sources/${sourceId}?depth=0`)
    expect(state.lastError).toBeNull()

    const context = await newContext(browser, { baseURL: FOLLOWER, viewport: NARROW })
    try {
      for (const [type, path] of [
        ['plans', '/ke-hoach'],
        ['questions', '/hoi-dap'],
      ] as const) {
        const rows = await follower<Paged<SyncRecordRow>>(
          'GET',
          `/api/sync-records?depth=0&limit=1&where[syncSource][equals]=${sourceId}&where[entityType][equals]=${type}&where[remoteState][equals]=published`,
        )
        expect(rows.totalDocs, `synced ${type}`).toBeGreaterThan(0)
        const local = await follower<{ slug: string }>('GET', `/api/${type}/${rows.docs[0]!.localId}?depth=0`)
        const page = await context.newPage()
        expect((await page.goto(`${path}/${local.slug}`))?.status()).toBe(200)
        const provenance = page.getByRole('complementary', { name: 'Nguồn của nội dung' })
        await expect(provenance.innerText()).resolves.toContain(`Nguồn: ${SOURCE_NAME}`)
        await expectFits(page)
        await provenance.scrollIntoViewIfNeeded()
        await page.screenshot({ path: `/tmp/sync-${type}-360.png` })
        await page.close()
      }
    } finally {
      await context.close()
    }
  })

  it('takes the article down on the follower when the province unpublishes it', async () => {
    await source.chief('PATCH', `/api/articles/${original.id}`, { workflowAction: 'unpublish' })
    const page = await (await newContext(browser, { baseURL: FOLLOWER })).newPage()
    try {
      await pollUntil(
        async () => (await page.goto(`/bai-viet/${localSlug}`))?.status() === 404,
        `/bai-viet/${localSlug} on the follower to be gone`,
        30_000,
        500,
      )
      // The sync record is marked just after the article is taken down (a moment later on a
      // loaded machine), and the news list is rebuilt once the run ends.
      await pollUntil(
        async () =>
          (await syncRecords(`where[sourceId][equals]=${original.id}`)).docs[0]?.remoteState === 'unpublished',
        'the sync record to say the source unpublished it',
        30_000,
        300,
      )
      await pollUntil(
        async () => !(await (await fetch(`${FOLLOWER}/tin-tuc`)).text()).includes(title),
        `${title} to leave /tin-tuc on the follower`,
        30_000,
        500,
      )
    } finally {
      await page.context().close()
    }
  })

  it('resumes after being killed mid-sync: every article of a burst exactly once', async () => {
    const batchTag = `loạt ${uniqueTag()}`
    const titles = Array.from({ length: BATCH }, (_, i) => `Tin đồng bộ ${batchTag} số ${i + 1}`)
    const ids: number[] = []
    // The source is switched off on the follower while the burst is published (on a loaded machine
    // the follower would otherwise take it in small bites as it appears, never mid-run), and back
    // on once it is all there, so one run takes the whole burst.
    await follower('PATCH', `/api/sync-sources/${sourceId}`, { enabled: false })
    await pollUntil(
      async () => {
        const state = await follower<{ leaseUntil: string | null }>('GET', `/api/sync-sources/${sourceId}?depth=0`)
        return state.leaseUntil === null || Date.parse(state.leaseUntil) <= Date.now()
      },
      'the run in progress on the follower to end',
      30_000,
      200,
    )
    for (let i = 0; i < titles.length; i += 5) {
      const done = await Promise.all(titles.slice(i, i + 5).map((t) => publishOnSource(t)))
      ids.push(...done.map((d) => d.id))
    }
    const inBatch = `where[sourceId][in]=${ids.join(',')}`
    await follower('PATCH', `/api/sync-sources/${sourceId}`, { enabled: true })

    // Kill the follower once part of the burst is here (it takes it in pages of 5): during a run,
    // or between two runs, what is left must come in exactly once after the restart.
    const partial = await pollUntil(
      async () => {
        const [rows, state] = await Promise.all([
          syncRecords(inBatch),
          follower<{ leaseUntil: string | null }>('GET', `/api/sync-sources/${sourceId}?depth=0`),
        ])
        const n = rows.totalDocs
        if (n >= BATCH) throw new Error('the whole burst arrived before the follower could be killed')
        const running = state.leaseUntil !== null && Date.parse(state.leaseUntil) > Date.now()
        // Part of the burst is here: killed now, during a run or between two of its pages' runs.
        return n > 0 ? { n, running } : undefined
      },
      'a run of the follower in the middle of the burst',
      30_000,
      50,
    )
    await stopFollower('SIGKILL')
    console.log(
      `[e2e] follower killed ${partial.running ? 'mid-run' : 'between runs'} with ${partial.n}/${BATCH} of the burst recorded`,
    )
    const gone = await fetch(`${FOLLOWER}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      () => false,
      () => true,
    )
    expect(gone, 'nothing answers on 3101 after the kill').toBe(true)

    await startFollower()
    follower = await restClient(FOLLOWER, FOLLOWER_ADMIN.email, FOLLOWER_ADMIN.password)
    const started = Date.now()
    // The killed run's lease has to run out (SYNC_LEASE_SECONDS, 10 s here) before the restarted server takes the source.
    await pollUntil(
      async () => {
        const rows = await syncRecords(`${inBatch}&where[localId][exists]=true`)
        return rows.totalDocs >= BATCH
      },
      'the restarted follower to catch up with the burst',
      75_000,
      1_000,
    )
    console.log(`[e2e] caught up ${((Date.now() - started) / 1000).toFixed(1)} s after the restart`)

    const rows = await syncRecords(inBatch)
    expect(rows.totalDocs).toBe(BATCH)
    const perSource = new Map<number, number>()
    for (const row of rows.docs) perSource.set(row.sourceId, (perSource.get(row.sourceId) ?? 0) + 1)
    expect([...perSource.keys()].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b))
    expect([...perSource.values()].every((n) => n === 1)).toBe(true)
    expect(rows.docs.every((r) => r.remoteState === 'published')).toBe(true)

    const local = await follower<Paged<{ title: string; workflowState: string }>>(
      'GET',
      `/api/articles?depth=0&limit=200&where[title][contains]=${encodeURIComponent(batchTag)}`,
    )
    const counts = new Map<string, number>()
    for (const doc of local.docs) counts.set(doc.title, (counts.get(doc.title) ?? 0) + 1)
    expect(local.totalDocs).toBe(BATCH)
    for (const t of titles) expect(counts.get(t), t).toBe(1)
    expect(local.docs.every((d) => d.workflowState === 'published')).toBe(true)
  })

  it('has no serious accessibility violation on the admin conflicts list', async () => {
    const context = await newContext(browser, { baseURL: FOLLOWER })
    const page: Page = await context.newPage()
    try {
      await loginAdmin(page, FOLLOWER_ADMIN.email, FOLLOWER_ADMIN.password)
      await page.goto('/admin/collections/sync-conflicts')
      await page.locator('.collection-list').first().waitFor({ timeout: 30_000 })
      const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
      const serious = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`))
      expect(serious).toEqual([])
    } finally {
      await context.close()
    }
  })
})
