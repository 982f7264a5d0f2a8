import { portalPayload } from '@/shared/content/payload'
import { escapeHtml } from './escape-html'
import { flagComment } from './flag-comment'
import { submitComment } from './submit-comment'

const MAX_BODY_BYTES = 64 * 1024
const wantsJson = (request: Request): boolean => (request.headers.get('accept') ?? '').includes('application/json')

function seeOther(request: Request, path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } })
}

/**
 * A refusal: JSON for scripts, otherwise a small page with the messages, what the person wrote
 * (so nothing is lost) and the way back. Always a 4xx.
 */
function refuse(
  request: Request,
  args: { status: number; messages: string[]; back: string; kept?: string; retryAfterSeconds?: number },
): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
  if (args.retryAfterSeconds) headers['Retry-After'] = String(args.retryAfterSeconds)
  if (wantsJson(request)) {
    return Response.json({ errors: args.messages.map((message) => ({ message })) }, { status: args.status, headers })
  }
  const kept = args.kept
    ? `<h2>Nội dung bạn đã viết</h2><p>Bạn có thể sao chép lại nội dung dưới đây.</p><blockquote style="white-space:pre-line;border-left:4px solid #d6d6d6;margin:0;padding:0.5rem 1rem">${escapeHtml(args.kept)}</blockquote>`
    : ''
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Chưa gửi được – Đối thoại chính sách, pháp luật</title><style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}a{color:#0b4f9c}a:focus-visible{outline:3px solid #1a1a1a;box-shadow:0 0 0 6px #ffbf47}.err{border:4px solid #8b1a1a;padding:0.5rem 1rem}</style></head><body><main><h1>Chưa gửi được</h1><div class="err" role="alert"><h2>Vui lòng kiểm tra lại</h2><ul>${args.messages
    .map((m) => `<li>${escapeHtml(m)}</li>`)
    .join(
      '',
    )}</ul></div>${kept}<p><a href="${escapeHtml(args.back)}">Quay lại trang đối thoại để gửi lại</a></p></main></body></html>`
  return new Response(html, {
    status: args.status,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

async function readForm(request: Request): Promise<FormData | null> {
  if (Number(request.headers.get('content-length') || 0) > MAX_BODY_BYTES) return null
  try {
    return await request.formData()
  } catch {
    return null
  }
}

const slugFrom = (form: FormData | null): string => {
  const v = form?.get('doi-thoai')
  return typeof v === 'string' && /^[a-z0-9-]{1,160}$/.test(v) ? v : ''
}

/** POST /api/doi-thoai/gop-y: a comment from the public form. */
export async function handleCommentPost(request: Request): Promise<Response> {
  const form = await readForm(request)
  const slug = slugFrom(form)
  const back = slug ? `/doi-thoai/${slug}#gop-y` : '/doi-thoai'
  if (!form) {
    return refuse(request, { status: 400, messages: ['Dữ liệu gửi lên không đọc được hoặc quá lớn.'], back })
  }
  const kept = typeof form.get('noi-dung') === 'string' ? String(form.get('noi-dung')).slice(0, 6000) : undefined
  const result = await submitComment(await portalPayload(), { slug, form, headers: request.headers })
  if (!result.ok) {
    return refuse(request, {
      status: result.status,
      messages: result.errors.map((e) => e.message),
      back,
      kept,
      retryAfterSeconds: result.retryAfterSeconds,
    })
  }
  if (wantsJson(request)) return Response.json({ ok: true, redirect: `/doi-thoai/${slug}/da-gui` })
  return seeOther(request, `/doi-thoai/${slug}/da-gui`)
}

/** POST /api/doi-thoai/bao-cao: a reader reports a published comment. */
export async function handleFlagPost(request: Request): Promise<Response> {
  const form = await readForm(request)
  const slug = slugFrom(form)
  const back = slug ? `/doi-thoai/${slug}` : '/doi-thoai'
  const read = (name: string) => (typeof form?.get(name) === 'string' ? String(form?.get(name)) : '')
  const result = await flagComment(await portalPayload(), {
    commentId: read('gop-y'),
    reason: read('ly-do'),
    headers: request.headers,
  })
  if (!result.ok) {
    return refuse(request, {
      status: result.status,
      messages: [result.message],
      back,
      retryAfterSeconds: result.retryAfterSeconds,
    })
  }
  const target = `/doi-thoai/${result.slug ?? slug}/da-bao-cao`
  if (wantsJson(request)) return Response.json({ ok: true, redirect: target })
  return seeOther(request, target)
}
