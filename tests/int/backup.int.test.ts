import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { createTestDatabase, testDialect, type TestDatabase } from '../helpers/test-database'

/**
 * `npm run backup` and `npm run restore` as real commands (tsx scripts) on the database of this
 * run — SQLite (VACUUM INTO) or PostgreSQL (pg_dump/pg_restore) — with real uploaded files: a
 * round trip into a second, empty database; --verify; refusal to overwrite; damaged archives
 * rejected before anything is touched.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
let t: TestPayload
let source: { url: string; uploads: string }
let target: TestDatabase
let targetUploads: string
let outDir: string
let archive: string

type Result = { code: number | null; stdout: string; stderr: string }

function runScript(script: string, args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [script, ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

async function tableCounts(url: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  if (url.startsWith('postgres')) {
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    try {
      const tables = await c.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'")
      for (const { t: name } of tables.rows) {
        counts[name] = Number((await c.query(`SELECT count(*) AS n FROM public."${name}"`)).rows[0].n)
      }
    } finally {
      await c.end()
    }
  } else {
    const c = createClient({ url })
    try {
      const tables = await c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      for (const row of tables.rows) {
        const name = String(row.name)
        counts[name] = Number((await c.execute(`SELECT count(*) AS n FROM "${name}"`)).rows[0]?.n)
      }
    } finally {
      c.close()
    }
  }
  return counts
}

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) walk(child)
      else out[child] = fs.readFileSync(path.join(dir, child)).toString('base64')
    }
  }
  if (fs.existsSync(dir)) walk('')
  return out
}

beforeAll(async () => {
  t = await startTestPayload('backup')
  source = { url: t.db.url, uploads: process.env.UPLOAD_DIR as string }
  // Content and real uploads in the source database.
  const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1a5c8b' } })
    .png()
    .toBuffer()
  await t.payload.create({
    collection: 'media',
    data: { alt: 'Ảnh sao lưu thử' },
    file: { data: image, mimetype: 'image/png', name: 'sao-luu.png', size: image.length },
    overrideAccess: true,
  })
  await t.payload.create({
    collection: 'outbox-mails',
    data: {
      to: 'a@example.vn',
      subject: 'Thư có dấu: Đắk Lắk',
      text: 'Nội dung',
      kind: 'test',
      status: 'pending',
      attempts: 0,
    },
    overrideAccess: true,
  })
  // A second, empty database (migrated by restore, not by us) and uploads directory.
  const saved = { url: process.env.DATABASE_URL, uploads: process.env.UPLOAD_DIR }
  target = await createTestDatabase('backup_target')
  targetUploads = process.env.UPLOAD_DIR as string
  process.env.DATABASE_URL = saved.url
  process.env.UPLOAD_DIR = saved.uploads
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-backups-'))
}, 180_000)

afterAll(async () => {
  fs.rmSync(outDir, { recursive: true, force: true })
  await target?.drop()
  await t?.close()
})

const sourceEnv = () => ({ DATABASE_URL: source.url, UPLOAD_DIR: source.uploads })
const targetEnv = () => ({ DATABASE_URL: target.url, UPLOAD_DIR: targetUploads })

describe(`backup and restore (${testDialect()})`, () => {
  it('backs up the live database and the uploads into one archive, and --verify restores it into a scratch database', async () => {
    const r = await runScript('scripts/backup.ts', ['--out', outDir, '--verify'], sourceEnv())
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Đã sao lưu vào .*pbgdpl-(sqlite|postgres)-\d{8}-\d{6}\.tar\.gz/)
    expect(r.stdout).toMatch(/Kiểm tra: tốt — khôi phục thử được \d+ bảng/)
    archive = fs
      .readdirSync(outDir)
      .map((f) => path.join(outDir, f))
      .find((f) => f.endsWith('.tar.gz')) as string
    expect(archive).toBeDefined()
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600)
    expect(fs.readdirSync(outDir).filter((f) => f.startsWith('.'))).toEqual([])
  }, 120_000)

  it('restore --verify checks a good archive and changes nothing', async () => {
    const before = await tableCounts(target.url)
    const r = await runScript('scripts/restore.ts', [archive, '--verify'], {
      ...targetEnv(),
      VERIFY_DATABASE_URL: testDialect() === 'postgres' ? target.url : '',
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Tệp sao lưu tốt')
    expect(await tableCounts(target.url)).toEqual(before)
  }, 120_000)

  it('rejects a truncated archive and a tampered one before touching anything, with one Vietnamese line', async () => {
    const bytes = fs.readFileSync(archive)
    const truncated = path.join(outDir, 'cut.tar.gz')
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    const flipped = path.join(outDir, 'flipped.tar.gz')
    const copy = Buffer.from(bytes)
    const at = Math.floor(copy.length / 2)
    copy[at] = (copy[at] ?? 0) ^ 0xff
    fs.writeFileSync(flipped, copy)
    const garbage = path.join(outDir, 'garbage.tar.gz')
    fs.writeFileSync(garbage, 'this is not an archive at all')
    const before = await tableCounts(target.url)
    for (const file of [truncated, flipped, garbage]) {
      for (const args of [
        [file, '--force'],
        [file, '--verify'],
      ]) {
        const r = await runScript('scripts/restore.ts', args, targetEnv())
        expect(r.code, `${path.basename(file)} ${args[1]}`).toBe(3)
        expect(r.stdout).toBe('')
        const lines = r.stderr.trim().split('\n')
        expect(lines).toHaveLength(1)
        expect(lines[0]).toMatch(/^✖ Tệp sao lưu bị hỏng hoặc không đầy đủ \(.+\)\. Chưa có dữ liệu nào bị thay đổi\.$/)
      }
    }
    expect(await tableCounts(target.url)).toEqual(before)
    expect(filesUnder(targetUploads)).toEqual({})
    // nothing left behind next to the uploads directory
    expect(fs.readdirSync(path.dirname(targetUploads)).filter((f) => f.startsWith('.pbgdpl-restore-'))).toEqual([])
  }, 120_000)

  it('detects a file whose content no longer matches its SHA-256 even inside a valid archive', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-tamper-'))
    try {
      await new Promise<void>((resolve, reject) =>
        spawn('tar', ['-xzf', archive, '-C', work]).on('exit', (c) =>
          c === 0 ? resolve() : reject(new Error(String(c))),
        ),
      )
      const uploads = path.join(work, 'pbgdpl-backup', 'uploads')
      const first = Object.keys(filesUnder(uploads))[0] as string
      fs.appendFileSync(path.join(uploads, first), 'x')
      const tampered = path.join(outDir, 'tampered.tar.gz')
      await new Promise<void>((resolve, reject) =>
        spawn('tar', ['-czf', tampered, '-C', work, 'pbgdpl-backup']).on('exit', (c) =>
          c === 0 ? resolve() : reject(new Error(String(c))),
        ),
      )
      const r = await runScript('scripts/restore.ts', [tampered, '--force'], targetEnv())
      expect(r.code).toBe(3)
      expect(r.stderr).toMatch(/sai (kích thước|mã kiểm tra SHA-256 của) tệp uploads\//)
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  }, 120_000)

  it('restores into an empty database and uploads directory: same rows, same files', async () => {
    const r = await runScript('scripts/restore.ts', [archive], targetEnv())
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Đã khôi phục bản sao lưu')
    const restored = await tableCounts(target.url)
    const original = await tableCounts(source.url)
    expect(restored).toEqual(original)
    expect(restored.media).toBe(1)
    expect(filesUnder(targetUploads)).toEqual(filesUnder(source.uploads))
    expect(Object.keys(filesUnder(targetUploads)).length).toBeGreaterThanOrEqual(1)
  }, 120_000)

  it('refuses to overwrite a database with data unless --force', async () => {
    const r = await runScript('scripts/restore.ts', [archive], targetEnv())
    expect(r.code).toBe(4)
    expect(r.stderr.trim()).toBe(
      '✖ Cơ sở dữ liệu hoặc thư mục tệp tải lên đang có dữ liệu: không ghi đè. Dừng cổng thông tin và chạy lại với --force nếu thật sự muốn thay thế.',
    )
    const forced = await runScript('scripts/restore.ts', [archive, '--force'], targetEnv())
    expect(forced.stderr).toBe('')
    expect(forced.code).toBe(0)
    expect(forced.stdout).toContain('Thư mục tệp tải lên cũ được giữ ở')
    expect(await tableCounts(target.url)).toEqual(await tableCounts(source.url))
  }, 120_000)

  it('refuses an archive of the other database kind', async () => {
    const otherUrl =
      testDialect() === 'postgres' ? `file:${path.join(outDir, 'other.db')}` : 'postgres://postgres@127.0.0.1:1/none'
    const r = await runScript('scripts/restore.ts', [archive], { DATABASE_URL: otherUrl, UPLOAD_DIR: targetUploads })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^✖ Bản sao lưu là của (PostgreSQL|SQLite) nhưng DATABASE_URL đang trỏ tới/)
  }, 60_000)
})
