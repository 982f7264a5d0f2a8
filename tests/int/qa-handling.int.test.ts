import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LegalDocument, Question } from '@/payload-types'
import { scanLegalBasis } from '@/modules/qa/server/scan-legal-basis'
import { findQaQueue } from '@/modules/qa/server/find-qa-queue'
import { createPublicQuestion } from '@/modules/qa/server/create-question'
import { findTrackedQuestion } from '@/modules/qa/server/find-tracked-question'
import {
  as,
  createOrg,
  createUser,
  expectForbidden,
  rejectionOf,
  richText,
  type Actor,
  type Org,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import type { User } from '@/payload-types'

/** Handling a citizen's question: moderation, assignment, deadlines, answers, approval, flags, erasure. */

let t: TestPayload
let org: Org
let expertB: User

beforeAll(async () => {
  t = await startTestPayload('qa-handling')
  org = await createOrg(t.payload, 'qa-handling')
  // The fixture expert belongs to no unit; a second expert works in unit B.
  expertB = await createUser(t.payload, 'expert-b-qa-handling', 'expert', org.unitB.id)
})
afterAll(async () => {
  await t?.close()
})

type Data = Record<string, unknown>
const options = (actor: Actor | User, now?: string) => ({
  depth: 0,
  ...(typeof actor === 'string' ? as(org, actor) : { user: actor, overrideAccess: false as const }),
  ...(now ? { context: { qaNow: now } } : {}),
})

function letter(title: string, data: Data = {}): Promise<Question> {
  return t.payload.create({
    collection: 'questions',
    data: { title, body: `Nội dung: ${title}`, asker: { name: 'Lê Văn Cường', email: 'cuong@example.vn' }, ...data },
    ...options('editor'),
  })
}

function act(actor: Actor | User, id: number, data: Data, now?: string): Promise<Question> {
  return t.payload.update({ collection: 'questions', id, data: data as never, ...options(actor, now) })
}

async function stored(id: number): Promise<Question> {
  return t.payload.findByID({ collection: 'questions', id, depth: 0, overrideAccess: true })
}

let docSeq = 0
function legalDocument(): Promise<LegalDocument> {
  docSeq += 1
  return t.payload.create({
    collection: 'legal-documents',
    data: {
      number: `${docSeq}/2024/QĐ-UBND`,
      type: 'quyet-dinh',
      title: `Quyết định về đất đai số ${docSeq}`,
      issuer: 'Ủy ban nhân dân tỉnh Long An',
      issuedAt: '2024-01-10T00:00:00.000Z',
    },
    depth: 0,
    overrideAccess: true,
    context: { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableRevalidate: true },
  })
}

describe('the whole lifecycle, with the deadline counted over Tết 2027', () => {
  let q: Question
  // Received Thursday 28/01/2027; Tết Đinh Mùi takes 05/02–11/02 (with two compensatory days).
  const receivedAt = '2027-01-28T03:00:00.000Z'
  const now = '2027-01-29T02:00:00.000Z'

  beforeAll(async () => {
    q = await letter('Thủ tục tách thửa đất nông nghiệp', { receivedAt })
  })

  it('accepting sets the due date 15 working days after receipt, skipping the Tết holidays', async () => {
    const accepted = await act('editor', q.id, { qaAction: 'accept' }, now)
    expect(accepted.status).toBe('accepted')
    // Without holidays this would be 18/02; Tết moves it to the end of Thursday 25/02/2027 (Vietnam time).
    expect(accepted.dueDate).toBe('2027-02-25T16:59:59.999Z')
  })

  it('assigning needs a unit or an expert, and an expert must have the expert role', async () => {
    const missing = await rejectionOf(act('editor', q.id, { qaAction: 'assign' }, now))
    expect(missing.status).toBe(400)
    expect(missing.message).toMatch(/đơn vị hoặc chuyên gia/)
    const notExpert = await rejectionOf(
      act('editor', q.id, { qaAction: 'assign', assignedExpert: org.users.editor.id }),
    )
    expect(notExpert.message).toMatch(/Chuyên gia pháp luật/)
    const assigned = await act('editor', q.id, { qaAction: 'assign', assignedExpert: org.users.expert.id }, now)
    expect(assigned.status).toBe('assigned')
    expect(assigned.assignedAt).toBe(now)
    expect(assigned.dueDate).toBe('2027-02-25T16:59:59.999Z')
  })

  it('the assigned expert drafts and submits an answer with a citation, but cannot publish it', async () => {
    const doc = await legalDocument()
    const draft = await act('expert', q.id, {
      answer: richText('Theo khoản 2 Điều 8, hộ gia đình được tách thửa khi đủ diện tích tối thiểu.'),
      citations: [{ document: doc.id, article: 'khoản 2 Điều 8' }],
    })
    expect(draft.status).toBe('assigned')
    expect(draft.citations?.[0]?.anchor).toBe('dieu-8-khoan-2')
    const answered = await act('expert', q.id, { qaAction: 'answer' }, '2027-02-15T02:00:00.000Z')
    expect(answered.status).toBe('answered')
    expect(answered.answeredBy).toBe(org.users.expert.id)
    // Once submitted the question is out of the expert's hands.
    await expectForbidden(act('expert', q.id, { qaAction: 'publish' }))
  })

  it('an editor returns the answer with a required note; the expert answers again', async () => {
    const noNote = await rejectionOf(act('editor', q.id, { qaAction: 'return' }))
    expect(noNote.status).toBe(403)
    expect(noNote.message).toMatch(/ghi ý kiến/)
    const returned = await act('editor', q.id, { qaAction: 'return', qaNote: 'Bổ sung diện tích tối thiểu của tỉnh.' })
    expect(returned.status).toBe('assigned')
    const again = await act('expert', q.id, {
      qaAction: 'answer',
      answer: richText('Diện tích tối thiểu để tách thửa đất nông nghiệp là 500 m² theo quyết định của tỉnh.'),
    })
    expect(again.status).toBe('answered')
  })

  it('an editor publishes: the public sees the question and answer, never the asker', async () => {
    const published = await act('editor', q.id, { qaAction: 'publish' }, '2027-02-16T02:00:00.000Z')
    expect(published.status).toBe('published')
    expect(published.publishedAt).toBe('2027-02-16T02:00:00.000Z')
    expect(published.approvedBy).toBe(org.users.editor.id)
    const seen = await t.payload.findByID({ collection: 'questions', id: q.id, ...options('anonymous') })
    expect(seen.answer).toBeTruthy()
    expect(seen.asker).toBeUndefined()
    expect(seen.originalBody).toBeUndefined()
    expect(seen.history ?? []).toEqual([])
    const history = (await stored(q.id)).history ?? []
    expect(history.map((row) => row.action)).toEqual([
      'save',
      'accept',
      'assign',
      'answer',
      'return',
      'answer',
      'publish',
    ])
    expect(history.find((row) => row.action === 'return')?.note).toBe('Bổ sung diện tích tối thiểu của tỉnh.')
  })

  it('a day off added in the site settings moves the default due date', async () => {
    await t.payload.updateGlobal({
      slug: 'site-settings',
      data: { extraDaysOff: [{ date: '12/02/2027', note: 'Nghỉ thêm dịp Tết' }] } as never,
      overrideAccess: true,
    })
    try {
      const other = await letter('Hỏi về thừa kế nhà đất', { receivedAt })
      const accepted = await act('editor', other.id, { qaAction: 'accept' }, now)
      expect(accepted.dueDate).toBe('2027-02-26T16:59:59.999Z')
    } finally {
      await t.payload.updateGlobal({ slug: 'site-settings', data: { extraDaysOff: [] } as never, overrideAccess: true })
    }
  })

  it('the editor may override the due date', async () => {
    const other = await letter('Hỏi về hợp đồng lao động', { receivedAt })
    const accepted = await act('editor', other.id, { qaAction: 'accept', dueDate: '2027-02-10T10:00:00.000Z' }, now)
    expect(accepted.dueDate).toBe('2027-02-10T10:00:00.000Z')
  })
})

describe('who may do what', () => {
  it('contributors, inspectors and anonymous callers cannot handle questions', async () => {
    const q = await letter('Câu hỏi để thử quyền')
    for (const actor of ['contributor', 'viewer', 'anonymous'] as const) {
      await expectForbidden(act(actor, q.id, { qaAction: 'accept' }))
    }
    expect((await stored(q.id)).status).toBe('new')
  })

  it('an expert cannot touch a question assigned to someone else, but a unit assignment reaches its experts', async () => {
    const q = await letter('Câu hỏi phân công cho đơn vị B')
    await act('editor', q.id, { qaAction: 'assign', assignedUnit: org.unitB.id })
    await expectForbidden(act('expert', q.id, { answer: richText('Không phải việc của tôi') }))
    const visible = await t.payload.find({
      collection: 'questions',
      where: { id: { equals: q.id } },
      ...options(expertB),
    })
    expect(visible.docs).toHaveLength(1)
    expect(visible.docs[0]?.asker).toBeUndefined()
    const answered = await act(expertB, q.id, { qaAction: 'answer', answer: richText('Trả lời của đơn vị B.') })
    expect(answered.status).toBe('answered')
  })

  it('an expert cannot rewrite the public wording or reassign', async () => {
    const q = await letter('Câu hỏi chuyên gia không được sửa tiêu đề')
    await act('editor', q.id, { qaAction: 'assign', assignedExpert: org.users.expert.id })
    await act('expert', q.id, { title: 'Tiêu đề do chuyên gia sửa', assignedExpert: expertB.id })
    const after = await stored(q.id)
    expect(after.title).toBe('Câu hỏi chuyên gia không được sửa tiêu đề')
    expect(after.assignedExpert).toBe(org.users.expert.id)
  })

  it('only the admin and the editor-in-chief delete questions', async () => {
    const q = await letter('Câu hỏi để thử xóa')
    await expectForbidden(t.payload.delete({ collection: 'questions', id: q.id, ...options('editor') }))
    await t.payload.delete({ collection: 'questions', id: q.id, ...options('editor-in-chief') })
  })

  it('an unknown action is refused with a Vietnamese message', async () => {
    const q = await letter('Câu hỏi thao tác lạ')
    const err = await rejectionOf(act('editor', q.id, { qaAction: 'teleport' }))
    expect(err.status).toBe(400)
    expect(err.message).toMatch(/không hợp lệ/)
  })
})

describe('rejecting and merging', () => {
  it('a rejection needs a reason, and a duplicate needs the original question', async () => {
    const original = await letter('Câu hỏi gốc về lệ phí trước bạ')
    const q = await letter('Câu hỏi về lệ phí trước bạ (gửi lại)')
    expect((await rejectionOf(act('editor', q.id, { qaAction: 'reject' }))).message).toMatch(/lý do từ chối/)
    const noTarget = await rejectionOf(act('editor', q.id, { qaAction: 'reject', rejectionReason: 'duplicate' }))
    expect(noTarget.message).toMatch(/câu hỏi bị trùng/)
    const rejected = await act('editor', q.id, {
      qaAction: 'reject',
      rejectionReason: 'duplicate',
      duplicateOf: original.id,
      rejectionNote: 'Trùng câu hỏi đã tiếp nhận.',
    })
    expect(rejected.status).toBe('rejected')
    const reopened = await act('editor', q.id, { qaAction: 'reopen' })
    expect(reopened.status).toBe('new')
    expect(reopened.rejectionReason).toBeNull()
  })

  it('merging points the asker to the other question and copies nothing personal', async () => {
    const target = await letter('Câu hỏi về bảo hiểm xã hội một lần')
    const dup = await createPublicQuestion(t.payload, {
      name: 'Phạm Thị Dung',
      email: 'dung@example.vn',
      title: 'Rút bảo hiểm xã hội một lần',
      body: 'Tôi muốn rút bảo hiểm xã hội một lần.',
      consent: true,
      ipHash: 'ip-merge',
      contactHash: 'contact-merge',
    })
    const self = await rejectionOf(act('editor', Number(dup.id), { qaAction: 'merge', duplicateOf: dup.id }))
    expect(self.message).toMatch(/chính nó/)
    const merged = await act('editor', Number(dup.id), { qaAction: 'merge', duplicateOf: target.id })
    expect(merged.status).toBe('merged')
    expect((await stored(target.id)).asker?.name).toBe('Lê Văn Cường')
    const tracked = await findTrackedQuestion(t.payload, dup.trackingCode, dup.trackingKey)
    expect(tracked?.status).toBe('merged')
    expect(tracked?.duplicateOf).toBeTruthy()
    // Nothing can be merged into a question that was itself merged away.
    const third = await letter('Câu hỏi thứ ba về bảo hiểm')
    const chained = await rejectionOf(act('editor', third.id, { qaAction: 'merge', duplicateOf: dup.id }))
    expect(chained.message).toMatch(/câu hỏi gốc/)
  })
})

describe('the legal-basis flag', () => {
  it('flags an answer whose cited document is repealed, until an editor marks it reviewed', async () => {
    await scanLegalBasis(t.payload, new Date()) // moves the watermark past earlier fixtures
    const cited = await legalDocument()
    const other = await legalDocument()
    const q = await letter('Câu hỏi trích dẫn quyết định sẽ bị bãi bỏ')
    await act('editor', q.id, { qaAction: 'assign', assignedExpert: org.users.expert.id })
    await act('expert', q.id, {
      qaAction: 'answer',
      answer: richText('Căn cứ Điều 3 của quyết định.'),
      citations: [{ document: cited.id, article: 'Điều 3' }],
    })
    await act('editor', q.id, { qaAction: 'publish' })
    const untouched = await letter('Câu hỏi không trích dẫn văn bản đó')
    expect(await scanLegalBasis(t.payload, new Date())).toBe(false)

    const repealer = await legalDocument()
    await t.payload.create({
      collection: 'document-relations',
      data: { from: repealer.id, type: 'bai-bo', to: cited.id },
      depth: 0,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    await t.payload.create({
      collection: 'document-relations',
      data: { from: repealer.id, type: 'can-cu', to: other.id },
      depth: 0,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(await scanLegalBasis(t.payload, new Date())).toBe(true)
    const flagged = await t.payload.findByID({ collection: 'questions', id: q.id, ...options('anonymous') })
    expect(flagged.legalBasisChanged).toBe(true)
    expect(flagged.legalBasisNote).toContain(cited.displayTitle ?? cited.title)
    expect(flagged.legalBasisNote).toMatch(/bãi bỏ/)
    expect((await stored(untouched.id)).legalBasisChanged).toBe(false)
    // A second scan finds nothing new and does not repeat the note.
    await scanLegalBasis(t.payload, new Date())
    const note = (await stored(q.id)).legalBasisNote ?? ''
    expect(note.split('\n').filter((line) => line.includes('bị bãi bỏ bởi'))).toHaveLength(1)

    const queue = await findQaQueue({ payload: t.payload, user: org.users.editor })
    expect(queue.find((g) => g.key === 'legalBasis')?.items.map((i) => i.id)).toContain(q.id)

    await expectForbidden(act('expert', q.id, { qaAction: 'mark-reviewed' }))
    const reviewed = await act('editor', q.id, {
      qaAction: 'mark-reviewed',
      qaNote: 'Đã rà soát, câu trả lời vẫn đúng.',
    })
    expect(reviewed.legalBasisChanged).toBe(false)
    expect(reviewed.legalBasisCheckedAt).toBeTruthy()
    expect(reviewed.status).toBe('published')
  })

  it('warns in the admin when an answer cites a document already out of force', async () => {
    const repealed = await legalDocument()
    await t.payload.update({
      collection: 'legal-documents',
      id: repealed.id,
      data: { status: 'het-hieu-luc-toan-bo' },
      depth: 0,
      overrideAccess: true,
      context: { systemAction: { action: 'save', byName: 'Kiểm thử' }, disableRevalidate: true },
    })
    const q = await letter('Câu hỏi trích văn bản đã hết hiệu lực')
    const saved = await act('editor', q.id, { citations: [{ document: repealed.id, article: 'Điều 1' }] })
    expect(saved.citationWarning).toMatch(/hết hiệu lực toàn bộ/i)
    const unreadable = await rejectionOf(
      act('editor', q.id, { citations: [{ document: repealed.id, article: 'abc' }] }),
    )
    expect(unreadable.status).toBe(400)
    expect(unreadable.message).toMatch(/Không đọc được/)
  })
})

describe('the moderation queue', () => {
  it('counts questions waiting for moderation, overdue, due soon and waiting for approval', async () => {
    const overdue = await letter('Câu hỏi quá hạn', { receivedAt: '2026-01-05T03:00:00.000Z' })
    await act('editor', overdue.id, { qaAction: 'accept' })
    const soon = await letter('Câu hỏi sắp đến hạn')
    await act('editor', soon.id, { qaAction: 'accept', dueDate: new Date(Date.now() + 3600_000).toISOString() })
    const queue = await findQaQueue({ payload: t.payload, user: org.users.editor })
    const byKey = Object.fromEntries(queue.map((g) => [g.key, g]))
    expect(byKey.overdue?.items.map((i) => i.id)).toContain(overdue.id)
    expect(byKey.dueSoon?.items.map((i) => i.id)).toContain(soon.id)
    expect(byKey.moderation?.count).toBeGreaterThan(0)
    expect(byKey.overdue?.href).toContain('/admin/collections/questions?where')
    // An expert's queue lists only their own assignments.
    const expertQueue = await findQaQueue({ payload: t.payload, user: org.users.expert })
    expect(expertQueue.find((g) => g.key === 'moderation')?.count).toBe(0)
  })
})

describe('erasing personal data on request', () => {
  it('clears the contact, original wording and attachment, keeps the question and logs it', async () => {
    const created = await createPublicQuestion(t.payload, {
      name: 'Võ Thị Em',
      email: 'em@example.vn',
      phone: '0987654321',
      title: 'Hỏi về đăng ký kết hôn',
      body: 'Tôi tên Em, ở ấp 3, xin hỏi thủ tục đăng ký kết hôn.',
      consent: true,
      ipHash: 'ip-erase',
      contactHash: 'contact-erase',
    })
    const id = Number(created.id)
    await act('editor', id, { body: 'Xin hỏi thủ tục đăng ký kết hôn.' })
    await expectForbidden(act('contributor', id, { qaAction: 'erase' }))
    const erased = await act('editor', id, { qaAction: 'erase' })
    expect(erased.anonymisedAt).toBeTruthy()
    const after = await stored(id)
    expect(after.asker?.name ?? null).toBeNull()
    expect(after.asker?.email ?? null).toBeNull()
    expect(after.asker?.phone ?? null).toBeNull()
    expect(after.asker?.contactHash ?? null).toBeNull()
    expect(after.originalBody ?? null).toBeNull()
    expect(after.originalTitle ?? null).toBeNull()
    expect(after.title).toBe('Hỏi về đăng ký kết hôn')
    expect(after.body).toBe('Xin hỏi thủ tục đăng ký kết hôn.')
    expect(after.status).toBe('new')
    expect(after.history?.at(-1)?.action).toBe('erase')
    // No earlier version keeps the erased contact.
    const versions = await t.payload.findVersions({
      collection: 'questions',
      where: { parent: { equals: id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(versions.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(versions.docs)).not.toContain('em@example.vn')
    expect(JSON.stringify(versions.docs)).not.toContain('ở ấp 3')
  })
})
