import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { encodeCursor } from '@/modules/data-exchange/open-api/cursor'
import { ownBuild } from './global-setup'
import { pollUntil } from './helpers'

/**
 * The README's `npm start` on a machine with no database yet and no PAYLOAD_SECRET: scripts/start.mjs
 * must generate the secret, migrate a new SQLite file, load the demo content and serve it. It reuses
 * the suite's build (same sources, so the start script's build stamp matches) to stay fast. A
 * previous secret left by `npm run secret:rotate -- --generate` is still accepted.
 */
const PORT = 3150
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-quick-start-'))
// Its own copy of the suite's build (pages it regenerates stay its own).
const build = ownBuild('quick-start', `http://127.0.0.1:${PORT}`)
let server: ChildProcess | undefined
let output = ''
const secretFile = path.join(tmp, 'data', '.secret')
const OLD = 'the-secret-before-the-rotation-0123'

/** A change-feed cursor as a portal running under `secret` hands it out. */
function cursorUnder(secret: string): string {
  const saved = process.env.PAYLOAD_SECRET
  process.env.PAYLOAD_SECRET = secret
  try {
    return encodeCursor('changes', 1)
  } finally {
    process.env.PAYLOAD_SECRET = saved
  }
}

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch (err) {
      console.warn(`quick-start server already gone: ${String(err)}`)
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true })
  build.remove()
})

describe('npm start on an empty database', () => {
  it('generates its secret, migrates, loads the demo content and serves the portal', async () => {
    // Left by `npm run secret:rotate -- --generate` (docs/deployment.md, "Đổi khóa bí mật").
    fs.mkdirSync(path.dirname(secretFile), { recursive: true })
    fs.writeFileSync(`${secretFile}.previous`, OLD, { mode: 0o600 })
    const env: NodeJS.ProcessEnv = { ...process.env }
    delete env.PAYLOAD_SECRET
    delete env.PAYLOAD_SECRET_PREVIOUS
    server = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: path.resolve(import.meta.dirname, '..', '..'),
      env: {
        ...env,
        SECRET_FILE: secretFile,
        DATABASE_URL: `file:${path.join(tmp, 'portal.db')}`,
        UPLOAD_DIR: path.join(tmp, 'uploads'),
        NEXT_DIST_DIR: build.distDir,
        PORT: String(PORT),
        SCHEDULER: 'off',
        SMTP_HOST: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const home = await pollUntil(
      async () => {
        if (server?.exitCode !== null) throw new Error(`start.mjs exited early:\n${output.slice(-3000)}`)
        const res = await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null)
        return res?.ok ? res.text() : undefined
      },
      'the portal started by npm start to answer',
      180_000,
      1_000,
    )
    expect(output).toContain('Migrated:')
    expect(output).toMatch(/Bài viết: \d+/)
    expect(output).toContain('bỏ qua bước biên dịch')
    expect(home).toContain('Tin nổi bật')
    const article = home.match(/href="(\/bai-viet\/[a-z0-9-]+)"/)?.[1]
    expect(article).toBeDefined()
    const page = await fetch(`http://127.0.0.1:${PORT}${article}`)
    expect(page.status).toBe(200)
    const admin = await fetch(`http://127.0.0.1:${PORT}/admin/login`)
    expect(admin.status).toBe(200)

    // The secret was generated once, readable by its owner only.
    expect(output).toContain('PAYLOAD_SECRET chưa đặt: dùng khóa bí mật sinh tự động')
    const secret = fs.readFileSync(secretFile, 'utf8')
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.statSync(secretFile).mode & 0o077).toBe(0)
    // During a rotation, a sync follower's cursor from before it still works; a forged one does not.
    expect(output).toContain('Đang đổi khóa bí mật: khóa cũ trong')
    const changes = (cursor: string) => fetch(`http://127.0.0.1:${PORT}/api/open/v1/changes?cursor=${cursor}`)
    expect((await changes(cursorUnder(secret))).status).toBe(200)
    expect((await changes(cursorUnder(OLD))).status).toBe(200)
    const forged = await changes(cursorUnder('a-secret-this-portal-never-had-00'))
    expect(forged.status).toBe(400)
    expect(((await forged.json()) as { detail?: string }).detail).toMatch(/cursor/)
  }, 240_000)
})
