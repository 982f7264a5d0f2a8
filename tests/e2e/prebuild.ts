import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureBuild, runLogged, serverEnv } from './global-setup'

/**
 * The e2e production build, started by `npm test` (scripts/test.mjs) while the integration tests run:
 * a throw-away database is migrated and seeded with the demo content, as the e2e setup does, and
 * .next-e2e is built from it unless it is already built from the same sources. The e2e stage's
 * global setup then reuses it. Failure here is not fatal: the e2e setup builds again and reports.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-e2e-build-'))
const logFile = path.join(tmp, 'build.log')
const env = serverEnv(tmp, 2525)
try {
  await runLogged('scripts/migrate.ts', env, logFile)
  await runLogged('scripts/seed.ts', env, logFile)
  const outcome = await ensureBuild(env, logFile)
  console.log(`[e2e prebuild] ${outcome === 'built' ? 'built .next-e2e' : 'build already current'}`)
  fs.rmSync(tmp, { recursive: true, force: true })
} catch (err) {
  console.error(`[e2e prebuild] failed, the e2e stage will build again (log: ${logFile})`)
  console.error(err instanceof Error ? err.message.slice(-3000) : err)
  process.exitCode = 1
}
