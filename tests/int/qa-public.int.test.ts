import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Question } from '@/payload-types'
import { createOrg, richText, VIETNAMESE, type Org } from '../helpers/fixtures'
import { startMailServer, type TestMailServer } from '../helpers/mail'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The public side of the Q&A module through its real handlers and server functions: the ask form
 * (validation, anti-spam, storage), suggestions, tracking, and public reading without personal data.
 */

// Low proof-of-work difficulty and small limits, read by the modules when they load.
process.env.POW_MAX_NUMBER = '200'
process.env.SUBMISSION_LIMIT_PER_IP_HOUR = '4'
process.env.SUBMISSION_LIMIT_PER_CONTACT_DAY = '3'
process.env.QA_SUGGEST_RATE_LIMIT = '6'

let t: TestPayload
let mail: TestMailServer
const savedSmtp = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT }
let payload: Payload
let org: Org
let fieldId: number
let areaId: number
let mod: {
  submit: typeof import('@/modules/qa/public/submit-question')
  suggest: typeof import('@/modules/qa/public/suggest-route')
  flash: typeof import('@/modules/qa/public/form-flash')
  tracked: typeof import('@/modules/qa/server/find-tracked-question')
  view: typeof import('@/modules/qa/public/tracking-view')
  page: typeof import('@/modules/qa/public/get-question')
  list: typeof import('@/modules/qa/public/find-questions')
  count: typeof import('@/modules/qa/public/count-view')
  antispam: typeof import('@/shared/antispam')
}

let ipCounter = 0
const freshIp = () => `10.9.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`

const GOOD = {
  name: 'Nguyễn Thị Lan',
  email: 'lan.nguyen@example.vn',
  phone: '',
  title: 'Người lao động nghỉ việc có được thanh toán tiền phép năm chưa nghỉ không?',
  body: 'Tôi làm việc cho một công ty ở Tân An được ba năm, nay nghỉ việc thì công ty có phải thanh toán những ngày phép năm tôi chưa nghỉ không?',
  consent: 'on',
}

function powValue(): string {
  const { createChallenge, solveChallenge, encodeSolution } = mod.antispam
  const solution = solveChallenge(createChallenge())
  if (!solution) throw new Error('no PoW solution')
  return encodeSolution(solution)
}

async function post(
  fields: Record<string, string>,
  options: { ip?: string; json?: boolean; pow?: string | null } = {},
): Promise<Response> {
  const form = new FormData()
  const all: Record<string, string> = { field: String(fieldId), area: String(areaId), ...fields }
  for (const [k, v] of Object.entries(all)) form.set(k, v)
  const pow = options.pow === undefined ? powValue() : options.pow
  if (pow !== null) form.set('altcha', pow)
  const request = new Request('http://localhost:3000/api/hoi-dap/gui-cau-hoi', {
    method: 'POST',
    body: form,
    headers: {
      Accept: options.json === false ? 'text/html' : 'application/json',
      'x-real-ip': options.ip ?? freshIp(),
    },
  })
  return mod.submit.handleAskPost(request, payload)
}

const countQuestions = async () => (await payload.count({ collection: 'questions', overrideAccess: true })).totalDocs

/** Takes a new question through accept → answer → publish as the editor. */
async function publish(id: number, answer: string): Promise<Question> {
  const as = { user: org.users.editor, overrideAccess: false, depth: 0 } as const
  await payload.update({ collection: 'questions', id, data: { qaAction: 'accept' } as never, ...as })
  await payload.update({
    collection: 'questions',
    id,
    data: { qaAction: 'answer', answer: richText(answer) } as never,
    ...as,
  })
  return (await payload.update({
    collection: 'questions',
    id,
    data: { qaAction: 'publish' } as never,
    ...as,
  })) as Question
}

beforeAll(async () => {
  mail = await startMailServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mail.port)
  t = await startTestPayload('qa-public')
  payload = t.payload
  org = await createOrg(payload, 'qa')
  fieldId = (await payload.create({ collection: 'legal-fields', data: { title: 'Lao động', slug: 'lao-dong' } })).id
  areaId = (
    await payload.create({ collection: 'areas', data: { title: 'Phường 1', slug: 'phuong-1', district: 'Tân An' } })
  ).id
  mod = {
    submit: await import('@/modules/qa/public/submit-question'),
    suggest: await import('@/modules/qa/public/suggest-route'),
    flash: await import('@/modules/qa/public/form-flash'),
    tracked: await import('@/modules/qa/server/find-tracked-question'),
    view: await import('@/modules/qa/public/tracking-view'),
    page: await import('@/modules/qa/public/get-question'),
    list: await import('@/modules/qa/public/find-questions'),
    count: await import('@/modules/qa/public/count-view'),
    antispam: await import('@/shared/antispam'),
  }
})

afterAll(async () => {
  await t?.close()
  await mail?.close()
  for (const [key, value] of [
    ['SMTP_HOST', savedSmtp.host],
    ['SMTP_PORT', savedSmtp.port],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

describe('the ask form handler', () => {
  it('stores a valid question and answers with the result page of its tracking code', async () => {
    const before = await countQuestions()
    const res = await post(GOOD)
    expect(res.status).toBe(200)
    const reply = (await res.json()) as { redirect: string; trackingCode: string }
    expect(reply.redirect).toMatch(/^\/hoi-dap\/gui-cau-hoi\/da-gui\?ma=HD-\d{4}-[0-9A-Z]{6}&khoa=[\w-]{16,}$/)
    expect(await countQuestions()).toBe(before + 1)
    const stored = await payload.find({
      collection: 'questions',
      where: { trackingCode: { equals: reply.trackingCode } },
      overrideAccess: true,
    })
    const q = stored.docs[0] as Question
    expect(q.status).toBe('new')
    expect(q.title).toBe(GOOD.title)
    expect(q.asker?.email).toBe(GOOD.email)
    expect(q.asker?.consentAt).toBeTruthy()
    const [sent] = await mail.waitFor((m) => m.recipients.includes(GOOD.email) && m.text.includes(reply.trackingCode))
    expect(sent?.subject).toBe(`Đã nhận câu hỏi ${reply.trackingCode}`)
    const key = new URL(reply.redirect, 'http://x').searchParams.get('khoa') ?? ''
    expect(sent?.text).toContain(`/hoi-dap/tra-cuu?ma=${reply.trackingCode}&khoa=${key}`)
    // Through the outbox: the mail is stored with the question's reference, so a failure is retried.
    const queued = await payload.find({
      collection: 'outbox-mails',
      where: { ref: { equals: `questions:${q.id}` } },
      overrideAccess: true,
    })
    expect(queued.docs[0]).toMatchObject({ kind: 'qa-confirmation', status: 'sent' })
  })

  it('answers a plain form post with 303 to the result page', async () => {
    const res = await post(GOOD, { json: false })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/^\/hoi-dap\/gui-cau-hoi\/da-gui\?ma=HD-/)
  })

  it('keeps HTML in the question text as plain text', async () => {
    const body = `${GOOD.body} <script>alert("x")</script> <b>đậm</b>`
    const res = await post({ ...GOOD, email: 'html@example.vn', body })
    expect(res.status).toBe(200)
    const { trackingCode } = (await res.json()) as { trackingCode: string }
    const stored = await payload.find({
      collection: 'questions',
      where: { trackingCode: { equals: trackingCode } },
      overrideAccess: true,
    })
    expect(stored.docs[0]?.body).toBe(body)
  })

  const BAD: Array<[string, Record<string, string>, string]> = [
    ['an empty name', { name: '  ' }, 'name'],
    ['no contact at all', { email: '', phone: '' }, 'email'],
    ['a malformed email', { email: 'lan@@example' }, 'email'],
    ['a malformed phone', { email: '', phone: '0612 34' }, 'phone'],
    ['an empty title', { title: '' }, 'title'],
    ['an oversized title', { title: 'Hỏi '.repeat(80) }, 'title'],
    ['a too short body', { body: 'Hỏi chút' }, 'body'],
    ['an oversized body', { body: 'Nội dung dài. '.repeat(400) }, 'body'],
    ['a missing consent', { consent: '' }, 'consent'],
    ['an unknown legal field', { field: '999999' }, 'field'],
    ['a malformed area', { area: 'abc' }, 'area'],
    ['markup in the title', { title: 'Câu hỏi <script>alert(1)</script> về lao động' }, 'title'],
  ]
  it.each(BAD)(
    'refuses %s with 400, a Vietnamese message on that field, and stores nothing',
    async (_, change, field) => {
      const before = await countQuestions()
      const res = await post({ ...GOOD, ...change })
      expect(res.status).toBe(400)
      const reply = (await res.json()) as { errors: Record<string, string> }
      expect(reply.errors[field]).toMatch(VIETNAMESE)
      expect(await countQuestions()).toBe(before)
    },
  )

  it('sends a plain form back to the form with the messages and typed values in its flash cookie', async () => {
    const res = await post({ ...GOOD, email: 'sai-dia-chi', body: 'ngắn' }, { json: false })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/hoi-dap/gui-cau-hoi')
    const jar = new Map(
      res.headers.getSetCookie().map((c) => {
        const [pair = ''] = c.split(';')
        const at = pair.indexOf('=')
        return [pair.slice(0, at), pair.slice(at + 1)] as const
      }),
    )
    const flash = mod.flash.readFlash((name) => jar.get(name) || undefined)
    expect(flash?.values.title).toBe(GOOD.title)
    expect(flash?.values.email).toBe('sai-dia-chi')
    expect(flash?.errors.email).toMatch(/không hợp lệ/)
    expect(flash?.errors.body).toMatch(/quá ngắn/)
  })

  it('refuses a body that cannot be read as a form with 400', async () => {
    const request = new Request('http://localhost:3000/api/hoi-dap/gui-cau-hoi', {
      method: 'POST',
      body: '{"not":"a form"}',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x', Accept: 'application/json' },
    })
    const res = await mod.submit.handleAskPost(request, payload)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toMatch(VIETNAMESE)
  })

  it('refuses a missing or reused proof of work and a filled honeypot with 400', async () => {
    const before = await countQuestions()
    const missing = await post({ ...GOOD, email: 'pow@example.vn' }, { pow: null })
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as { error: string }).error).toMatch(/chống thư rác/)
    const honeypot = await post({ ...GOOD, email: 'bot@example.vn', website: 'http://spam.example' })
    expect(honeypot.status).toBe(400)
    const pow = powValue()
    expect((await post({ ...GOOD, email: 'once@example.vn' }, { pow })).status).toBe(200)
    const replay = await post({ ...GOOD, email: 'twice@example.vn' }, { pow })
    expect(replay.status).toBe(400)
    expect(await countQuestions()).toBe(before + 1)
  })

  it('limits questions per address with 429 and a wait time', async () => {
    const ip = freshIp()
    for (let i = 0; i < 4; i++) expect((await post({ ...GOOD, email: `ip${i}@example.vn` }, { ip })).status).toBe(200)
    const before = await countQuestions()
    const res = await post({ ...GOOD, email: 'ip5@example.vn' }, { ip })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await res.json()) as { error: string }).error).toMatch(/quá nhiều lần/)
    expect(await countQuestions()).toBe(before)
  })

  it('limits questions per contact across addresses', async () => {
    for (let i = 0; i < 3; i++) expect((await post({ ...GOOD, email: 'cung-mot-nguoi@example.vn' })).status).toBe(200)
    expect((await post({ ...GOOD, email: 'CUNG-MOT-NGUOI@example.vn' })).status).toBe(429)
  })
})

describe('tracking and public reading', () => {
  let code: string
  let key: string
  let published: Question

  beforeAll(async () => {
    const res = await post({ ...GOOD, name: 'Phạm Văn Riêng', email: 'rieng.tu@example.vn', phone: '0912 345 678' })
    const reply = (await res.json()) as { redirect: string; trackingCode: string }
    code = reply.trackingCode
    key = new URL(reply.redirect, 'http://x').searchParams.get('khoa') ?? ''
    const stored = await payload.find({
      collection: 'questions',
      where: { trackingCode: { equals: code } },
      overrideAccess: true,
    })
    published = await publish(
      stored.docs[0]!.id,
      'Theo khoản 3 Điều 113 Bộ luật Lao động, người lao động thôi việc được thanh toán tiền lương những ngày phép năm chưa nghỉ.',
    )
  })

  it('shows the status behind the right code and key, and nothing for a wrong key or code', async () => {
    const found = await mod.tracked.findTrackedQuestion(payload, code.toLowerCase(), key)
    expect(found?.id).toBe(published.id)
    const view = mod.view.trackingView(found!)
    expect(view.steps.at(-1)).toMatchObject({
      label: 'Đã trả lời',
      state: 'done',
      link: { href: `/hoi-dap/${published.slug}` },
    })
    expect(await mod.tracked.findTrackedQuestion(payload, code, `${key.slice(0, -2)}xx`)).toBeNull()
    expect(await mod.tracked.findTrackedQuestion(payload, 'HD-0000-AAAAAA', key)).toBeNull()
    expect(await mod.tracked.findTrackedQuestion(payload, '<script>', '')).toBeNull()
  })

  it('never puts the asker’s personal data on the tracking view, the question page or the list', async () => {
    const found = await mod.tracked.findTrackedQuestion(payload, code, key)
    const pageData = await mod.page.getQuestionPage(payload, published.slug!)
    const listData = await mod.list.findQuestionList(payload, {
      field: null,
      audience: null,
      query: null,
      sort: 'moi-nhat',
      page: 1,
    })
    const searched = await mod.list.findQuestionList(payload, {
      field: 'lao-dong',
      audience: null,
      query: 'phép năm',
      sort: 'moi-nhat',
      page: 1,
    })
    expect(pageData?.question.title).toBe(published.title)
    expect(searched?.list.docs.map((d) => d.id)).toContain(published.id)
    for (const shown of [mod.view.trackingView(found!), found, pageData, listData]) {
      const text = JSON.stringify(shown)
      for (const secret of ['Phạm Văn Riêng', 'rieng.tu@example.vn', '0912345678', 'trackingKeyHash', 'ipHash']) {
        expect(text).not.toContain(secret)
      }
    }
  })

  it('shows only published questions to visitors', async () => {
    const res = await post({ ...GOOD, email: 'chua-cong-bo@example.vn' })
    const { trackingCode } = (await res.json()) as { trackingCode: string }
    const visible = await payload.find({
      collection: 'questions',
      where: { trackingCode: { equals: trackingCode } },
      overrideAccess: false,
      user: null,
    })
    expect(visible.totalDocs).toBe(0)
  })

  it('counts a view of a published question and refuses bad or unknown ids', async () => {
    const beacon = (body: string) =>
      mod.count.countQuestionView(
        new Request('http://localhost/api/hoi-dap/luot-xem', {
          method: 'POST',
          body,
          headers: { 'x-real-ip': freshIp() },
        }),
        payload,
      )
    expect((await beacon(JSON.stringify({ id: published.id }))).status).toBe(204)
    const after = await payload.findByID({ collection: 'questions', id: published.id, overrideAccess: true })
    expect(after.viewCount).toBe((published.viewCount ?? 0) + 1)
    expect((await beacon('not json')).status).toBe(400)
    expect((await beacon(JSON.stringify({ id: 'x' }))).status).toBe(400)
    expect((await beacon(JSON.stringify({ id: 987654 }))).status).toBe(404)
  })

  it('suggests the published question for a similar text, and never errors on odd input', async () => {
    const ask = (q: string | null, ip = '10.200.0.1') =>
      mod.suggest.suggestionsResponse(
        new Request(`http://localhost/api/hoi-dap/goi-y${q === null ? '' : `?q=${encodeURIComponent(q)}`}`, {
          headers: { 'x-real-ip': ip },
        }),
      )
    const res = await ask('nghỉ việc có được thanh toán tiền phép năm')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { questions: Array<{ url: string }>; articles: unknown[] }
    expect(body.questions.map((q) => q.url)).toContain(`/hoi-dap/${published.slug}`)
    for (const odd of [null, '', 'ab', '\u0000<script>"', 'đất '.repeat(3000)]) {
      const r = await ask(odd, '10.200.0.2')
      expect(r.status).toBe(200)
      expect(await r.json()).toMatchObject({ questions: expect.any(Array), articles: expect.any(Array) })
    }
  })

  it('rate-limits suggestions per address with a Vietnamese 429', async () => {
    const ask = () =>
      mod.suggest.suggestionsResponse(
        new Request('http://localhost/api/hoi-dap/goi-y?q=a', { headers: { 'x-real-ip': '10.201.0.1' } }),
      )
    for (let i = 0; i < 6; i++) expect((await ask()).status).toBe(200)
    const limited = await ask()
    expect(limited.status).toBe(429)
    expect(((await limited.json()) as { error: string }).error).toMatch(VIETNAMESE)
  })
})
