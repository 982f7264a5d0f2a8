/**
 * npm run bench:stats — statistics and summary report figures. Prints; never asserts. Last line: RESULT key=value …
 *
 * For each database — SQLite always; PostgreSQL too when it answers at 127.0.0.1:5432 (TEST_POSTGRES_URL),
 * unless BENCH_STATS_DB=sqlite — a child process boots the portal's own Payload config on a fresh database
 * migrated with the committed migrations, then:
 * (1) seeds 200 units (20 district-level units with 9 communes each) × 5 years (2021–2025) of activity
 *     records ≈ 100,000 (BENCH_STATS_ACTIVITIES), with materials and legal fields, plus proportional
 *     registry members (10 per unit), published articles (10 per unit and year) and questions (5 per unit
 *     and year), in bulk SQL through the adapter's own connection inside transactions (seeding time printed);
 * (2) measures p50/p95 of collectStatistics — the function the public statistics page (publicOnly, scope
 *     'public') and the managers' dashboards (scope 'internal', province-wide and per unit) call — for one
 *     year and for the 5 years, cold (cache off) and warm (the statistics cache on, after one call);
 * (3) times each provider alone (5-year, province-wide, internal), so a slow one can be named;
 * (4) times the summary report over the same 5 years: building it (every provider, cache off), the PDF
 *     and the XLSX.
 *
 * Env: BENCH_STATS_ACTIVITIES (100000), BENCH_STATS_ITERATIONS (20 per scenario), BENCH_STATS_DB
 * (sqlite|postgres|both; default both when PostgreSQL answers), TEST_POSTGRES_URL.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { PDFDocument } from 'pdf-lib'
import type { Payload } from 'payload'
import pg from 'pg'

const ACTIVITIES = Number(process.env.BENCH_STATS_ACTIVITIES || 100_000)
const ITERATIONS = Number(process.env.BENCH_STATS_ITERATIONS || 20)
const DISTRICTS = 20
const COMMUNES_PER_DISTRICT = 9
const UNITS = DISTRICTS * (1 + COMMUNES_PER_DISTRICT)
const YEARS = [2021, 2022, 2023, 2024, 2025]
const FIELDS = 10

type Dialect = 'sqlite' | 'postgres'
type Figures = Record<string, string | number>

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) : 0
const ms = (n: number) => n.toFixed(1)
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  )

/** A small deterministic generator, so both databases get the same records. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ---------------------------------------------------------------------------------------------
// Bulk SQL over the adapter's connection, in one transaction per table.

type Bulk = (table: string, columns: string[], rows: unknown[][]) => Promise<void>

function bulkInserter(payload: Payload): {
  dialect: Dialect
  insert: Bulk
  fixSequences: (t: string[]) => Promise<void>
} {
  const db = payload.db as unknown as {
    name?: string
    client?: {
      transaction(mode: 'write'): Promise<{
        execute(stmt: { sql: string; args: unknown[] }): Promise<unknown>
        commit(): Promise<void>
        rollback(): Promise<void>
      }>
    }
    pool?: pg.Pool
  }
  const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ')
  if (db.name === 'postgres' && db.pool) {
    const pool = db.pool
    return {
      dialect: 'postgres',
      insert: async (table, columns, rows) => {
        const per = Math.max(1, Math.floor(60_000 / columns.length))
        const client = await pool.connect()
        try {
          await client.query('BEGIN')
          for (let i = 0; i < rows.length; i += per) {
            const chunk = rows.slice(i, i + per)
            let n = 0
            const values = chunk.map((r) => `(${r.map(() => `$${++n}`).join(', ')})`).join(', ')
            await client.query(`INSERT INTO "${table}" (${quoted(columns)}) VALUES ${values}`, chunk.flat())
          }
          await client.query('COMMIT')
        } catch (err) {
          await client.query('ROLLBACK')
          throw err
        } finally {
          client.release()
        }
      },
      fixSequences: async (tables) => {
        for (const t of tables) {
          await pool.query(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), (SELECT MAX(id) FROM "${t}"))`)
        }
      },
    }
  }
  if (db.name === 'sqlite' && db.client) {
    const client = db.client
    return {
      dialect: 'sqlite',
      insert: async (table, columns, rows) => {
        const per = Math.max(1, Math.floor(30_000 / columns.length))
        const tx = await client.transaction('write')
        try {
          for (let i = 0; i < rows.length; i += per) {
            const chunk = rows.slice(i, i + per)
            const values = chunk.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ')
            await tx.execute({
              sql: `INSERT INTO "${table}" (${quoted(columns)}) VALUES ${values}`,
              args: chunk.flat(),
            })
          }
          await tx.commit()
        } catch (err) {
          await tx.rollback()
          throw err
        }
      },
      fixSequences: async () => undefined,
    }
  }
  throw new Error(`unsupported database ${db.name}`)
}

const iso = (d: Date) => d.toISOString()
const dayIn = (rnd: () => number, year: number) =>
  new Date(Date.UTC(year, 0, 1) - 7 * 3_600_000 + Math.floor(rnd() * 365 * 86_400_000))

async function seed(payload: Payload): Promise<Figures> {
  const { insert, fixSequences, dialect } = bulkInserter(payload)
  const rnd = random(471)
  const started = performance.now()
  const section = await payload.create({ collection: 'sections', data: { title: 'Tin tức hoạt động' } })
  const fields: number[] = []
  for (let i = 1; i <= FIELDS; i++) {
    const f = await payload.create({ collection: 'legal-fields', data: { title: `Lĩnh vực pháp luật ${i}` } })
    fields.push(f.id)
  }

  // Units: ids 1001… so they cannot meet the ids Payload gave the records above.
  const units: unknown[][] = []
  const districts: number[] = []
  const communes: number[] = []
  let id = 1000
  for (let d = 0; d < DISTRICTS; d++) {
    const district = ++id
    districts.push(district)
    units.push([district, `Ủy ban nhân dân huyện số ${d + 1}`, `ubnd-huyen-${d + 1}`, 'agency', null])
    for (let c = 0; c < COMMUNES_PER_DISTRICT; c++) {
      const commune = ++id
      communes.push(commune)
      units.push([commune, `Ủy ban nhân dân xã ${d + 1}.${c + 1}`, `ubnd-xa-${d + 1}-${c + 1}`, 'commune', district])
    }
  }
  await insert('units', ['id', 'title', 'slug', 'kind', 'parent_id'], units)
  const unitIds = units.map((u) => u[0] as number)
  const unitAt = () => unitIds[Math.floor(rnd() * unitIds.length)]!

  // Activities with materials and a legal field each; statuses as in a real year.
  const forms = ['direct', 'consulting', 'mass-media', 'materials', 'online', 'contest', 'cultural', 'school', 'other']
  const kinds = ['leaflet', 'handbook', 'book', 'poster', 'disc']
  const activities: unknown[][] = []
  const materials: unknown[][] = []
  const rels: unknown[][] = []
  for (let i = 1; i <= ACTIVITIES; i++) {
    const r = rnd()
    const status = r < 0.7 ? 'verified' : r < 0.85 ? 'submitted' : r < 0.95 ? 'draft' : 'returned'
    const date = dayIn(rnd, YEARS[Math.floor(rnd() * YEARS.length)]!)
    activities.push([
      i,
      `Hội nghị phổ biến pháp luật số ${i}`,
      iso(date),
      forms[Math.floor(rnd() * forms.length)],
      1 + Math.floor(rnd() * 5),
      10 + Math.floor(rnd() * 490),
      Math.floor(rnd() * 20) * 500_000,
      unitAt(),
      status,
    ])
    if (rnd() < 0.3)
      materials.push([1, i, `m${i}`, kinds[Math.floor(rnd() * kinds.length)], 50 + Math.floor(rnd() * 950)])
    rels.push([1, i, 'fields', fields[Math.floor(rnd() * fields.length)]])
  }
  const t0 = performance.now()
  await insert(
    'activities',
    ['id', 'title', 'date', 'form', 'sessions', 'participants', 'cost', 'unit_id', 'status'],
    activities,
  )
  await insert('activities_materials', ['_order', '_parent_id', 'id', 'kind', 'count'], materials)
  await insert('activities_rels', ['order', 'parent_id', 'path', 'legal_fields_id'], rels)
  const activitySeconds = (performance.now() - t0) / 1000

  // Registry members: 10 per unit, a few dismissed.
  const registryKinds = ['reporter', 'propagandist', 'propagandist', 'mediator', 'mediator', 'council-member']
  const members: unknown[][] = []
  for (const unit of unitIds) {
    for (let k = 0; k < 10; k++) {
      const dismissed = rnd() < 0.1
      members.push([
        `Nguyễn Văn ${unit}-${k}`,
        registryKinds[Math.floor(rnd() * registryKinds.length)],
        districts.includes(unit) ? 'province' : 'commune',
        unit,
        dismissed ? 'dismissed' : 'active',
        iso(dayIn(rnd, 2019 + Math.floor(rnd() * 6))),
        dismissed ? iso(dayIn(rnd, 2024)) : null,
      ])
    }
  }
  await insert(
    'registry_members',
    ['full_name', 'kind', 'level', 'unit_id', 'status', 'recognition_date', 'dismissal_date'],
    members,
  )

  // Published articles: 10 per unit and year.
  const body = JSON.stringify({ root: { type: 'root', version: 1, children: [] } })
  const articles: unknown[][] = []
  let a = 0
  for (const unit of unitIds) {
    for (const year of YEARS) {
      for (let k = 0; k < 10; k++) {
        const at = iso(dayIn(rnd, year))
        articles.push([`Tin hoạt động ${++a}`, body, section.id, `tin-hoat-dong-${a}`, unit, 'published', at])
      }
    }
  }
  await insert(
    'articles',
    ['title', 'body', 'section_id', 'slug', 'unit_id', 'workflow_state', 'published_at'],
    articles,
  )

  // Questions: 5 per unit and year, most answered within a month.
  const questions: unknown[][] = []
  let q = 0
  for (const unit of unitIds) {
    for (const year of YEARS) {
      for (let k = 0; k < 5; k++) {
        const received = dayIn(rnd, year)
        const answered = rnd() < 0.85 ? new Date(received.getTime() + (2 + rnd() * 30) * 86_400_000) : null
        questions.push([
          `Câu hỏi pháp luật số ${++q}`,
          'Xin hỏi về thủ tục đăng ký hộ tịch khi con sinh ra ở nước ngoài?',
          answered ? 'published' : 'assigned',
          fields[Math.floor(rnd() * fields.length)],
          unit,
          answered ? unit : null,
          iso(received),
          iso(new Date(received.getTime() + 21 * 86_400_000)),
          answered ? iso(answered) : null,
          answered ? iso(answered) : null,
          `cau-hoi-${q}`,
        ])
      }
    }
  }
  await insert(
    'questions',
    [
      'title',
      'body',
      'status',
      'field_id',
      'assigned_unit_id',
      'answering_unit_id',
      'received_at',
      'due_date',
      'answered_at',
      'published_at',
      'slug',
    ],
    questions,
  )
  await fixSequences(['units', 'activities', 'registry_members', 'articles', 'questions'])
  if (dialect === 'postgres') await (payload.db as unknown as { pool: pg.Pool }).pool.query('ANALYZE')
  else await (payload.db as unknown as { client: { execute(s: string): Promise<unknown> } }).client.execute('ANALYZE')
  const seconds = (performance.now() - started) / 1000
  console.log(
    `  seeded ${units.length} units, ${activities.length} activities (+${materials.length} materials, ${rels.length} field links) ` +
      `in ${ms(activitySeconds)} s, ${members.length} registry members, ${articles.length} articles, ${questions.length} questions; ` +
      `total ${ms(seconds)} s`,
  )
  return {
    seed_s: Number(seconds.toFixed(1)),
    activities: activities.length,
    district: districts[0]!,
    commune: communes[0]!,
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements inside one child process (one database).

async function child(dialect: Dialect, out: string): Promise<void> {
  process.env.TEST_DB = dialect
  const { startTestPayload } = await import('../tests/helpers/payload')
  const t = await startTestPayload(`bench-stats-${dialect}`)
  const { payload } = t
  const result: Figures = {}
  try {
    console.log(`\n[${dialect}]`)
    const seeded = await seed(payload)
    result.seed_s = seeded.seed_s!
    const { collectStatistics, resolveUnitScope } = await import('@/modules/statistics/server/collect')
    const { clearStatsCache, fingerprint } = await import('@/modules/statistics/server/cache')
    const { statisticsProviders } = await import('@/modules')
    const { buildSummaryReport } = await import('@/modules/statistics/report/build')
    const { summaryReportPdf } = await import('@/modules/statistics/report/pdf')
    const { summaryReportXlsx } = await import('@/modules/statistics/report/xlsx')

    const vnDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000)
    const year = { from: vnDay(2025, 1, 1), to: vnDay(2026, 1, 1) }
    const fiveYears = { from: vnDay(2021, 1, 1), to: vnDay(2026, 1, 1) }
    const district = await resolveUnitScope(payload, Number(seeded.district))
    const commune = await resolveUnitScope(payload, Number(seeded.commune))
    type Scenario = { key: string; label: string; run: (cache: boolean) => Promise<unknown> }
    const scenarios: Scenario[] = [
      {
        key: 'public_year',
        label: 'public page, province, 2025',
        run: (cache) =>
          collectStatistics(payload, { ...year, unitIds: null, scope: 'public' }, { publicOnly: true, cache }),
      },
      {
        key: 'public_5y',
        label: 'public page, province, 2021–2025',
        run: (cache) =>
          collectStatistics(payload, { ...fiveYears, unitIds: null, scope: 'public' }, { publicOnly: true, cache }),
      },
      {
        key: 'dash_year',
        label: 'dashboard, province, 2025',
        run: (cache) => collectStatistics(payload, { ...year, unitIds: null, scope: 'internal' }, { cache }),
      },
      {
        key: 'dash_5y',
        label: 'dashboard, province, 2021–2025',
        run: (cache) => collectStatistics(payload, { ...fiveYears, unitIds: null, scope: 'internal' }, { cache }),
      },
      {
        key: 'dash_district_5y',
        label: `dashboard, one district (${district!.unitIds.length} units), 2021–2025`,
        run: (cache) =>
          collectStatistics(payload, { ...fiveYears, unitIds: district!.unitIds, scope: 'internal' }, { cache }),
      },
      {
        key: 'dash_commune_year',
        label: 'dashboard, one commune, 2025',
        run: (cache) =>
          collectStatistics(payload, { ...year, unitIds: commune!.unitIds, scope: 'internal' }, { cache }),
      },
    ]
    const failed = (
      await collectStatistics(payload, { ...fiveYears, unitIds: null, scope: 'internal' }, { cache: false })
    )
      .filter((s) => (s as { failed?: boolean }).failed)
      .map((s) => s.key)
    if (failed.length) console.log(`  providers that FAILED (empty sections): ${failed.join(', ')}`)
    let worstDashP95 = 0
    let worstPublicP95 = 0
    for (const s of scenarios) {
      for (const cache of [false, true]) {
        clearStatsCache()
        if (cache) await s.run(true) // prime
        const times: number[] = []
        for (let i = 0; i < ITERATIONS; i++) {
          const t0 = performance.now()
          await s.run(cache)
          times.push(performance.now() - t0)
        }
        times.sort((x, y) => x - y)
        const [p50, p95] = [percentile(times, 50), percentile(times, 95)]
        const mode = cache ? 'warm' : 'cold'
        console.log(`  ${s.label.padEnd(46)} ${mode}: p50 ${ms(p50).padStart(7)} ms  p95 ${ms(p95).padStart(7)} ms`)
        result[`${s.key}_${mode}_p95_ms`] = Number(ms(p95))
        if (!cache && s.key.startsWith('dash')) worstDashP95 = Math.max(worstDashP95, p95)
        if (!cache && s.key.startsWith('public')) worstPublicP95 = Math.max(worstPublicP95, p95)
      }
    }
    result.dash_cold_worst_p95_ms = Number(ms(worstDashP95))
    result.public_cold_worst_p95_ms = Number(ms(worstPublicP95))

    // Each provider alone, 5 years province-wide, internal scope, no cache.
    const perProvider: string[] = []
    for (const p of statisticsProviders()) {
      const times: number[] = []
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now()
        await p.collect(payload, { ...fiveYears, unitIds: null, scope: 'internal' })
        times.push(performance.now() - t0)
      }
      // What a warm call still pays for this provider: the cache's fingerprint of its source tables.
      const prints: number[] = []
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now()
        await fingerprint(payload, p.sources)
        prints.push(performance.now() - t0)
      }
      perProvider.push(`${p.key} ${ms(median(times))} (fingerprint ${ms(median(prints))})`)
      result[`provider_${p.key.replace(/[^a-z0-9]+/gi, '_')}_ms`] = Number(ms(median(times)))
    }
    console.log(
      `  each provider alone, median ms (5 years, province, internal; cache fingerprint in brackets): ${perProvider.join(' · ')}`,
    )
    // The same for the public page: the public providers with scope 'public'.
    const perPublic: string[] = []
    for (const p of statisticsProviders().filter((x) => x.public)) {
      const times: number[] = []
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now()
        await p.collect(payload, { ...fiveYears, unitIds: null, scope: 'public' })
        times.push(performance.now() - t0)
      }
      perPublic.push(`${p.key} ${ms(median(times))}`)
      result[`provider_public_${p.key.replace(/[^a-z0-9]+/gi, '_')}_ms`] = Number(ms(median(times)))
    }
    console.log(`  each public provider alone, median ms (5 years, province, public): ${perPublic.join(' · ')}`)

    // The summary report over the same 5 years.
    const build: number[] = []
    const pdfTimes: number[] = []
    const xlsxTimes: number[] = []
    let pages = 0
    let pdfBytes = 0
    for (let i = 0; i < 3; i++) {
      let t0 = performance.now()
      const report = await buildSummaryReport(payload, {
        programme: { name: 'công tác phổ biến, giáo dục pháp luật', basis: null },
        fromDay: '2021-01-01',
        toDay: '2025-12-31',
        cache: false,
      })
      build.push(performance.now() - t0)
      t0 = performance.now()
      const pdf = await summaryReportPdf(report)
      pdfTimes.push(performance.now() - t0)
      pdfBytes = pdf.length
      pages = (await PDFDocument.load(pdf)).getPageCount()
      t0 = performance.now()
      summaryReportXlsx(report)
      xlsxTimes.push(performance.now() - t0)
    }
    console.log(
      `  summary report 2021–2025 (median of 3): collect ${ms(median(build))} ms, PDF ${ms(median(pdfTimes))} ms ` +
        `(${pages} pages, ${Math.round(pdfBytes / 1024)} KB), XLSX ${ms(median(xlsxTimes))} ms`,
    )
    result.report_collect_ms = Number(ms(median(build)))
    result.report_pdf_ms = Number(ms(median(pdfTimes)))
    result.report_xlsx_ms = Number(ms(median(xlsxTimes)))
    result.report_pdf_pages = pages
  } finally {
    fs.writeFileSync(out, JSON.stringify(result))
    await t.close()
  }
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test',
    connectionTimeoutMillis: 3000,
  })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

/** Runs one database's measurements in a child process: Payload reads DATABASE_URL once per process. */
function runChild(dialect: Dialect): Promise<Figures> {
  const out = path.join(os.tmpdir(), `bench-stats-${dialect}-${process.pid}.json`)
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, process.argv[1]!], {
      env: { ...process.env, BENCH_STATS_CHILD: dialect, BENCH_STATS_OUT: out },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    proc.on('error', reject)
    proc.on('exit', (code) => {
      if (code !== 0 || !fs.existsSync(out)) return reject(new Error(`${dialect} run failed (exit ${code})`))
      const figures = JSON.parse(fs.readFileSync(out, 'utf8')) as Figures
      fs.rmSync(out, { force: true })
      resolve(figures)
    })
  })
}

async function main(): Promise<void> {
  const childDialect = process.env.BENCH_STATS_CHILD as Dialect | undefined
  if (childDialect) return child(childDialect, process.env.BENCH_STATS_OUT!)
  const wanted = process.env.BENCH_STATS_DB ?? 'both'
  const dialects: Dialect[] = []
  if (wanted !== 'postgres') dialects.push('sqlite')
  let postgres = 'skipped (BENCH_STATS_DB=sqlite)'
  if (wanted !== 'sqlite') {
    if (await postgresReachable()) {
      dialects.push('postgres')
      postgres = 'yes'
    } else postgres = 'no (not answering at 127.0.0.1:5432)'
  }
  console.log(
    `Statistics benchmark: ${UNITS} units × ${YEARS.length} years, ${ACTIVITIES} activity records; ` +
      `${ITERATIONS} runs per scenario; databases: ${dialects.join(', ')}; PostgreSQL: ${postgres}`,
  )
  const results: Record<string, Figures> = {}
  for (const d of dialects) results[d] = await runChild(d)
  const line = Object.entries(results).flatMap(([d, figures]) =>
    Object.entries(figures).map(([k, v]) => `${d}_${k}=${v}`),
  )
  const worst = Math.max(...Object.values(results).map((f) => Number(f.dash_cold_worst_p95_ms ?? 0)))
  console.log(`\nDashboard target p95 ≤ 200 ms (cold): ${worst <= 200 ? 'met' : 'NOT met'} (worst ${ms(worst)} ms)`)
  console.log(`RESULT activities=${ACTIVITIES} units=${UNITS} postgres=${postgres.split(' ')[0]} ${line.join(' ')}`)
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
