import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Dialogue, DialogueComment } from '@/payload-types'
import { summaryPdf } from '@/modules/dialogue/export/pdf'
import { summaryXlsx } from '@/modules/dialogue/export/xlsx'
import { flagComment } from '@/modules/dialogue/server/flag-comment'
import { dialoguePhaseChanged } from '@/modules/dialogue/server/phase-change-task'
import { buildSummary } from '@/modules/dialogue/server/summary'
import { submitComment, type SubmitResult } from '@/modules/dialogue/server/submit-comment'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import { startMailServer, type TestMailServer } from '../helpers/mail'
import { as, createOrg, expectForbidden, peek, rejectionOf, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { commentForm, headersFrom, pdfTexts, readXlsx } from './dialogue-helpers'

/** The policy–law dialogue: comments from the public form to the published summary table. */

let t: TestPayload
let org: Org
let mail: TestMailServer
let ip = 0
const nextIp = () => `10.0.0.${++ip}`
const DAY = 24 * 60 * 60 * 1000
const publish: { context: WorkflowContext } = { context: { systemAction: { action: 'publish', byName: 'Kiểm thử' } } }

const DRAFT = [
  'Dự thảo Nghị quyết quy định mức hỗ trợ học phí',
  'Điều 1. Phạm vi điều chỉnh',
  'Nghị quyết này quy định mức hỗ trợ học phí cho học sinh trên địa bàn tỉnh.',
  'Điều 2. Đối tượng áp dụng',
  'Học sinh trung học cơ sở, trung học phổ thông.',
].join('\n')

async function makeDialogue(title: string, opts: { closesInDays?: number; kind?: string } = {}): Promise<Dialogue> {
  const now = Date.now()
  return t.payload.create({
    collection: 'dialogues',
    data: {
      title,
      kind: (opts.kind ?? 'lay-y-kien') as Dialogue['kind'],
      opensAt: new Date(now - DAY).toISOString(),
      closesAt: new Date(now + (opts.closesInDays ?? 14) * DAY).toISOString(),
      unit: org.unitA.id,
      importText: DRAFT,
    } as Partial<Dialogue> as Dialogue,
    ...publish,
  })
}

async function submit(dialogue: Dialogue, values: Parameters<typeof commentForm>[0] = {}): Promise<SubmitResult> {
  return submitComment(t.payload, { slug: dialogue.slug!, form: commentForm(values), headers: headersFrom(nextIp()) })
}

async function submitted(dialogue: Dialogue, values: Parameters<typeof commentForm>[0] = {}): Promise<DialogueComment> {
  const result = await submit(dialogue, values)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return (await peek(t.payload, 'dialogue-comments', result.id)) as DialogueComment
}

const moderate = (id: number, data: Partial<DialogueComment>, actor: Parameters<typeof as>[1] = 'editor') =>
  t.payload.update({ collection: 'dialogue-comments', id, data, depth: 0, ...as(org, actor) })

const closeNow = (d: Dialogue) =>
  t.payload.update({
    collection: 'dialogues',
    id: d.id,
    data: { closesAt: new Date(Date.now() - 1000).toISOString() },
    ...as(org, 'editor'),
  })

beforeAll(async () => {
  mail = await startMailServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mail.port)
  process.env.POW_MAX_NUMBER = '50'
  t = await startTestPayload('dialogue')
  org = await createOrg(t.payload, 'dlg')
})

afterAll(async () => {
  await t?.close()
  await mail?.close()
})

describe('a dialogue', () => {
  it('splits a pasted draft into sections with anchors', async () => {
    const d = await makeDialogue('Lấy ý kiến dự thảo Nghị quyết học phí')
    expect(d.sections?.map((s) => s.key)).toEqual(['mo-dau', 'dieu-1', 'dieu-2'])
    expect(d.sections?.[1]?.heading).toBe('Điều 1. Phạm vi điều chỉnh')
  })

  it('cannot publish its summary before closing', async () => {
    const d = await makeDialogue('Dự thảo chưa đóng')
    const err = await rejectionOf(
      t.payload.update({ collection: 'dialogues', id: d.id, data: { summaryPublished: true }, ...as(org, 'editor') }),
    )
    expect(err.status).toBe(400)
    expect(err.message).toContain('Chỉ công bố bảng tổng hợp sau hạn chót')
  })
})

describe('the scheduler', () => {
  it('reports a public change when a dialogue closes by the clock', async () => {
    await dialoguePhaseChanged(t.payload, new Date())
    const d = await makeDialogue('Đóng theo giờ')
    const soon = new Date(Date.now() + 3000).toISOString()
    await t.payload.update({ collection: 'dialogues', id: d.id, data: { closesAt: soon }, ...as(org, 'editor') })
    expect(await dialoguePhaseChanged(t.payload, new Date())).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 3100))
    expect(await dialoguePhaseChanged(t.payload, new Date())).toBe(true)
    expect(await dialoguePhaseChanged(t.payload, new Date())).toBe(false)
  })
})

describe('a citizen comment', () => {
  it('is stored awaiting moderation, with initials and a confirmation e-mail', async () => {
    const d = await makeDialogue('Góp ý chính sách hỗ trợ nông dân')
    const c = await submitted(d, { section: 'dieu-1', email: 'nong.dan@example.vn' })
    expect(c).toMatchObject({
      status: 'cho-duyet',
      sectionKey: 'dieu-1',
      displayName: 'N.V.A.',
      number: 1,
      unit: org.unitA.id,
    })
    const [received] = await mail.waitFor((m) => m.recipients.includes('nong.dan@example.vn'))
    expect(received?.subject).toContain('Đã nhận góp ý')
    expect(received?.text).toContain('sau khi được kiểm duyệt')
  })

  it('keeps HTML as plain text', async () => {
    const d = await makeDialogue('Góp ý có thẻ HTML')
    const c = await submitted(d, { body: '<script>alert(1)</script> đề nghị bỏ Điều 2' })
    expect(c.body).toBe('<script>alert(1)</script> đề nghị bỏ Điều 2')
  })

  it('is refused with Vietnamese messages for bad input, a failed proof of work or a wrong section', async () => {
    const d = await makeDialogue('Góp ý sai dữ liệu')
    const bad = await submit(d, { email: 'sai-dia-chi', body: 'ngắn' })
    expect(bad).toMatchObject({ ok: false, status: 400 })
    expect(JSON.stringify(bad)).toContain('Thư điện tử không hợp lệ')
    const noPow = await submit(d, { pow: null })
    expect(noPow).toMatchObject({ ok: false, status: 400 })
    expect(JSON.stringify(noPow)).toContain('chống thư rác')
    expect(await submit(d, { section: 'dieu-99' })).toMatchObject({ ok: false, status: 400 })
    expect(await t.payload.count({ collection: 'dialogue-comments', where: { dialogue: { equals: d.id } } })).toEqual({
      totalDocs: 0,
    })
  })

  it('is refused with 429 when one address floods the form', async () => {
    const d = await makeDialogue('Góp ý dồn dập')
    const headers = headersFrom('10.9.9.9')
    const results: SubmitResult[] = []
    for (let i = 0; i < 11; i++) {
      results.push(
        await submitComment(t.payload, {
          slug: d.slug!,
          form: commentForm({ email: `nguoi${i}@example.vn` }),
          headers,
        }),
      )
    }
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true)
    expect(results[10]).toMatchObject({ ok: false, status: 429 })
  })

  it('is refused after closing time, and before opening', async () => {
    const d = await makeDialogue('Dự thảo đã hết hạn góp ý')
    await closeNow(d)
    const late = await submit(d)
    expect(late).toMatchObject({ ok: false, status: 409 })
    expect(JSON.stringify(late)).toContain('Đợt lấy ý kiến đã kết thúc')
  })

  it('cannot be created through the API without the public form', async () => {
    const d = await makeDialogue('Góp ý không qua biểu mẫu')
    await expectForbidden(
      t.payload.create({
        collection: 'dialogue-comments',
        data: { dialogue: d.id, authorName: 'Kẻ gian', body: 'Bỏ qua chống thư rác', status: 'da-dang' },
        overrideAccess: false,
      }),
    )
  })
})

describe('the form post route', () => {
  // Imported late: the route reaches the Payload config, which reads DATABASE_URL when first loaded.
  const post = async (form: FormData, accept = 'text/html', ipAddress = nextIp()) =>
    (await import('@/modules/dialogue/server/post-handlers')).handleCommentPost(
      new Request('http://localhost/api/doi-thoai/gop-y', {
        method: 'POST',
        body: form,
        headers: { accept, 'x-real-ip': ipAddress },
      }),
    )

  it('redirects (303) to the confirmation page after a valid comment', async () => {
    const d = await makeDialogue('Biểu mẫu góp ý hợp lệ')
    const form = commentForm({})
    form.set('doi-thoai', d.slug!)
    const response = await post(form)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/doi-thoai/${d.slug}/da-gui`)
  })

  it('answers bad input with a 400 page that keeps the text, escaped', async () => {
    const d = await makeDialogue('Biểu mẫu góp ý sai')
    const form = commentForm({ email: 'sai', body: '<img src=x onerror=alert(1)> góp ý' })
    form.set('doi-thoai', d.slug!)
    const response = await post(form)
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('Thư điện tử không hợp lệ')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; góp ý')
    expect(html).not.toContain('<img')
    const json = await post(form, 'application/json')
    expect(json.status).toBe(400)
    expect(await json.json()).toEqual({ errors: [{ message: 'Thư điện tử không hợp lệ (ví dụ: ten@example.vn).' }] })
  })

  it('answers a comment after closing with 409 and a Vietnamese message', async () => {
    const d = await makeDialogue('Biểu mẫu sau hạn')
    await closeNow(d)
    const form = commentForm({})
    form.set('doi-thoai', d.slug!)
    const response = await post(form)
    expect(response.status).toBe(409)
    expect(await response.text()).toContain('Đợt lấy ý kiến đã kết thúc')
  })
})

describe('moderation, flags and decisions', () => {
  it('publishes a comment for everyone without its personal data', async () => {
    const d = await makeDialogue('Duyệt góp ý')
    const c = await submitted(d, { phone: '0912345678' })
    const anon = () =>
      t.payload.find({ collection: 'dialogue-comments', where: { dialogue: { equals: d.id } }, overrideAccess: false })
    expect((await anon()).docs).toHaveLength(0)
    await moderate(c.id, { status: 'da-dang' })
    const [visible] = (await anon()).docs
    expect(visible?.body).toBe(c.body)
    // Payload answers an unreadable array as [], never with its rows.
    expect(visible?.flags ?? []).toEqual([])
    for (const field of ['authorName', 'email', 'phone', 'flagCount', 'ipHash', 'contactHash', 'rejectReason']) {
      expect(visible).not.toHaveProperty(field)
    }
    expect(JSON.stringify(visible)).not.toContain('0912345678')
  })

  it('requires a reason to reject', async () => {
    const d = await makeDialogue('Từ chối góp ý')
    const c = await submitted(d)
    expect((await rejectionOf(moderate(c.id, { status: 'tu-choi' }))).message).toContain('lý do từ chối')
    expect((await moderate(c.id, { status: 'tu-choi', rejectReason: 'Nội dung quảng cáo' })).status).toBe('tu-choi')
  })

  it('gives each role its rights', async () => {
    const d = await makeDialogue('Quyền trên góp ý')
    const c = await submitted(d, { email: 'an@example.vn' })
    // Experts and inspectors read, including contact data only when they handle it; they change nothing.
    for (const actor of ['expert', 'viewer'] as const) {
      const read = await t.payload.findByID({ collection: 'dialogue-comments', id: c.id, ...as(org, actor) })
      expect(read.body).toBe(c.body)
      await expectForbidden(moderate(c.id, { status: 'da-dang' }, actor))
    }
    // A contributor of another unit neither sees the pending comment nor changes it.
    const other = await t.payload.find({
      collection: 'dialogue-comments',
      where: { id: { equals: c.id } },
      user: org.contributorB,
      overrideAccess: false,
    })
    expect(other.docs).toHaveLength(0)
    await expectForbidden(
      t.payload.update({
        collection: 'dialogue-comments',
        id: c.id,
        data: { decision: 'tiep-thu' },
        user: org.contributorB,
        overrideAccess: false,
      }),
    )
    // The organising unit's contributor cannot moderate (the field is kept as it was).
    const tried = await moderate(c.id, { status: 'da-dang' }, 'contributor')
    expect(tried.status).toBe('cho-duyet')
    // Contact data: only the editorial board, and each look is written to the privacy audit trail.
    for (const actor of ['expert', 'viewer', 'contributor'] as const) {
      const read = await t.payload.findByID({ collection: 'dialogue-comments', id: c.id, ...as(org, actor) })
      expect(read).not.toHaveProperty('email')
      expect(read).not.toHaveProperty('authorName')
    }
    for (const actor of ['admin', 'editor-in-chief', 'editor'] as const) {
      const read = await t.payload.findByID({ collection: 'dialogue-comments', id: c.id, ...as(org, actor) })
      expect(read.email).toBe('an@example.vn')
    }
    const audit = await t.payload.find({
      collection: 'privacy-audit',
      where: { and: [{ targetCollection: { equals: 'dialogue-comments' } }, { documentId: { equals: String(c.id) } }] },
    })
    const views = audit.docs.filter((d) => d.action === 'view').map((d) => d.userName)
    expect(views.sort()).toEqual(
      ['admin', 'editor', 'editor-in-chief'].map((r) => `Người dùng ${r}-dlg <${r}-dlg@example.vn>`).sort(),
    )
    // The contributor's attempted moderation changed no contact data, so no 'update' entry.
    expect(audit.docs.filter((d) => d.action === 'update')).toEqual([])
    await expectForbidden(t.payload.delete({ collection: 'dialogue-comments', id: c.id, ...as(org, 'contributor') }))
  })

  it('sends a published comment back to moderation after enough reader flags', async () => {
    const d = await makeDialogue('Báo cáo vi phạm')
    const c = await submitted(d)
    await moderate(c.id, { status: 'da-dang' })
    const headers = headersFrom('10.8.8.1')
    expect(await flagComment(t.payload, { commentId: String(c.id), reason: 'quang-cao', headers })).toMatchObject({
      ok: true,
    })
    // The same address twice counts once.
    await flagComment(t.payload, { commentId: String(c.id), reason: 'quang-cao', headers })
    expect((await peek(t.payload, 'dialogue-comments', c.id))?.flagCount).toBe(1)
    expect(
      await flagComment(t.payload, { commentId: String(c.id), reason: 'khong-co', headers: headersFrom('10.8.8.9') }),
    ).toMatchObject({
      ok: false,
      status: 400,
    })
    await flagComment(t.payload, { commentId: String(c.id), reason: 'xuc-pham', headers: headersFrom('10.8.8.2') })
    await flagComment(t.payload, { commentId: String(c.id), reason: 'khac', headers: headersFrom('10.8.8.3') })
    const after = await peek(t.payload, 'dialogue-comments', c.id)
    expect(after).toMatchObject({ flagCount: 3, status: 'cho-duyet' })
    expect(after?.flags?.map((f) => f.reason)).toEqual(['quang-cao', 'xuc-pham', 'khac'])
    // Hidden now, so it can no longer be flagged.
    expect(
      await flagComment(t.payload, { commentId: String(c.id), reason: 'khac', headers: headersFrom('10.8.8.4') }),
    ).toMatchObject({
      ok: false,
      status: 404,
    })
  })

  it('records decisions only after closing, with a reason unless fully accepted', async () => {
    const d = await makeDialogue('Quyết định tiếp thu')
    const c = await submitted(d)
    await moderate(c.id, { status: 'da-dang' })
    const early = await rejectionOf(moderate(c.id, { decision: 'tiep-thu' }, 'contributor'))
    expect(early.message).toContain('sau khi kết thúc lấy ý kiến')
    await closeNow(d)
    expect((await rejectionOf(moderate(c.id, { decision: 'giai-trinh' }, 'contributor'))).message).toContain(
      'Hãy ghi lý do',
    )
    const done = await moderate(
      c.id,
      { decision: 'giai-trinh', decisionReason: 'Đã quy định tại Luật Giáo dục.' },
      'contributor',
    )
    expect(done).toMatchObject({ decision: 'giai-trinh', status: 'da-dang' })
  })
})

describe('the summary table', () => {
  it('is exported to XLSX and PDF without personal data', async () => {
    const d = await makeDialogue('Tổng hợp tiếp thu Nghị quyết học phí')
    const a = await submitted(d, {
      name: 'Trần Thị Bích',
      email: 'bich@example.vn',
      phone: '0987654321',
      section: 'dieu-2',
      body: 'Đề nghị mở rộng đối tượng sang học sinh tiểu học.',
    })
    const b = await submitted(d, {
      name: 'Lê Văn Cường',
      email: 'cuong@example.vn',
      body: 'Cần quy định rõ thời điểm áp dụng mức hỗ trợ.',
    })
    const spam = await submitted(d, { body: 'Quảng cáo vay tiền nhanh lãi suất thấp' })
    await moderate(a.id, { status: 'da-dang' })
    await moderate(b.id, { status: 'da-dang' })
    await moderate(spam.id, { status: 'tu-choi', rejectReason: 'Quảng cáo' })
    await closeNow(d)
    await moderate(a.id, { decision: 'tiep-thu-mot-phan', decisionReason: 'Bổ sung học sinh tiểu học vùng khó khăn.' })
    await moderate(b.id, { decision: 'tiep-thu' })
    const published = await t.payload.update({
      collection: 'dialogues',
      id: d.id,
      data: { summaryPublished: true, closingSummary: 'Đã nhận 2 ý kiến.' },
      depth: 1,
      ...as(org, 'editor'),
    })

    const summary = await buildSummary(t.payload, published, null)
    expect(summary.rows.map((r) => [r.section, r.author, r.decision])).toEqual([
      ['Toàn văn dự thảo', 'L.V.C.', 'Tiếp thu'],
      ['Điều 2. Đối tượng áp dụng', 'T.T.B.', 'Tiếp thu một phần'],
    ])
    expect(summary.counts.map((c) => c.count)).toEqual([1, 1, 0, 0])

    const rows = readXlsx(summaryXlsx(summary))
    expect(rows[0]?.[0]).toBe('Bảng tổng hợp tiếp thu, giải trình ý kiến: Tổng hợp tiếp thu Nghị quyết học phí')
    expect(rows[3]).toEqual([
      'STT',
      'Điều, mục',
      'Người góp ý',
      'Nội dung góp ý',
      'Kết quả',
      'Nội dung tiếp thu, giải trình',
    ])
    expect(rows[5]).toEqual([
      '2',
      'Điều 2. Đối tượng áp dụng',
      'T.T.B.',
      'Đề nghị mở rộng đối tượng sang học sinh tiểu học.',
      'Tiếp thu một phần',
      'Bổ sung học sinh tiểu học vùng khó khăn.',
    ])
    const pdf = await summaryPdf(summary)
    expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-')
    const texts = pdfTexts(pdf).join('\n')
    expect(texts).toContain('Đề nghị mở rộng đối tượng sang học sinh tiểu học.')
    expect(texts).toContain('Tiếp thu một phần')
    expect(texts).toContain('BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH')

    const everything = JSON.stringify(rows) + texts
    for (const secret of ['Trần Thị Bích', 'bich@example.vn', '0987654321', 'cuong@example.vn', 'Quảng cáo vay tiền']) {
      expect(everything).not.toContain(secret)
    }
  })
})
