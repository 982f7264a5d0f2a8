import { describe, expect, it } from 'vitest'
import { auditVerdict } from './audit-verdict.mjs'

/** The shape `npm audit --json` prints (auditReportVersion 2, npm 7 and later). */
function report(counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts, total },
      dependencies: { prod: 400, dev: 600, optional: 40, peer: 0, peerOptional: 0, total: 1000 },
    },
  })
}

describe('npm audit gate', () => {
  it('passes with only low and moderate advisories, and says how many', () => {
    const verdict = auditVerdict(
      report(
        { low: 2, moderate: 1 },
        { esbuild: { name: 'esbuild', severity: 'moderate', via: [], range: '<=0.24.2' } },
      ),
    )
    expect(verdict.status).toBe('ok')
    expect(verdict.message).toBe('0 critical, 0 high, 1 moderate, 2 low, 0 info')
  })

  it('fails on a high or critical advisory and names the package and the advisory', () => {
    const verdict = auditVerdict(
      report(
        { high: 1, critical: 1, moderate: 1 },
        {
          next: {
            name: 'next',
            severity: 'critical',
            range: '15.0.0 - 15.2.2',
            via: [{ source: 1, title: 'Authorization bypass in middleware', severity: 'critical' }],
          },
          'cross-spawn': {
            name: 'cross-spawn',
            severity: 'high',
            range: '<6.0.6',
            via: [{ title: 'Regular expression denial of service', severity: 'high' }],
          },
          postcss: { name: 'postcss', severity: 'moderate', via: ['nanoid'] },
        },
      ),
    )
    expect(verdict.status).toBe('findings')
    expect(verdict.findings).toEqual([
      'next (critical, 15.0.0 - 15.2.2): Authorization bypass in middleware',
      'cross-spawn (high, <6.0.6): Regular expression denial of service',
    ])
  })

  it('says the check was not made when the advisory service refuses or nothing came back', () => {
    // What npm 11 printed here, where the registry mirror has no audit endpoint.
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    })
    expect(auditVerdict(refused)).toEqual({
      status: 'unavailable',
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      findings: [],
    })
    expect(auditVerdict('').status).toBe('unavailable')
    expect(auditVerdict('npm error network').status).toBe('unavailable')
    expect(auditVerdict(JSON.stringify({ statusCode: 503 })).message).toBe('HTTP 503')
  })
})
