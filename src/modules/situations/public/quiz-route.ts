import type { Payload } from 'payload'
import { quizResultPath } from '../constants'
import { gradeQuizForm, type QuizGrade } from './grade-quiz'

const MAX_BODY = 16 * 1024

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )
}

/** A small Vietnamese page for a refused quiz post sent without JavaScript, with the way back. */
function refusal(status: number, message: string, back: string | null, wantsJson: boolean): Response {
  if (wantsJson) return Response.json({ message }, { status, headers: { 'Cache-Control': 'no-store' } })
  const link = back ? `<p><a href="${escape(back)}#bai-kiem-tra">Quay lại bài kiểm tra</a></p>` : ''
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Không chấm được bài</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}a{color:#0b4f9c}</style></head><body><main><h1>Không chấm được bài</h1><p>${escape(message)}</p>${link}<p><a href="/tinh-huong">Tình huống pháp luật</a></p></main></body></html>`
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/**
 * POST /tinh-huong/<slug>/kiem-tra: grades a quiz. A browser without JavaScript is sent on to the
 * result page (303); the page's script asks for JSON and shows the feedback in place. Nothing is
 * stored. Bad posts get a Vietnamese 4xx, never a 500.
 */
export async function handleQuizPost(payload: Payload, request: Request, slug: string): Promise<Response> {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  const back = /^[a-z0-9-]{1,160}$/.test(slug) ? `/tinh-huong/${slug}` : null
  if (!back) return refusal(404, 'Không tìm thấy tình huống này.', null, wantsJson)
  const type = request.headers.get('content-type') ?? ''
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
    return refusal(415, 'Bài làm phải được gửi từ biểu mẫu kiểm tra.', back, wantsJson)
  }
  if (Number(request.headers.get('content-length') || 0) > MAX_BODY) {
    return refusal(413, 'Bài làm quá lớn.', back, wantsJson)
  }
  let entries: Array<[string, unknown]>
  try {
    entries = [...(await request.formData()).entries()]
  } catch {
    return refusal(400, 'Không đọc được bài làm.', back, wantsJson)
  }
  const graded: QuizGrade = await gradeQuizForm(payload, slug, entries)
  if (!graded.ok) return refusal(graded.status, graded.message, graded.status === 404 ? null : back, wantsJson)
  if (wantsJson) return Response.json({ result: graded.result }, { headers: { 'Cache-Control': 'no-store' } })
  const chosen = graded.result.questions.map((q) => q.chosen).join(',')
  return new Response(null, {
    status: 303,
    headers: { Location: `${quizResultPath(slug)}?chon=${encodeURIComponent(chosen)}`, 'Cache-Control': 'no-store' },
  })
}
