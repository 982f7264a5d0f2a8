#!/usr/bin/env node
/**
 * `npm run audit`: fails when a dependency has a high or critical advisory (`npm audit`).
 * When the advisory service does not answer, says so loudly and passes: nothing could be checked.
 * AUDIT_REQUIRED=1 makes that a failure too (for a machine that must not skip it).
 */
import { spawnSync } from 'node:child_process'
import { auditVerdict } from '../src/shared/security/audit-verdict.mjs'

const run = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', timeout: 120_000 })
const verdict = auditVerdict(run.stdout ?? '')
if (verdict.status === 'ok') {
  console.log(`npm audit: no high or critical advisory (${verdict.message})`)
} else if (verdict.status === 'findings') {
  console.error(`npm audit: high or critical advisories (${verdict.message}):`)
  for (const finding of verdict.findings) console.error(`  - ${finding}`)
  process.exit(1)
} else {
  console.warn(`\n⚠⚠⚠ npm audit NOT checked: the advisory service did not answer (${verdict.message}) ⚠⚠⚠\n`)
  if (process.env.AUDIT_REQUIRED === '1') process.exit(1)
}
