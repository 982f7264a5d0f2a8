/**
 * What `npm audit --json` said, for the CI gate (scripts/audit.mjs, docs/security.md V10):
 * dependencies with a high or critical advisory fail the run; an advisory service that does not
 * answer (an offline machine, a registry mirror without the audit endpoint) is said loudly and
 * does not, since nothing was checked. Plain JavaScript: scripts/audit.mjs runs it without a build.
 */

/** Severities that fail the gate. */
export const FAILING = ['high', 'critical']

/**
 * @param {string} stdout what `npm audit --json` printed
 * @returns {{ status: 'ok' | 'findings' | 'unavailable', message: string, findings: string[] }}
 */
export function auditVerdict(stdout) {
  let report
  try {
    report = JSON.parse(stdout)
  } catch {
    return { status: 'unavailable', message: 'npm audit printed no JSON report', findings: [] }
  }
  const counts = report?.metadata?.vulnerabilities
  if (!counts || typeof counts !== 'object') {
    const why = report?.message || report?.error?.summary || (report?.statusCode ? `HTTP ${report.statusCode}` : '')
    return { status: 'unavailable', message: why || 'npm audit gave no advisory counts', findings: [] }
  }
  const findings = Object.values(report.vulnerabilities ?? {})
    .filter((v) => FAILING.includes(v?.severity))
    .map((v) => {
      const titles = (Array.isArray(v.via) ? v.via : [])
        .map((via) => (typeof via === 'object' && via ? via.title : null))
        .filter(Boolean)
      return `${v.name} (${v.severity}${v.range ? `, ${v.range}` : ''})${titles.length ? `: ${titles.join('; ')}` : ''}`
    })
  const failing = FAILING.reduce((sum, level) => sum + (Number(counts[level]) || 0), 0)
  const summary = ['critical', 'high', 'moderate', 'low', 'info']
    .map((l) => `${Number(counts[l]) || 0} ${l}`)
    .join(', ')
  if (failing > 0) return { status: 'findings', message: summary, findings }
  return { status: 'ok', message: summary, findings: [] }
}
