import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
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
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const merged: NodeJS.ProcessEnv = { ...process.env, UPLOAD_DIR: path.join(tmp, 'uploads'), PORT: '3999' }
    delete merged.PAYLOAD_SECRET
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete merged[k]
      else merged[k] = v
    }
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
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

  it('a DATABASE_URL file that is not an SQLite database', async () => {
    const file = path.join(tmp, 'not-sqlite.db')
    fs.writeFileSync(file, 'hello, this is a text file and not a database')
    const r = await start({ DATABASE_URL: `file:${file}`, PAYLOAD_SECRET: 'a-long-enough-secret-0123' })
    expectOneLine(r, /^✖ Tệp ".*not-sqlite\.db" trong DATABASE_URL không phải cơ sở dữ liệu SQLite\.$/)
  }, 60_000)
})
