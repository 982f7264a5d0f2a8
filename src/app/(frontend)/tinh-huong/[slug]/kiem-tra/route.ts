import { handleQuizPost } from '@/modules/situations/public/quiz-route'
import { portalPayload } from '@/shared/content/payload'

type Context = { params: Promise<{ slug: string }> }

/** The quiz form of a situation posts here (see handleQuizPost). */
export async function POST(request: Request, { params }: Context) {
  return handleQuizPost(await portalPayload(), request, (await params).slug)
}
