import type { Payload } from 'payload'
import { checkSubmission, formAntiSpamFields, SubmissionRejected } from '@/shared/antispam'
import { portalPayload } from '@/shared/content/payload'
import { noMarkup } from '@/shared/fields/common'
import { createPublicQuestion } from '../server/create-question'
import { sendConfirmation } from './confirmation-mail'
import { clearFlashCookies, FLASH_PATH, flashCookies } from './form-flash'
import { askFormOptions } from './form-options'
import { PRIVATE_FILES_SLUG } from '../constants'
import { attachmentLimitBytes, checkAttachment, type CheckedAttachment } from './attachment'
import { askValuesFrom, validateAsk, type AskErrors, type AskValues } from './validate-question'

/** The text of the form is a few kilobytes; with the attachment, anything far larger is not our form. */
const MAX_TEXT_BYTES = 256 * 1024
const maxBodyBytes = (): number => attachmentLimitBytes() + MAX_TEXT_BYTES
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
  const tooLarge = () => {
    const mb = Math.round(attachmentLimitBytes() / 1024 / 1024)
    return refuse(request, {
      status: 413,
      values: EMPTY_VALUES,
      errors: { attachment: `Tệp quá lớn: tối đa ${mb} MB.` },
      formError: `Dữ liệu gửi lên quá lớn. Câu hỏi dài tối đa 5000 ký tự, tệp đính kèm tối đa ${mb} MB.`,
    })
  }
  const length = Number(request.headers.get('content-length') || 0)
  if (length > maxBodyBytes()) return tooLarge()
  let form: FormData
  try {
    // Read with a cap: a body sent without (or with a false) Content-Length stops at the limit.
    const body = await readCapped(request, maxBodyBytes())
    if (body === null) return tooLarge()
    form = await new Response(body, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData()
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
  const attachment = await checkAttachment(form.get('attachment'))
  if (!check.ok || !attachment.ok) {
    const errors: AskErrors = { ...(check.ok ? {} : check.errors) }
    if (!attachment.ok) errors.attachment = attachment.error
    // Too large is 413 whatever else is wrong; other mistakes are 400.
    const status = !attachment.ok && attachment.status === 413 ? 413 : 400
    return refuse(request, { status, values, errors, formError: null })
  }
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

  let attachmentId: number | string | null = null
  if (attachment.file) {
    const stored = await storeAttachment(payload, attachment.file)
    if (!stored.ok) {
      return refuse(request, { status: stored.status, values, errors: { attachment: stored.error }, formError: null })
    }
    attachmentId = stored.id
  }

  let created: Awaited<ReturnType<typeof createPublicQuestion>>
  try {
    created = await createPublicQuestion(payload, {
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
      attachmentId,
    })
  } catch (err) {
    // No orphan: a file whose question was not stored is removed again.
    if (attachmentId !== null) await removeAttachment(payload, attachmentId)
    throw err
  }
  if (input.email) await sendConfirmation(payload, { to: input.email, name: input.name, title: input.title, created })

  const target = `${SENT_PATH}?ma=${encodeURIComponent(created.trackingCode)}&khoa=${encodeURIComponent(created.trackingKey)}`
  const headers = new Headers({ 'Cache-Control': 'no-store' })
  for (const cookie of clearFlashCookies(isSecure(request))) headers.append('Set-Cookie', cookie)
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

type Stored = { ok: true; id: number | string } | { ok: false; status: number; error: string }

/**
 * Stores the checked attachment as the anonymous visitor; the private-files collection allows it
 * only with the publicSubmission context, and checks the content again. A refusal there (a 4xx
 * with a Vietnamese message) becomes the attachment field's message.
 */
async function storeAttachment(payload: Payload, file: CheckedAttachment): Promise<Stored> {
  try {
    const doc = await payload.create({
      collection: PRIVATE_FILES_SLUG,
      overrideAccess: false,
      user: null,
      context: { publicSubmission: true },
      depth: 0,
      data: { originalName: file.originalName },
      file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.size },
    })
    return { ok: true, id: doc.id }
  } catch (err) {
    const status = (err as { status?: number }).status ?? 500
    // A refusal of the file (4xx) or a full disk (507): the visitor is told, nothing is kept.
    if ((status >= 400 && status < 500) || status === 507) {
      return { ok: false, status, error: (err as Error).message || 'Tệp đính kèm không được chấp nhận.' }
    }
    throw err
  }
}

async function removeAttachment(payload: Payload, id: number | string): Promise<void> {
  try {
    // Clean-up after a failed submission: the visitor may not delete files, the system does.
    await payload.delete({ collection: PRIVATE_FILES_SLUG, id, overrideAccess: true })
  } catch (err) {
    payload.logger.error({ err }, `Could not remove the orphaned private file ${String(id)}`)
  }
}

/** The request body, or null when it is longer than `max` bytes (reading stops there). */
async function readCapped(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > max) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const all = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.byteLength
  }
  return all
}
