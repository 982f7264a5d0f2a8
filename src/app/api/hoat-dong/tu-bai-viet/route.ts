import { postFromArticle } from '@/modules/activities/server/routes'

export const dynamic = 'force-dynamic'

/** “Ghi nhận thành hoạt động PBGDPL” on a published article in the admin. */
export function POST(request: Request) {
  return postFromArticle(request)
}
