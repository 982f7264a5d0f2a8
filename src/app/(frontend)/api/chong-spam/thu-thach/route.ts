import { createChallenge } from '@/shared/antispam/pow'

export const dynamic = 'force-dynamic'

/** GET /api/chong-spam/thu-thach — a fresh proof-of-work challenge for a public form (never cached). */
export function GET() {
  return Response.json(createChallenge(), {
    headers: { 'Cache-Control': 'no-store, max-age=0', 'X-Robots-Tag': 'noindex' },
  })
}
