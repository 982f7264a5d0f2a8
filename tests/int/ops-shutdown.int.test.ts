import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'
import { testDialect } from '../helpers/test-database'

/**
 * Graceful shutdown (src/shared/ops/shutdown.ts) in a real process with a real HTTP server: a
 * SIGTERM during a slow request lets it finish, refuses new connections, stops the scheduler,
 * closes the database and exits 0; a request longer than SHUTDOWN_TIMEOUT_MS is cut and the exit
 * code is 1. Independent of the suite's database: SQLite suite only.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-shutdown-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

type Server = { child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> }

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['tests/fixtures/ops/shutdown-server.ts'], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const until = Date.now() + 60_000
  while (!/listening (\d+)/.test(out)) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`server did not start:\n${out}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  return { child, port: Number(/listening (\d+)/.exec(out)?.[1]), output: () => out, exited }
}

function get(port: number, p: string): Promise<{ status: number; body: string; requestId: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: p, agent: false }, (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, requestId: res.headers['x-request-id'] as string | undefined }),
        )
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

describe.skipIf(testDialect() === 'postgres')('graceful shutdown', () => {
  it('a SIGTERM during a slow request lets it finish, refuses new connections, closes the database and exits 0', async () => {
    const db = path.join(tmp, 'ok.db')
    const s = await startServer({ SHUTDOWN_TEST_DB: db, SHUTDOWN_TIMEOUT_MS: '10000' })
    expect((await get(s.port, '/')).status).toBe(200)
    const slow = get(s.port, '/slow?ms=1500')
    await new Promise((r) => setTimeout(r, 300))
    const signalled = Date.now()
    s.child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 300))
    // The listening socket is closed: a new connection is refused while the slow one goes on.
    await expect(get(s.port, '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    const answer = await slow
    expect(answer).toMatchObject({ status: 200, body: 'done /slow' })
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(await s.exited).toBe(0)
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(900)
    const out = s.output()
    expect(out).toContain('scheduler stopped')
    expect(out.split('scheduler stopped')[1]).not.toContain('tick')
    const lines = out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.find((l) => l.msg === 'shutdown: started')).toMatchObject({ signal: 'SIGTERM', inFlight: 1 })
    expect(lines.find((l) => l.msg === 'request' && l.path === '/slow')).toMatchObject({
      status: 200,
      reqId: answer.requestId,
    })
    expect(lines.at(-1)).toMatchObject({ msg: 'shutdown: done', code: 0 })
    // The slow request's write reached the database before it was closed.
    const check = createClient({ url: `file:${db}` })
    expect((await check.execute("SELECT count(*) AS n FROM t WHERE a = '/slow'")).rows[0]?.n).toBe(1)
    check.close()
  }, 90_000)

  it('cuts a request that outlives SHUTDOWN_TIMEOUT_MS and exits 1', async () => {
    const s = await startServer({ SHUTDOWN_TEST_DB: path.join(tmp, 'cut.db'), SHUTDOWN_TIMEOUT_MS: '500' })
    const slow = get(s.port, '/slow?ms=10000').then(
      () => 'answered',
      () => 'cut',
    )
    await new Promise((r) => setTimeout(r, 300))
    s.child.kill('SIGTERM')
    expect(await slow).toBe('cut')
    expect(await s.exited).toBe(1)
    expect(s.output()).toContain('shutdown: timeout, cutting the remaining requests')
  }, 90_000)
})
