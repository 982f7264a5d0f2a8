import { timingSafeEqual } from 'node:crypto'
import { isLoopback, type RequestContext } from './request-context'

export type MetricsAccess = { allowed: true } | { allowed: false; status: 401 | 403; message: string }

/**
 * Who may read /metrics:
 *  - with METRICS_TOKEN set: only `Authorization: Bearer <METRICS_TOKEN>`;
 *  - without it: only a request whose TCP peer is a loopback address AND that carries no proxy
 *    header (X-Forwarded-For, X-Real-IP, Forwarded), so a reverse proxy on the same machine does not
 *    make it public. The peer comes from the socket (the request context), never from a header;
 *    without that context the request is refused.
 */
export function checkMetricsAccess(
  authorization: string | null,
  context: RequestContext | undefined,
  token = process.env.METRICS_TOKEN,
): MetricsAccess {
  if (token) {
    const given = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim()
    if (!given) return { allowed: false, status: 401, message: 'Cần mã truy cập (Authorization: Bearer …).' }
    const a = Buffer.from(given)
    const b = Buffer.from(token)
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      return { allowed: false, status: 403, message: 'Mã truy cập số liệu giám sát không đúng.' }
    }
    return { allowed: true }
  }
  if (context && isLoopback(context.peerAddress) && !context.forwarded) return { allowed: true }
  return {
    allowed: false,
    status: 403,
    message: 'Số liệu giám sát chỉ xem được từ chính máy chủ, hoặc với METRICS_TOKEN.',
  }
}
