import { portalPayload } from '@/shared/content/payload'
import { clientAddress, createRateLimiter } from '@/shared/security/rate-limit'
import { suggestForQuestion } from './suggest'

// Typing sends a request every ~400 ms at most; 90 a minute from one address is a person typing fast.
const limiter = createRateLimiter({
  name: 'qa-suggest',
  limit: Number(process.env.QA_SUGGEST_RATE_LIMIT || 90),
  windowMs: 60_000,
})

/** The suggestion endpoint's handler, shared by the route and the tests. */
export async function suggestionsResponse(request: Request): Promise<Response> {
  const { allowed, retryAfterSeconds } = await limiter.hit(clientAddress(request.headers))
  if (!allowed) {
    return Response.json(
      { error: `Bạn gửi quá nhiều yêu cầu gợi ý. Vui lòng thử lại sau ${retryAfterSeconds} giây.` },
      { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
    )
  }
  const q = new URL(request.url).searchParams.get('q')
  const payload = await portalPayload()
  const suggestions = await suggestForQuestion(payload, q)
  return Response.json(suggestions, { headers: { 'Cache-Control': 'public, max-age=60' } })
}
