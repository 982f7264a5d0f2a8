import type { Payload } from 'payload'
import { checkSubmission, formAntiSpamFields, SubmissionRejected } from '@/shared/antispam'
import { portalPayload } from '@/shared/content/payload'
import { noMarkup } from '@/shared/fields/common'
import { createPublicQuestion } from '../server/create-question'
import { sendConfirmation } from './confirmation-mail'
import { clearFlashCookies, FLASH_PATH, flashCookies } from './form-flash'
import { askFormOptions } from './form-options'
import { askValuesFrom, validateAsk, type AskErrors, type AskValues } from './validate-question'

/** A form without attachments is a few kilobytes; anything far larger is not our form. */
const MAX_BODY_BYTES = 256 * 1024
export const SENT_PATH = '/hoi-dap/gui-cau-hoi/da-gui'

type Refusal = { status: number; values: AskValues; errors: AskErrors; formError: string | null; retryAfter?: number }

const EMPTY_VALUES = askValuesFrom(new FormData())

const wantsJson = (request: Request): boolean => (request.headers.get('accept') ?? '').includes('application/json')
const isSecure = (request: Request): boolean =>
  new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'

function refuse(request: Request, refusal: Refusal): Response {
  const retry = refusal.retryAfter ? { 'Retry-After': String(refusal.retryAfter) } : undefined
  if (wantsJson(request)) {
    return Response.json(
      { errors: refusal.errors, error: refusal.formError },
      { status: refusal.status, headers: { 'Cache-Control': 'no-store', ...retry } },
    )
  }
  // Without JavaScript: back to the form, which shows the messages next to the fields.
  const headers = new Headers({ Location: FLASH_PATH, 'Cache-Control': 'no-store', ...retry })
  for (const cookie of flashCookies(refusal, isSecure(request))) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

/**
 * POST /api/hoi-dap/gui-cau-hoi: validates the ask form, runs the anti-spam checks, stores the
 * question and queues the confirmation e-mail. 303 to the result page (or, for fetch, JSON with
 * where to go); refusals are 400/413/429 with Vietnamese messages, and nothing is stored.
 */
export async function handleAskPost(request: Request, payloadArg?: Payload): Promise<Response> {
  const length = Number(request.headers.get('content-length') || 0)
  if (length > MAX_BODY_BYTES) {
    return refuse(request, {
      status: 413,
      values: EMPTY_VALUES,
      errors: {},
      formError: 'Dữ liệu gửi lên quá lớn. Câu hỏi dài tối đa 5000 ký tự và không kèm tệp.',
    })
  }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return refuse(request, {
      status: 400,
      values: EMPTY_VALUES,
      errors: {},
      formError: 'Dữ liệu biểu mẫu không đọc được. Vui lòng mở lại trang và gửi lại.',
    })
  }
  const payload = payloadArg ?? (await portalPayload())
  const values = askValuesFrom(form)
  const options = await askFormOptions(payload)
  const check = validateAsk(values, {
    fieldIds: new Set(options.fields.map((f) => f.id)),
    areaIds: new Set(options.areaGroups.flatMap((g) => g.areas.map((a) => a.id))),
  })
  if (!check.ok) return refuse(request, { status: 400, values, errors: check.errors, formError: null })
  const { input } = check
  // The public title and the name are plain text everywhere on the site: tags there are refused.
  const markupErrors: AskErrors = {}
  if (noMarkup(input.title) !== true) markupErrors.title = 'Tiêu đề không được chứa thẻ HTML (dấu < >).'
  if (noMarkup(input.name) !== true) markupErrors.name = 'Họ và tên không được chứa thẻ HTML (dấu < >).'
  if (Object.keys(markupErrors).length > 0) {
    return refuse(request, { status: 400, values, errors: markupErrors, formError: null })
  }

  let hashes: { ipHash: string; contactHash: string | null }
  try {
    hashes = await checkSubmission(payload, {
      headers: request.headers,
      form: formAntiSpamFields(form),
      scope: 'question',
      contact: input.email ?? input.phone ?? '',
    })
  } catch (err) {
    if (err instanceof SubmissionRejected) {
      return refuse(request, {
        status: err.status,
        values,
        errors: {},
        formError: err.message,
        retryAfter: err.retryAfterSeconds,
      })
    }
    throw err
  }

  const created = await createPublicQuestion(payload, {
    name: input.name,
    email: input.email,
    phone: input.phone,
    fieldId: input.field,
    areaId: input.area,
    title: input.title,
    body: input.body,
    consent: true,
    ipHash: hashes.ipHash,
    contactHash: hashes.contactHash ?? '',
  })
  if (input.email) await sendConfirmation(payload, { to: input.email, name: input.name, title: input.title, created })

  const target = `${SENT_PATH}?ma=${encodeURIComponent(created.trackingCode)}&khoa=${encodeURIComponent(created.trackingKey)}`
  const headers = new Headers({ 'Cache-Control': 'no-store' })
  for (const cookie of clearFlashCookies()) headers.append('Set-Cookie', cookie)
  if (wantsJson(request)) {
    headers.set('Content-Type', 'application/json')
    return new Response(JSON.stringify({ redirect: target, trackingCode: created.trackingCode }), {
      status: 200,
      headers,
    })
  }
  headers.set('Location', target)
  return new Response(null, { status: 303, headers })
}
