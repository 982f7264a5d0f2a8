import type { Config } from 'payload'
import { currentRequestId } from './request-context'

/**
 * Payload's logger (pino). In production, or with LOG_FORMAT=json, it writes one JSON object per
 * line and every line written while serving a request carries that request's id (`reqId`, the
 * X-Request-Id). Otherwise Payload's default pretty output is kept for people at a terminal.
 */
export function portalLogger(): Config['logger'] {
  const format = process.env.LOG_FORMAT || (process.env.NODE_ENV === 'production' ? 'json' : 'pretty')
  if (format !== 'json') return undefined
  return {
    options: {
      name: 'pbgdpl',
      level: process.env.LOG_LEVEL || 'info',
      base: { pid: process.pid },
      mixin() {
        const reqId = currentRequestId()
        return reqId ? { reqId } : {}
      },
    },
  }
}
