import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import type { TestProject } from 'vitest/node'

/**
 * Global setup of the end-to-end tests: a fresh SQLite database with the demo content, a real SMTP
 * server that writes what it receives to a JSONL file, a production build in its own dist dir
 * (.next-e2e) and `next start` of a copy of it (.next-e2e-part1) on port 3100 with the scheduler
 * ticking every 2 seconds.
 *
 * E2E_SKIP_BUILD=1 reuses the existing .next-e2e build as it is; otherwise the build is skipped
 * only when .next-e2e was built from the same sources (the hash scripts/start.mjs computes).
 */

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    mailFile: string
  }
}

/** One line of the mail file. */
export type MailRecord = { recipients: string[]; from: string; raw: string }

const root = path.resolve(import.meta.dirname, '..', '..')
const DIST_DIR = '.next-e2e'
/**
 * `npm test` runs the e2e files in parts side by side (scripts/test.mjs): each part has its own
 * server, port (E2E_PORT) and copy of the build (E2E_DIST_DIR), so the parts share no database,
 * mail box or page cache. A plain `vitest --project e2e` is one part on 3100 with .next-e2e-part1.
 * No server runs from .next-e2e itself: each copies it (copyBuild, ownBuild).
 */
const BUILD_PORT = 3100
const PORT = Number(process.env.E2E_PORT || BUILD_PORT)
const SERVER_DIST_DIR = process.env.E2E_DIST_DIR || `${DIST_DIR}-part1`
const BASE_URL = `http://127.0.0.1:${PORT}`
const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name)

function log(message: string): void {
  console.log(`[e2e] ${message}`)
}

/** The same hash as scripts/start.mjs: sources, public files and the build configuration. */
function sourceHash(): string {
  const hash = createHash('sha256')
  const walk = (dir: string): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        hash.update(path.relative(root, full))
        hash.update(fs.readFileSync(full))
      }
    }
  }
  for (const item of ['src', 'public']) if (fs.existsSync(path.join(root, item))) walk(path.join(root, item))
  for (const file of ['package-lock.json', 'next.config.mjs', 'tsconfig.json']) {
    const full = path.join(root, file)
    if (fs.existsSync(full)) hash.update(fs.readFileSync(full))
  }
  return hash.digest('hex')
}

/** Runs a command to completion, its output appended to `logFile`; rejects with the log's tail. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const started = Date.now()
  fs.appendFileSync(logFile, `\n$ ${path.basename(cmd)} ${args.join(' ')}\n`)
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a')
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', out, out] })
    child.on('error', (err) => {
      fs.closeSync(out)
      reject(err)
    })
    child.on('exit', (code, signal) => {
      fs.closeSync(out)
      if (code === 0) {
        log(`${path.basename(cmd)} ${args.join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
        resolve()
      } else {
        reject(new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${signal ?? code})\n${tail(logFile)}`))
      }
    })
  })
}

function tail(file: string, lines = 60): string {
  if (!fs.existsSync(file)) return '(no log)'
  return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
}

async function startMailServer(mailFile: string): Promise<SMTPServer> {
  fs.writeFileSync(mailFile, '')
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const record: MailRecord = {
          recipients: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw: Buffer.concat(chunks).toString('utf8'),
        }
        fs.appendFileSync(mailFile, `${JSON.stringify(record)}\n`)
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return server
}

async function waitForServer(server: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode})\n${tail(logFile)}`)
    try {
      const res = await fetch(`${BASE_URL}/`, { signal: AbortSignal.timeout(30_000) })
      if (res.status === 200) return
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`The portal did not answer 200 on / in time\n${tail(logFile)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

function stopProcessGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return Promise.resolve()
  const pid = child.pid
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // already gone
      }
      resolve()
    }, 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

/**
 * Pages that Next.js regenerates at run time are kept in <dist>/server/route-cache. A build reused
 * by a later run would serve the previous run's pages (with its test articles) from there, so that
 * cache is dropped and the pages prerendered by the build, from the same demo content, are served.
 */
function dropRuntimeCache(distDir: string): void {
  fs.rmSync(path.join(distDir, 'server', 'route-cache'), { recursive: true, force: true })
}

/**
 * A server's own copy of the build, so that pages one server regenerates at run time (Next.js writes
 * them into its dist dir) are never served by another: every server of the tests (each part's, and
 * the extra ones some files start: a follower portal, a cluster, `npm start`) runs from a copy, and
 * .next-e2e itself stays as built. The build's cache folder is left out. The pages and files
 * prerendered by the build carry its address (canonical links, feeds, robots.txt): in the copy they
 * carry `baseUrl`, as if it had been built for it. The two addresses differ only in the port's
 * digits, so every length in the files (RSC chunk sizes) stays right.
 */
function copyBuild(target: string, baseUrl = BASE_URL): void {
  const from = path.join(root, DIST_DIR)
  const to = path.join(root, target)
  const started = Date.now()
  fs.rmSync(to, { recursive: true, force: true })
  fs.cpSync(from, to, { recursive: true, filter: (src) => path.relative(from, src) !== 'cache' })
  dropRuntimeCache(to)
  const built = Buffer.from(`http://127.0.0.1:${BUILD_PORT}`, 'latin1')
  const mine = Buffer.from(baseUrl, 'latin1')
  if (built.length !== mine.length) throw new Error(`${baseUrl}: the port must have as many digits as ${BUILD_PORT}`)
  let rewritten = 0
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        const bytes = fs.readFileSync(full)
        let at = bytes.indexOf(built)
        if (at < 0) continue
        for (; at >= 0; at = bytes.indexOf(built, at + built.length)) mine.copy(bytes, at)
        fs.writeFileSync(full, bytes)
        rewritten++
      }
    }
  }
  walk(to)
  log(
    `copied ${DIST_DIR} to ${target} for ${baseUrl} (${rewritten} files) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
}

/**
 * For a test that starts a server of its own from the e2e build: a copy of the build made for
 * `baseUrl` (see copyBuild), named after `name`; returns its dist dir (for NEXT_DIST_DIR) and a
 * function that removes it.
 */
export function ownBuild(name: string, baseUrl: string): { distDir: string; remove: () => void } {
  const distDir = `${DIST_DIR}-${name}`
  copyBuild(distDir, baseUrl)
  return { distDir, remove: () => fs.rmSync(path.join(root, distDir), { recursive: true, force: true }) }
}

/**
 * `next build` with a dist dir other than .next adds that dir's type globs to tsconfig.json (and
 * points next-env.d.ts at it). Those files belong to the project: when the build made them mention
 * .next-e2e, they are put back as they were (an edit by anyone else in the meantime is left alone).
 */
async function keepingFiles(files: string[], work: () => Promise<void>): Promise<void> {
  const before = new Map(
    files
      .map((f) => path.join(root, f))
      .filter((f) => fs.existsSync(f))
      .map((f) => [f, fs.readFileSync(f, 'utf8')] as const),
  )
  try {
    await work()
  } finally {
    for (const [file, content] of before) {
      const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
      if (now !== content && now.includes(`${DIST_DIR}/`) && !content.includes(`${DIST_DIR}/`)) {
        fs.writeFileSync(file, content)
      }
    }
  }
}

/**
 * Runs a tsx script of the project to completion, its output appended to `logFile`; again when it
 * gave up loading its modules (exit 75, tsx's loader on Node 20: see scripts/migrate.ts).
 */
export async function runLogged(script: string, env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(bin('tsx'), [script], env, logFile)
    } catch (err) {
      if (attempt >= 3 || !/ failed \(75\)/.test(String(err))) throw err
      log(`${script} could not load its modules (try ${attempt}); running it again`)
    }
  }
}

/** The environment of the e2e server (and of the build, whose prerendered pages read the same demo content). */
export function serverEnv(tmp: string, smtpPort: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: SERVER_DIST_DIR,
    DATABASE_URL: `file:${path.join(tmp, 'e2e.db')}`,
    UPLOAD_DIR: path.join(tmp, 'uploads'),
    PAYLOAD_SECRET: 'e2e-test-secret-0123456789abcdef',
    PORT: String(PORT),
    // The build is made for BUILD_PORT's address; a part's copy is rewritten for its own (copyBuild).
    PUBLIC_URL: BASE_URL,
    SCHEDULER_INTERVAL_SECONDS: '2',
    // Every browser login of the suite comes from one address; security.e2e uses its own.
    LOGIN_RATE_LIMIT: '60',
    // The tests browse over plain http://127.0.0.1, where a Secure session cookie is not kept.
    INSECURE_COOKIES: '1',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_SECURE: '0',
    POW_MAX_NUMBER: '2000',
  }
  delete env.SMTP_USER
  delete env.SMTP_PASS
  delete env.SEED_DEMO
  return env
}

/**
 * Builds .next-e2e (against the migrated and seeded database of `env`) unless it was built from the
 * same sources. `npm test` calls this early (tests/e2e/prebuild.ts) so the build overlaps the
 * integration tests; the e2e stage then finds the stamp and reuses the build.
 */
export async function ensureBuild(env: NodeJS.ProcessEnv, logFile: string): Promise<'reused' | 'built'> {
  const buildEnv = {
    ...env,
    NEXT_DIST_DIR: DIST_DIR,
    PORT: String(BUILD_PORT),
    PUBLIC_URL: `http://127.0.0.1:${BUILD_PORT}`,
  }
  return withBuildLock(() => buildOnce(buildEnv, logFile))
}

/**
 * One build at a time into .next-e2e, across processes (the parts' set-ups start together): a lock
 * directory, taken over when its holder has died.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(root, `${DIST_DIR}.lock`)
  for (;;) {
    try {
      fs.mkdirSync(lock)
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid))
      break
    } catch {
      const holder = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0)
      let alive = false
      try {
        if (holder) process.kill(holder, 0)
        alive = holder > 0
      } catch {
        alive = false
      }
      // A lock without a pid yet is being taken right now; one whose holder is gone is stale.
      if (holder && !alive) fs.rmSync(lock, { recursive: true, force: true })
      else await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

async function buildOnce(env: NodeJS.ProcessEnv, logFile: string): Promise<'reused' | 'built'> {
  const distDir = path.join(root, DIST_DIR)
  const stampFile = path.join(distDir, 'pbgdpl-source-hash')
  const current = sourceHash()
  const built = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : ''
  if (process.env.E2E_SKIP_BUILD === '1' || (built === current && process.env.FORCE_BUILD !== '1')) {
    log(`reusing the build in ${DIST_DIR}`)
    dropRuntimeCache(distDir)
    return 'reused'
  }
  await keepingFiles(['tsconfig.json', 'next-env.d.ts'], () =>
    // Without Next's type check: `npm run typecheck` covers it (CI runs it before the tests).
    run(bin('next'), ['build'], { ...env, SCHEDULER: 'off', NEXT_SKIP_TYPECHECK: '1' }, logFile),
  )
  fs.writeFileSync(stampFile, current)
  return 'built'
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-e2e-'))
  const logFile = path.join(tmp, 'server.log')
  const mailFile = path.join(tmp, 'mail.jsonl')
  let server: ChildProcess | undefined
  let smtp: SMTPServer | undefined

  const teardown = async (): Promise<void> => {
    await stopProcessGroup(server)
    if (smtp) {
      const closing = smtp
      await new Promise<void>((resolve) => closing.close(() => resolve()))
    }
    if (process.env.E2E_KEEP_TMP === '1') log(`kept ${tmp}`)
    else fs.rmSync(tmp, { recursive: true, force: true })
  }

  try {
    const occupied = await fetch(BASE_URL, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    )
    if (occupied) throw new Error(`Port ${PORT} already answers: stop whatever runs on ${BASE_URL} first.`)
    smtp = await startMailServer(mailFile)
    const env = serverEnv(tmp, (smtp.server.address() as AddressInfo).port)

    // Again when tsx's loader gave up (exit 75, as under load): see runLogged.
    await runLogged('scripts/migrate.ts', env, logFile)
    await runLogged('scripts/seed.ts', env, logFile)

    await ensureBuild(env, logFile)
    copyBuild(SERVER_DIST_DIR)

    const started = Date.now()
    const out = fs.openSync(logFile, 'a')
    // As `npm start` serves (scripts/start.mjs): idle connections are kept 75 s, not Node's 5 s.
    server = spawn(bin('next'), ['start', '-p', String(PORT), '-H', '127.0.0.1', '--keepAliveTimeout', '75000'], {
      cwd: root,
      env,
      stdio: ['ignore', out, out],
      // its own process group, so teardown stops next-server and its workers together
      detached: true,
    })
    fs.closeSync(out)
    await waitForServer(server, logFile, 90_000)
    log(`server ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${BASE_URL} (log: ${logFile})`)
  } catch (err) {
    await teardown()
    throw err
  }

  project.provide('baseURL', BASE_URL)
  project.provide('mailFile', mailFile)
  return teardown
}
