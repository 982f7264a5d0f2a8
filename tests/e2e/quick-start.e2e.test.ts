import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ownBuild } from './global-setup'
import { pollUntil } from './helpers'

/**
 * The README's `npm start` on a machine with no database yet: scripts/start.mjs must migrate a new
 * SQLite file, load the demo content and serve it. It reuses the suite's build (same sources, so
 * the start script's build stamp matches) to stay fast.
 */
const PORT = 3150
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-quick-start-'))
// Its own copy of the suite's build (pages it regenerates stay its own).
const build = ownBuild('quick-start', `http://127.0.0.1:${PORT}`)
let server: ChildProcess | undefined
let output = ''

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
  it('migrates, loads the demo content and serves the portal', async () => {
    server = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: path.resolve(import.meta.dirname, '..', '..'),
      env: {
        ...process.env,
        DATABASE_URL: `file:${path.join(tmp, 'portal.db')}`,
        UPLOAD_DIR: path.join(tmp, 'uploads'),
        NEXT_DIST_DIR: build.distDir,
        PORT: String(PORT),
        PAYLOAD_SECRET: 'quick-start-secret-0123456789abcdef',
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
  }, 240_000)
})
