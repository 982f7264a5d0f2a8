import fs from 'node:fs/promises'
import path from 'node:path'
import { probeBucket, type S3Settings } from '../storage/s3'
import { pingRedis } from './redis-ping'

/** One dependency's state, as /readyz reports it. */
export type CheckResult = {
  name: 'database' | 'storage' | 'cache'
  status: 'ok' | 'error' | 'skipped'
  latencyMs: number
  /** Vietnamese, for people; only when not ok. */
  message?: string
  /** Short machine-readable cause (an error code or class), only when not ok. */
  error?: string
}

export type Readiness = { ready: boolean; checks: CheckResult[] }

const CHECK_TIMEOUT_MS = () => Math.max(200, Number(process.env.READYZ_TIMEOUT_MS) || 3000)

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`timeout after ${ms} ms`), { code: 'TIMEOUT' })), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

function errorCode(err: unknown): string {
  const e = err as { code?: unknown; name?: unknown }
  if (typeof e?.code === 'string' && e.code) return e.code
  if (typeof e?.name === 'string' && e.name && e.name !== 'Error') return e.name
  return 'ERROR'
}

async function timed(name: CheckResult['name'], message: string, work: () => Promise<void>): Promise<CheckResult> {
  const started = performance.now()
  try {
    await withTimeout(work(), CHECK_TIMEOUT_MS())
    return { name, status: 'ok', latencyMs: Math.round((performance.now() - started) * 10) / 10 }
  } catch (err) {
    return {
      name,
      status: 'error',
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
      message,
      error: errorCode(err),
    }
  }
}

type PgLike = { query(sql: string): Promise<unknown> }
type LibsqlLike = { execute(sql: string): Promise<unknown> }

/**
 * A trivial query through whatever the database adapter holds: a pg Pool (PostgreSQL) or a libsql
 * client (SQLite).
 */
export function databaseProbe(db: unknown): () => Promise<void> {
  const adapter = db as { pool?: PgLike; client?: LibsqlLike }
  return async () => {
    if (adapter.pool && typeof adapter.pool.query === 'function') await adapter.pool.query('SELECT 1')
    // SQLite answers `SELECT 1` without reading the file: read its schema page instead.
    else if (adapter.client && typeof adapter.client.execute === 'function')
      await adapter.client.execute('SELECT count(*) FROM sqlite_master')
    else throw Object.assign(new Error('unknown database adapter'), { code: 'NO_ADAPTER' })
  }
}

/** Writes, reads back and removes a small file in the uploads directory. */
export async function probeStorage(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true })
  const file = path.join(dir, `.readyz-${process.pid}-${Date.now().toString(36)}`)
  const text = `readyz ${new Date().toISOString()}`
  try {
    await fs.writeFile(file, text)
    if ((await fs.readFile(file, 'utf8')) !== text) throw new Error('read back differs')
  } finally {
    await fs.rm(file, { force: true })
  }
}

/**
 * `storage` probes where uploads go: the S3 bucket when `s3` gives settings (S3_BUCKET set: a
 * probe object is written, read back and deleted under S3_PREFIX), the uploads directory otherwise.
 */
export async function checkReadiness(args: {
  database: () => Promise<void>
  storageDir: string
  s3?: (() => S3Settings | null) | undefined
  redisUrl?: string | undefined
}): Promise<Readiness> {
  let s3: S3Settings | null = null
  let s3Problem: unknown = null
  try {
    s3 = args.s3?.() ?? null
  } catch (err) {
    // S3_BUCKET set but unusable (the start-up check refuses it; reported here too).
    s3Problem = err
  }
  const checks = await Promise.all([
    timed('database', 'Không kết nối được cơ sở dữ liệu.', args.database),
    s3 || s3Problem
      ? timed('storage', 'Không ghi, đọc được tệp trong kho lưu trữ S3 (S3_BUCKET).', async () => {
          if (!s3) throw s3Problem
          await probeBucket(s3, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS()) })
        })
      : timed('storage', 'Không ghi được vào thư mục lưu tệp tải lên.', () => probeStorage(args.storageDir)),
    args.redisUrl
      ? timed('cache', 'Không kết nối được bộ nhớ đệm Redis (REDIS_URL).', () => pingRedis(args.redisUrl as string))
      : Promise.resolve<CheckResult>({ name: 'cache', status: 'skipped', latencyMs: 0 }),
  ])
  return { ready: checks.every((c) => c.status !== 'error'), checks }
}

/** The JSON body of /readyz: machine-readable fields plus one Vietnamese sentence. */
export function readinessBody(r: Readiness, draining = false) {
  const ready = r.ready && !draining
  const failed = r.checks.filter((c) => c.status === 'error')
  const message = draining
    ? 'Máy chủ đang dừng để khởi động lại; yêu cầu mới hãy gửi tới máy chủ khác.'
    : ready
      ? 'Sẵn sàng phục vụ.'
      : `Chưa sẵn sàng: ${failed.map((c) => c.message).join(' ')}`
  return {
    status: ready ? 'ready' : draining ? 'draining' : 'not_ready',
    message,
    checks: Object.fromEntries(
      r.checks.map((c) => [
        c.name,
        { status: c.status, latencyMs: c.latencyMs, ...(c.error ? { error: c.error, message: c.message } : {}) },
      ]),
    ),
  }
}
