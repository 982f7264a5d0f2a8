import type { Payload } from 'payload'
import { API_CLIENTS_SLUG, hashApiKey } from './api-clients'
import { ProblemError } from './problem'
import { anonymousLimit, clientIp } from './rate-limit'

export type OpenApiClient = { key: string; limit: number }

/** The key a client sends: X-Api-Key, or Authorization: Bearer <key>. */
function presentedKey(request: Request): string | null {
  const header = request.headers.get('x-api-key')?.trim()
  if (header) return header

  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')
  return bearer?.[1] ?? null
}

/**
 * Who is calling, for the rate limit: an active API client by its key (its own limit), else the
 * anonymous caller by IP. A key that is wrong or switched off is a 401, not a silent downgrade, so
 * the integrator sees the mistake.
 */
export async function resolveClient(request: Request, payload: Payload): Promise<OpenApiClient> {
  const key = presentedKey(request)
  if (key === null) return { key: `ip:${clientIp(request)}`, limit: anonymousLimit() }
  const invalid = new ProblemError(
    401,
    'Khóa API không hợp lệ',
    'Khóa API không đúng hoặc đã bị thu hồi. Hãy kiểm tra lại, hoặc gọi không kèm khóa với hạn mức khách.',
    'khoa-api',
  )
  if (!/^[A-Za-z0-9_-]{16,100}$/.test(key)) throw invalid
  // System read: a visitor cannot read api-clients; the lookup is by the key's hash only.
  const { docs } = await payload.find({
    collection: API_CLIENTS_SLUG,
    where: { keyHash: { equals: hashApiKey(key) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const client = docs[0] as { id: number; active?: boolean | null; rateLimit?: number | null } | undefined
  if (!client || client.active === false) throw invalid
  return { key: `client:${client.id}`, limit: client.rateLimit || anonymousLimit() }
}
