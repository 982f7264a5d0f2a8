import { handleAttemptPost } from '@/modules/contests/server/attempt-routes'

export const dynamic = 'force-dynamic'

/** POST /api/cuoc-thi/lam-bai/<round id>/<action> — the attempt page's JSON API; see handleAttemptPost. */
export async function POST(request: Request, context: { params: Promise<{ round: string; action: string }> }) {
  const { round, action } = await context.params
  return handleAttemptPost(request, round, action)
}
