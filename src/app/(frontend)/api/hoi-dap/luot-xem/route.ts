import { countQuestionView } from '@/modules/qa/public/count-view'

/** POST /api/hoi-dap/luot-xem {"id": n} — one view of a published question (sent by its page). */
export function POST(request: Request): Promise<Response> {
  return countQuestionView(request)
}
