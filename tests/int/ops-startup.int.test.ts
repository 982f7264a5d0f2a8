import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startS3Server, type TestS3Server } from '../helpers/s3-server'
import { testDialect } from '../helpers/test-database'

/**
 * `npm start` (scripts/start.mjs) with a broken configuration stops at its first step with ONE
 * Vietnamese line on stderr, no stack trace, exit code 2, and touches no database. It does not
 * depend on the suite's database, so it runs in the SQLite suite only.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-startup-'))

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
  })
}

function start(
  env: Record<string, string | undefined>,
  script = 'scripts/start.mjs',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const merged: NodeJS.ProcessEnv = { ...process.env, UPLOAD_DIR: path.join(tmp, 'uploads'), PORT: '3999' }
    delete merged.PAYLOAD_SECRET
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete merged[k]
      else merged[k] = v
    }
    const child = spawn(process.execPath, script.endsWith('.ts') ? ['--import', 'tsx', script] : [script], {
      cwd: root,
      env: merged,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

function expectOneLine(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2)
  const lines = r.stderr.trim().split('\n')
  expect(lines, r.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
  expect(r.stderr).not.toMatch(/\n\s+at /)
  // Stopped before the migrations step.
  expect(r.stdout).not.toContain('Cập nhật cấu trúc cơ sở dữ liệu')
}

describe.skipIf(testDialect() === 'postgres')('start-up stops on a broken configuration', () => {
  it('an invalid DATABASE_URL', async () => {
    const r = await start({ DATABASE_URL: 'mysql://root@db/pbgdpl', PAYLOAD_SECRET: 'a-long-enough-secret-0123' })
    expectOneLine(r, /^✖ DATABASE_URL không hợp lệ: dùng "postgres:\/\/…" cho PostgreSQL/)
  }, 60_000)

  it('an unreachable PostgreSQL', async () => {
    const port = await closedPort()
    const r = await start({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/pbgdpl`,
      PAYLOAD_SECRET: 'a-long-enough-secret-0123',
    })
    expectOneLine(
      r,
      new RegExp(
        `^✖ Không kết nối được cơ sở dữ liệu PostgreSQL tại 127\\.0\\.0\\.1:${port}/pbgdpl: máy chủ từ chối kết nối`,
      ),
    )
  }, 60_000)

  it('a PostgreSQL deployment without PAYLOAD_SECRET, and a secret that is too short', async () => {
    const port = await closedPort()
    const missing = await start({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/pbgdpl` })
    expectOneLine(missing, /^✖ Chưa đặt PAYLOAD_SECRET: khi chạy với PostgreSQL phải đặt khóa bí mật/)
    const short = await start({ DATABASE_URL: `file:${path.join(tmp, 'a.db')}`, PAYLOAD_SECRET: 'short' })
    expectOneLine(short, /^✖ PAYLOAD_SECRET quá ngắn: cần ít nhất 16 ký tự/)
  }, 60_000)

  it('a previous secret (a rotation under way) that is too short or the same as the new one', async () => {
    const db = `file:${path.join(tmp, 'a.db')}`
    const secret = 'a-long-enough-secret-0123'
    const short = await start({ DATABASE_URL: db, PAYLOAD_SECRET: secret, PAYLOAD_SECRET_PREVIOUS: 'cu' })
    expectOneLine(short, /^✖ PAYLOAD_SECRET_PREVIOUS quá ngắn: đây phải là khóa bí mật cũ/)
    const same = await start({ DATABASE_URL: db, PAYLOAD_SECRET: secret, PAYLOAD_SECRET_PREVIOUS: secret })
    expectOneLine(same, /^✖ PAYLOAD_SECRET_PREVIOUS trùng PAYLOAD_SECRET: khi đổi khóa, PAYLOAD_SECRET là khóa mới/)
  }, 60_000)

  it('a DATABASE_URL file that is not an SQLite database', async () => {
    const file = path.join(tmp, 'not-sqlite.db')
    fs.writeFileSync(file, 'hello, this is a text file and not a database')
    const r = await start({ DATABASE_URL: `file:${file}`, PAYLOAD_SECRET: 'a-long-enough-secret-0123' })
    expectOneLine(r, /^✖ Tệp ".*not-sqlite\.db" trong DATABASE_URL không phải cơ sở dữ liệu SQLite\.$/)
  }, 60_000)
})

describe.skipIf(testDialect() === 'postgres')('start-up stops on a broken S3 configuration (S3_BUCKET set)', () => {
  let s3: TestS3Server
  const base = () => ({
    ...s3.env,
    S3_PREFIX: 'kiem-tra',
    DATABASE_URL: `file:${path.join(tmp, 's3.db')}`,
    PAYLOAD_SECRET: 'a-long-enough-secret-0123',
  })

  beforeAll(async () => {
    s3 = await startS3Server()
  })
  afterAll(async () => {
    await s3?.close()
  })

  it('S3_BUCKET without the endpoint and keys', async () => {
    const r = await start({
      DATABASE_URL: `file:${path.join(tmp, 's3.db')}`,
      PAYLOAD_SECRET: 'a-long-enough-secret-0123',
      S3_BUCKET: 'pbgdpl',
    })
    expectOneLine(r, /^✖ Đã đặt S3_BUCKET nhưng thiếu S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: hãy đặt đủ/)
    const half = await start({ ...base(), S3_SECRET_ACCESS_KEY: '' })
    expectOneLine(half, /^✖ Đã đặt S3_BUCKET nhưng thiếu S3_SECRET_ACCESS_KEY:/)
    const url = await start({ ...base(), S3_ENDPOINT: 'minio.local:9000' })
    expectOneLine(url, /^✖ S3_ENDPOINT "minio\.local:9000" không phải địa chỉ hợp lệ/)
  }, 60_000)

  it('an unreachable endpoint, a bucket that does not exist, an unknown key and a wrong secret', async () => {
    const port = await closedPort()
    const cases: [Record<string, string>, RegExp][] = [
      [{ S3_ENDPOINT: `http://127.0.0.1:${port}` }, /máy chủ từ chối kết nối/],
      [{ S3_BUCKET: 'chua-tao' }, /\(bucket "chua-tao"\): bucket chưa được tạo\./],
      [{ S3_ACCESS_KEY_ID: 'KHONG-CO' }, /khóa truy cập S3_ACCESS_KEY_ID không tồn tại/],
      [{ S3_SECRET_ACCESS_KEY: 'sai-khoa' }, /sai khóa bí mật S3_SECRET_ACCESS_KEY/],
    ]
    for (const [env, cause] of cases) {
      const r = await start({ ...base(), ...env })
      expectOneLine(r, /^✖ Không dùng được kho lưu trữ S3 tại http:\/\/127\.0\.0\.1:\d+ \(bucket "[^"]+"\): /)
      expect(r.stderr, JSON.stringify(env)).toMatch(cause)
    }
  }, 90_000)

  it('a working bucket passes the check and keeps no probe object', async () => {
    const r = await start(base(), 'scripts/preflight.ts')
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('Cấu hình hợp lệ, cơ sở dữ liệu và kho lưu trữ S3 trả lời.')
    expect(r.stderr).toBe('')
    const listed = await s3.client.listObjectsV2({ Bucket: s3.bucket })
    expect(listed.Contents ?? []).toEqual([])
  }, 60_000)
})
