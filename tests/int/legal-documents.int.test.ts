import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { DocumentRelation, LegalDocument } from '@/payload-types'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import { vnMidnight } from '@/modules/legal-documents/dates'
import { updateEffectStatuses } from '@/modules/legal-documents/effect/update-effect-statuses'
import type { StoredStructure } from '@/modules/legal-documents/hooks/document-structure'
import { as, createOrg, expectForbidden, messagesOf, peek, rejectionOf, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The legal-documents database through the Local API: identity and validation of documents,
 * relations and their inverse, the effect job, and who may read and write what.
 */

let t: TestPayload
let org: Org
let seq = 0
// Imported once the test database is set: the module reads the Payload config, which picks the
// database when it is first imported.
let getDocumentPage: (typeof import('@/modules/legal-documents/server/get-document'))['getDocumentPage']
let findDocumentList: (typeof import('@/modules/legal-documents/server/find-documents'))['findDocumentList']

const day = (iso: string): string => vnMidnight(iso) as string
const publish: WorkflowContext & { disableRevalidate: boolean } = {
  systemAction: { action: 'publish', byName: 'Kiểm thử' },
  disableRevalidate: true,
}

const draft: WorkflowContext & { disableRevalidate: boolean } = {
  systemAction: { action: 'save', byName: 'Kiểm thử' },
  disableRevalidate: true,
}

type DocData = Partial<Omit<LegalDocument, 'id'>>

/** A document written as the system; published unless told otherwise. */
function newDoc(data: DocData = {}, isPublished = true): Promise<LegalDocument> {
  seq += 1
  return t.payload.create({
    collection: 'legal-documents',
    data: {
      number: `${seq}/2024/QĐ-UBND`,
      type: 'quyet-dinh',
      title: `Quyết định thử nghiệm số ${seq}`,
      issuer: 'Ủy ban nhân dân tỉnh Long An',
      issuedAt: day('2024-01-10'),
      ...data,
    },
    depth: 0,
    overrideAccess: true,
    context: isPublished ? publish : draft,
  })
}

function relate(data: Partial<Omit<DocumentRelation, 'id'>> & { from: number; to: number }): Promise<DocumentRelation> {
  return t.payload.create({
    collection: 'document-relations',
    data: { type: 'lien-quan', ...data },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

async function historyOf(id: number) {
  const found = await t.payload.find({
    collection: 'effect-history',
    where: { document: { equals: id } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs
}

const LAW_TEXT = [
  'QUỐC HỘI',
  'Luật số: 99/2024/QH15',
  'LUẬT',
  'THỬ NGHIỆM',
  'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
  'Chương I',
  'NHỮNG QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Luật này quy định việc thử nghiệm.',
  'Điều 8. Xử lý vi phạm',
  '1. Khoản một.',
  '2. Người vi phạm bị xử lý như sau:',
  'a) cảnh cáo;',
  'b) phạt tiền;',
  'c) tước quyền sử dụng giấy phép.',
  'Điều 10. Hiệu lực thi hành',
  'Luật này có hiệu lực từ ngày 01 tháng 7 năm 2025.',
].join('\n')

beforeAll(async () => {
  t = await startTestPayload('legal-documents')
  ;({ getDocumentPage } = await import('@/modules/legal-documents/server/get-document'))
  ;({ findDocumentList } = await import('@/modules/legal-documents/server/find-documents'))
  org = await createOrg(t.payload, 'ld')
})
afterAll(async () => {
  await t?.close()
})

describe('a document is identified by number, type, issuer and date of issue', () => {
  it('accepts the same number for a law and a resolution (49/2010/QH12)', async () => {
    const law = await newDoc({
      number: '49/2010/QH12',
      type: 'luat',
      title: 'Luật Bưu chính',
      issuer: 'Quốc hội',
      issuedAt: day('2010-06-17'),
    })
    const resolution = await newDoc({
      number: '49/2010/QH12',
      type: 'nghi-quyet',
      title: 'Về dự án, công trình quan trọng quốc gia',
      issuer: 'Quốc hội',
      issuedAt: day('2010-06-19'),
    })
    expect(law.slug).toBe('luat-49-2010-qh12')
    expect(resolution.slug).toBe('nghi-quyet-49-2010-qh12')
  })

  it('refuses a second record of the same document with a Vietnamese message on the number', async () => {
    await newDoc({
      number: '927/QĐ-TTg',
      type: 'quyet-dinh',
      issuer: 'Thủ tướng Chính phủ',
      issuedAt: day('2010-06-22'),
    })
    const err = await rejectionOf(
      newDoc({ number: '927/QĐ-TTG', type: 'quyet-dinh', issuer: 'THỦ TƯỚNG CHÍNH PHỦ', issuedAt: day('2010-06-22') }),
    )
    expect(err.status).toBe(400)
    expect(messagesOf(err)).toContain('Đã có quyết định số 927/QĐ-TTG của THỦ TƯỚNG CHÍNH PHỦ ban hành ngày 22/06/2010')
  })

  it('accepts the same number issued on another day (927/QĐ-TTg of 2010 and of 2026)', async () => {
    const later = await newDoc({
      number: '927/QĐ-TTg',
      type: 'quyet-dinh',
      issuer: 'Thủ tướng Chính phủ',
      issuedAt: day('2026-05-04'),
    })
    expect(later.slug).toBe('quyet-dinh-927-qd-ttg-2026')
  })

  it('is found by the site search from its number, as typed or without tone marks', async () => {
    const { siteSearch } = await import('@/modules/search')
    for (const query of ['49/2010/QH12', 'luat buu chinh']) {
      const result = await siteSearch.search({ query, page: 1, limit: 20 })
      expect(result.hits.map((h) => h.url)).toContain('/van-ban/luat-49-2010-qh12')
    }
  })

  it('tells documents without a number apart by their title', async () => {
    const data = { number: 'Không số', type: 'cong-van' as const, issuedAt: day('2024-03-01') }
    await newDoc({ ...data, title: 'Về việc tổ chức Ngày Pháp luật' })
    await newDoc({ ...data, title: 'Về việc báo cáo công tác quý I' })
    const err = await rejectionOf(newDoc({ ...data, title: 'Về việc tổ chức Ngày Pháp luật' }))
    expect(messagesOf(err)).toContain('Đã có công văn không số')
  })
})

describe('field checks', () => {
  it.each([
    ['12-KH-UBND', 'thiếu dấu "/"'],
    ['ab/2024/QĐ-UBND', 'số thứ tự "ab" phải là chữ số'],
    ['12/1800/QĐ-UBND', 'năm 1800 nằm ngoài khoảng'],
    ['12/2024/', 'thiếu phần ký hiệu'],
  ])('refuses the number “%s” with the parser’s message', async (number, message) => {
    const err = await rejectionOf(newDoc({ number }))
    expect(err.status).toBe(400)
    expect(messagesOf(err)).toContain(message)
  })

  it('stores the canonical spelling of a number typed with an Icelandic Ð and spaces', async () => {
    const doc = await newDoc({ number: ' 15 / 2024 / QÐ-STP ' })
    expect(doc.number).toBe('15/2024/QĐ-STP')
    expect(doc.numberKey).toBe('15/2024/qd-stp')
  })

  it('refuses an end of effect before the start of effect', async () => {
    const err = await rejectionOf(newDoc({ effectiveAt: day('2024-02-01'), expiresAt: day('2024-01-20') }))
    expect(messagesOf(err)).toContain('Ngày hết hiệu lực phải sau ngày có hiệu lực.')
  })

  it('refuses a slug reserved for the section’s own pages', async () => {
    const err = await rejectionOf(newDoc({ slug: 'tai-lieu' }))
    expect(messagesOf(err)).toContain('đã dành cho một trang của mục Văn bản')
  })
})

describe('the full text is parsed into a tree', () => {
  let law: LegalDocument

  beforeAll(async () => {
    law = await newDoc({
      number: '99/2024/QH15',
      type: 'luat',
      title: 'Luật Thử nghiệm',
      issuer: 'Quốc hội',
      issuedAt: day('2024-11-30'),
      effectiveAt: day('2025-07-01'),
      // NFD and a non-breaking space, as in the corpus.
      text: LAW_TEXT.normalize('NFD').replace('Luật này quy định', 'Luật\u00a0này quy định'),
    })
  })

  it('stores NFC text and a tree with an anchor for every article, clause and point', () => {
    expect(law.text).toBe(law.text?.normalize('NFC'))
    expect(law.text).not.toContain('\u00a0')
    const tree = law.structure as StoredStructure
    expect(tree.mode).toBe('legal')
    expect(tree.preamble).toContain('Căn cứ Hiến pháp')
    const anchors = JSON.stringify(tree.nodes)
    for (const anchor of ['chuong-i', 'dieu-1', 'dieu-8-khoan-2', 'dieu-8-khoan-2-diem-c'])
      expect(anchors).toContain(`"${anchor}"`)
    expect(law.parseSummary).toContain('3 điều')
    expect(law.parseSummary).toContain('Cảnh báo: Không thấy Điều 2–7')
  })

  it('ignores a tree sent by a client and keeps the one parsed from the text', async () => {
    const updated = await t.payload.update({
      collection: 'legal-documents',
      id: law.id,
      data: { structure: { mode: 'none', nodes: [] } },
      depth: 0,
      ...as(org, 'editor'),
    })
    expect((updated.structure as StoredStructure).mode).toBe('legal')
  })
})

describe('relations between documents', () => {
  let target: LegalDocument
  let actor: LegalDocument

  beforeAll(async () => {
    target = await newDoc({
      number: '5/2020/QĐ-STP',
      title: 'Quy định gốc',
      text: LAW_TEXT,
      effectiveAt: day('2020-03-01'),
    })
    actor = await newDoc({ number: '6/2024/QĐ-STP', title: 'Quyết định sửa đổi', effectiveAt: day('2024-03-01') })
  })

  it('refuses a document related to itself', async () => {
    const err = await rejectionOf(relate({ from: actor.id, to: actor.id, type: 'lien-quan' }))
    expect(messagesOf(err)).toContain('Một văn bản không thể có quan hệ với chính nó.')
  })

  it('locates the amended provision in the target’s text and keeps its anchor', async () => {
    const relation = await relate({
      from: actor.id,
      to: target.id,
      type: 'sua-doi',
      provision: 'Điểm c Khoản 2 Điều 8',
    })
    expect(relation.provisionAnchors).toEqual(['dieu-8-khoan-2-diem-c'])
    expect(relation.label).toBe('6/2024/QĐ-STP sửa đổi, bổ sung 5/2020/QĐ-STP')
  })

  it('refuses a provision the target does not have, and one it cannot read', async () => {
    const missing = await rejectionOf(
      relate({ from: actor.id, to: target.id, type: 'bai-bo', provision: 'Khoản 3 Điều 8' }),
    )
    expect(messagesOf(missing)).toContain('không có khoản 3 Điều 8')
    const unreadable = await rejectionOf(
      relate({ from: actor.id, to: target.id, type: 'bai-bo', provision: 'phần cuối' }),
    )
    expect(messagesOf(unreadable)).toContain('Không đọc được “phần cuối”')
  })

  it('refuses the same relation twice', async () => {
    const err = await rejectionOf(
      relate({ from: actor.id, to: target.id, type: 'sua-doi', provision: 'Điểm c Khoản 2 Điều 8' }),
    )
    expect(messagesOf(err)).toContain('đã có')
  })

  it('refuses a cycle of replacement and repeal, directly or through another document', async () => {
    const a = await newDoc()
    const b = await newDoc()
    const c = await newDoc()
    await relate({ from: a.id, to: b.id, type: 'thay-the' })
    const direct = await rejectionOf(relate({ from: b.id, to: a.id, type: 'bai-bo' }))
    expect(messagesOf(direct)).toContain('đã (trực tiếp hoặc gián tiếp) thay thế hoặc bãi bỏ')
    await relate({ from: b.id, to: c.id, type: 'bai-bo' })
    const chain = await rejectionOf(relate({ from: c.id, to: a.id, type: 'thay-the' }))
    expect(messagesOf(chain)).toContain(`văn bản ${a.number}`)
    // A citation back is no cycle.
    await expect(relate({ from: c.id, to: a.id, type: 'dan-chieu' })).resolves.toMatchObject({ type: 'dan-chieu' })
  })

  it('shows one stored relation on both documents, with the inverse label’s direction', async () => {
    const onActor = await getDocumentPage(actor.slug as string)
    const onTarget = await getDocumentPage(target.slug as string)
    expect(onActor?.relations).toEqual([
      expect.objectContaining({ type: 'sua-doi', isOutgoing: true, other: expect.objectContaining({ id: target.id }) }),
    ])
    expect(onTarget?.relations).toEqual([
      expect.objectContaining({ type: 'sua-doi', isOutgoing: false, other: expect.objectContaining({ id: actor.id }) }),
    ])
  })

  it('hides a relation from the public while its other document is a draft', async () => {
    const draft = await newDoc({ title: 'Dự thảo bãi bỏ' }, false)
    await relate({ from: draft.id, to: target.id, type: 'bai-bo' })
    const page = await getDocumentPage(target.slug as string)
    expect(page?.relations.map((r) => r.other.id)).not.toContain(draft.id)
    const seen = await t.payload.find({
      collection: 'document-relations',
      where: { from: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(seen.docs).toHaveLength(0)
  })
})

describe('effect statuses change with the dates and with acting documents', () => {
  it('a document starts “chưa có hiệu lực” and takes effect on its date, with a history row', async () => {
    const doc = await newDoc({ effectiveAt: day('2030-01-01') })
    expect(doc.status).toBe('chua-co-hieu-luc')
    const before = await updateEffectStatuses(t.payload, new Date('2029-12-31T12:00:00Z'))
    expect(before.map((c) => c.documentId)).not.toContain(doc.id)
    const changes = await updateEffectStatuses(t.payload, new Date('2030-01-02T00:00:00Z'))
    expect(changes).toContainEqual(
      expect.objectContaining({ documentId: doc.id, action: 'co-hieu-luc', to: 'con-hieu-luc' }),
    )
    expect((await peek(t.payload, 'legal-documents', doc.id))?.status).toBe('con-hieu-luc')
    expect(await historyOf(doc.id)).toEqual([
      expect.objectContaining({
        action: 'co-hieu-luc',
        fromStatus: 'chua-co-hieu-luc',
        toStatus: 'con-hieu-luc',
        date: day('2030-01-01'),
        isAutomatic: true,
      }),
    ])
  })

  it('a document with a term loses effect when it ends', async () => {
    const doc = await newDoc({ effectiveAt: day('2024-01-01'), expiresAt: day('2040-12-31') })
    expect(doc.status).toBe('con-hieu-luc')
    const changes = await updateEffectStatuses(t.payload, new Date('2041-01-05T00:00:00Z'))
    expect(changes).toContainEqual(expect.objectContaining({ documentId: doc.id, action: 'het-han' }))
    expect((await peek(t.payload, 'legal-documents', doc.id))?.status).toBe('het-hieu-luc-toan-bo')
  })

  it('a partial repeal takes effect with the repealing document, once, naming it and the provision', async () => {
    const old = await newDoc({ title: 'Quy định cũ', text: LAW_TEXT, effectiveAt: day('2020-01-01') })
    const repealing = await newDoc({ title: 'Quyết định bãi bỏ', effectiveAt: day('2031-06-01') })
    await relate({ from: repealing.id, to: old.id, type: 'bai-bo', provision: 'Điều 8' })
    const early = await updateEffectStatuses(t.payload, new Date('2031-05-01T00:00:00Z'))
    expect(early.map((c) => c.documentId)).not.toContain(old.id)
    const due = await updateEffectStatuses(t.payload, new Date('2031-06-02T00:00:00Z'))
    expect(due).toContainEqual(
      expect.objectContaining({
        documentId: old.id,
        action: 'bi-bai-bo',
        to: 'het-hieu-luc-mot-phan',
        byDocumentId: repealing.id,
      }),
    )
    const stored = await peek(t.payload, 'legal-documents', old.id)
    expect(stored?.status).toBe('het-hieu-luc-mot-phan')
    expect(stored?.effectChangedAt).toBe(day('2031-06-01'))
    expect((await historyOf(old.id)).at(-1)).toMatchObject({
      action: 'bi-bai-bo',
      byDocument: repealing.id,
      provision: 'Điều 8',
      toStatus: 'het-hieu-luc-mot-phan',
      isAutomatic: true,
    })
    const again = await updateEffectStatuses(t.payload, new Date('2031-06-03T00:00:00Z'))
    expect(again.map((c) => c.documentId)).not.toContain(old.id)
  })

  it('a whole replacement ends the effect entirely; a draft replacing document does nothing', async () => {
    const old = await newDoc({ effectiveAt: day('2019-01-01') })
    const draft = await newDoc({ effectiveAt: day('2020-01-01') }, false)
    await relate({ from: draft.id, to: old.id, type: 'thay-the' })
    await updateEffectStatuses(t.payload, new Date('2032-01-01T00:00:00Z'))
    expect((await peek(t.payload, 'legal-documents', old.id))?.status).toBe('con-hieu-luc')
    const replacing = await newDoc({ effectiveAt: day('2032-02-01') })
    await relate({ from: replacing.id, to: old.id, type: 'thay-the' })
    await updateEffectStatuses(t.payload, new Date('2032-02-01T01:00:00Z'))
    expect((await peek(t.payload, 'legal-documents', old.id))?.status).toBe('het-hieu-luc-toan-bo')
    const page = await getDocumentPage(old.slug as string)
    expect(page?.history.at(-1)).toMatchObject({
      action: 'bi-thay-the',
      byDocument: expect.objectContaining({ id: replacing.id }),
    })
  })

  it('a status an editor changes by hand is logged as a manual row', async () => {
    const doc = await newDoc({ effectiveAt: day('2022-01-01') })
    await t.payload.update({
      collection: 'legal-documents',
      id: doc.id,
      data: { status: 'khong-con-phu-hop', statusNote: 'Không còn phù hợp với Luật Đất đai 2024.' },
      depth: 0,
      ...as(org, 'editor'),
    })
    expect(await historyOf(doc.id)).toEqual([
      expect.objectContaining({
        action: 'cap-nhat',
        fromStatus: 'con-hieu-luc',
        toStatus: 'khong-con-phu-hop',
        isAutomatic: false,
        recordedBy: org.users.editor.name,
      }),
    ])
  })
})

describe('deleting or editing away an applied relation restores its target’s effect', () => {
  const now = () => new Date()
  const asEditor = () => ({ depth: 0, ...as(org, 'editor'), context: { disableRevalidate: true } })

  async function statusOf(id: number) {
    return (await peek(t.payload, 'legal-documents', id))?.status
  }

  it('a deleted repeal gives “còn hiệu lực” back, with a row saying which relation was removed', async () => {
    const old = await newDoc({ title: 'Quy định bị bãi bỏ rồi được khôi phục', effectiveAt: day('2020-01-01') })
    const repealing = await newDoc({ number: '70/2024/QĐ-UBND', effectiveAt: day('2024-06-01') })
    const relation = await relate({ from: repealing.id, to: old.id, type: 'bai-bo' })
    await updateEffectStatuses(t.payload, now())
    expect(await statusOf(old.id)).toBe('het-hieu-luc-toan-bo')

    await t.payload.delete({ collection: 'document-relations', id: relation.id, ...asEditor() })

    const stored = await peek(t.payload, 'legal-documents', old.id)
    expect(stored?.status).toBe('con-hieu-luc')
    expect(stored?.workflowState).toBe('published')
    expect((await historyOf(old.id)).at(-1)).toMatchObject({
      action: 'cap-nhat',
      fromStatus: 'het-hieu-luc-toan-bo',
      toStatus: 'con-hieu-luc',
      byDocument: repealing.id,
      relation: null,
      isAutomatic: true,
      recordedBy: org.users.editor.name,
      note: expect.stringContaining('Gỡ quan hệ bãi bỏ với văn bản 70/2024/QĐ-UBND'),
    })
    // The public page shows the restored status and why.
    const page = await getDocumentPage(old.slug as string)
    expect(page?.doc.status).toBe('con-hieu-luc')
    expect(page?.history.at(-1)?.note).toContain('Gỡ quan hệ bãi bỏ với văn bản 70/2024/QĐ-UBND')
    // Nothing is applied again on the next tick.
    const again = await updateEffectStatuses(t.payload, now())
    expect(again.map((c) => c.documentId)).not.toContain(old.id)
    expect(await statusOf(old.id)).toBe('con-hieu-luc')
  })

  it('a deleted whole repeal leaves the partial replacement that still acts on the document', async () => {
    const old = await newDoc({ title: 'Quy định thay thế một phần', text: LAW_TEXT, effectiveAt: day('2020-01-01') })
    const replacing = await newDoc({ effectiveAt: day('2023-01-01') })
    const repealing = await newDoc({ number: '71/2024/QĐ-UBND', effectiveAt: day('2024-06-01') })
    await relate({ from: replacing.id, to: old.id, type: 'thay-the', provision: 'Điều 8' })
    await updateEffectStatuses(t.payload, now())
    expect(await statusOf(old.id)).toBe('het-hieu-luc-mot-phan')
    const repeal = await relate({ from: repealing.id, to: old.id, type: 'bai-bo' })
    await updateEffectStatuses(t.payload, now())
    expect(await statusOf(old.id)).toBe('het-hieu-luc-toan-bo')

    await t.payload.delete({ collection: 'document-relations', id: repeal.id, ...asEditor() })

    expect(await statusOf(old.id)).toBe('het-hieu-luc-mot-phan')
    expect((await historyOf(old.id)).at(-1)).toMatchObject({
      fromStatus: 'het-hieu-luc-toan-bo',
      toStatus: 'het-hieu-luc-mot-phan',
      note: expect.stringContaining('Gỡ quan hệ bãi bỏ với văn bản 71/2024/QĐ-UBND'),
    })
  })

  it('a repeal changed into “liên quan” restores the target; one moved to another document restores the first', async () => {
    const first = await newDoc({ title: 'Văn bản thứ nhất', effectiveAt: day('2020-01-01') })
    const second = await newDoc({ title: 'Văn bản thứ hai', effectiveAt: day('2020-01-01') })
    const acting = await newDoc({ number: '72/2024/QĐ-UBND', effectiveAt: day('2024-06-01') })
    const relation = await relate({ from: acting.id, to: first.id, type: 'dinh-chi' })
    await updateEffectStatuses(t.payload, now())
    expect(await statusOf(first.id)).toBe('ngung-hieu-luc')

    // Moved to the second document: the first is restored at once, the second suspended on the next tick.
    const moved = await t.payload.update({
      collection: 'document-relations',
      id: relation.id,
      data: { to: second.id },
      ...asEditor(),
    })
    expect(moved.appliedAt).toBeNull()
    expect(await statusOf(first.id)).toBe('con-hieu-luc')
    expect((await historyOf(first.id)).at(-1)).toMatchObject({
      fromStatus: 'ngung-hieu-luc',
      toStatus: 'con-hieu-luc',
      relation: relation.id,
      note: expect.stringMatching(
        /^Sửa quan hệ đình chỉ, ngưng hiệu lực với văn bản 72\/2024\/QĐ-UBND: nay tác động đến văn bản \d+\/2024\/QĐ-UBND/,
      ),
    })
    await updateEffectStatuses(t.payload, now())
    expect(await statusOf(second.id)).toBe('ngung-hieu-luc')

    // Changed into a relation without effect: the second is restored and stays so.
    await t.payload.update({
      collection: 'document-relations',
      id: relation.id,
      data: { type: 'lien-quan' },
      ...asEditor(),
    })
    expect(await statusOf(second.id)).toBe('con-hieu-luc')
    expect((await historyOf(second.id)).at(-1)?.note).toContain('nay là “liên quan”')
    await updateEffectStatuses(t.payload, now())
    expect(await statusOf(second.id)).toBe('con-hieu-luc')
  })

  it('keeps a status an editor set by hand after the relation, and logs the removal', async () => {
    const old = await newDoc({ effectiveAt: day('2020-01-01') })
    const repealing = await newDoc({ number: '73/2024/QĐ-UBND', effectiveAt: day('2024-06-01') })
    const relation = await relate({ from: repealing.id, to: old.id, type: 'bai-bo' })
    await updateEffectStatuses(t.payload, now())
    await t.payload.update({
      collection: 'legal-documents',
      id: old.id,
      data: { status: 'khong-con-phu-hop' },
      depth: 0,
      ...as(org, 'editor'),
    })
    await t.payload.delete({ collection: 'document-relations', id: relation.id, ...asEditor() })
    expect(await statusOf(old.id)).toBe('khong-con-phu-hop')
    expect((await historyOf(old.id)).at(-1)).toMatchObject({
      fromStatus: 'khong-con-phu-hop',
      toStatus: 'khong-con-phu-hop',
      note: expect.stringContaining('Gỡ quan hệ bãi bỏ với văn bản 73/2024/QĐ-UBND'),
    })
  })

  it('still refreshes the public pages: the nested writes’ flags stay out of the editor’s request', async () => {
    const reasons: string[] = []
    const record = (entry: unknown) => {
      if (entry && typeof entry === 'object' && 'reason' in entry) reasons.push(String(entry.reason))
    }
    const info = vi.spyOn(t.payload.logger, 'info').mockImplementation(record as never)
    const error = vi.spyOn(t.payload.logger, 'error').mockImplementation(record as never)
    // Pretend to run inside Next.js, where a refresh is attempted (and logged with its reason).
    process.env.NEXT_RUNTIME = 'nodejs'
    try {
      const old = await newDoc({ effectiveAt: day('2020-01-01') })
      const repealing = await newDoc({ number: '74/2024/QĐ-UBND', effectiveAt: day('2024-06-01') })
      const relation = await relate({ from: repealing.id, to: old.id, type: 'bai-bo' })
      await updateEffectStatuses(t.payload, now())
      await t.payload.delete({ collection: 'document-relations', id: relation.id, depth: 0, ...as(org, 'editor') })
      expect(await statusOf(old.id)).toBe('con-hieu-luc')
      expect(reasons).toContain('document-relations deleted')

      // The same holds for the manual history row written when an editor changes a status.
      await t.payload.update({
        collection: 'legal-documents',
        id: old.id,
        data: { status: 'khong-con-phu-hop' },
        depth: 0,
        ...as(org, 'editor'),
      })
      expect(reasons).toContain(`legal-documents ${old.id} published → published`)
    } finally {
      delete process.env.NEXT_RUNTIME
      info.mockRestore()
      error.mockRestore()
    }
  })

  it('a relation not applied yet is deleted without touching the target or its history', async () => {
    const old = await newDoc({ effectiveAt: day('2020-01-01') })
    const future = await newDoc({ effectiveAt: day('2099-01-01') })
    const relation = await relate({ from: future.id, to: old.id, type: 'thay-the' })
    await updateEffectStatuses(t.payload, now())
    await t.payload.delete({ collection: 'document-relations', id: relation.id, ...asEditor() })
    expect(await statusOf(old.id)).toBe('con-hieu-luc')
    expect(await historyOf(old.id)).toEqual([])
  })
})

describe('access', () => {
  const draftData = () => ({
    number: `${++seq}/KH-SGDĐT`,
    type: 'ke-hoach' as const,
    title: 'Kế hoạch phổ biến pháp luật trong trường học',
    issuer: 'Sở Giáo dục và Đào tạo tỉnh Long An',
    issuedAt: day('2025-02-10'),
  })

  it('a contributor drafts a document for their unit, which the public cannot see', async () => {
    const doc = await t.payload.create({
      collection: 'legal-documents',
      data: draftData(),
      depth: 0,
      ...as(org, 'contributor'),
    })
    expect(doc.workflowState).toBe('draft')
    expect(doc.unit).toBe(org.unitA.id)
    const visible = await t.payload.find({
      collection: 'legal-documents',
      where: { id: { equals: doc.id } },
      overrideAccess: false,
    })
    expect(visible.docs).toHaveLength(0)
    const err = await rejectionOf(
      t.payload.findByID({ collection: 'legal-documents', id: doc.id, overrideAccess: false }),
    )
    expect(err.status).toBe(404)
  })

  it('a contributor cannot publish a document', async () => {
    const err = await expectForbidden(
      t.payload.create({
        collection: 'legal-documents',
        data: { ...draftData(), workflowAction: 'publish' } as never,
        depth: 0,
        ...as(org, 'contributor'),
      }),
    )
    expect(err.message).toMatch(/Vai trò|không được phép/)
  })

  it('the public sees published documents only', async () => {
    const published = await newDoc()
    const draft = await newDoc({}, false)
    const seen = await t.payload.find({
      collection: 'legal-documents',
      where: { id: { in: [published.id, draft.id] } },
      overrideAccess: false,
    })
    expect(seen.docs.map((d) => d.id)).toEqual([published.id])
  })

  it('the list and its filter counts leave drafts out', async () => {
    const data = { type: 'chi-thi' as const, issuer: 'Thủ tướng Chính phủ', issuedAt: day('2023-04-04') }
    await newDoc({ ...data, number: '01/CT-TTg' })
    await newDoc({ ...data, number: '02/CT-TTg' })
    await newDoc({ ...data, number: '03/CT-TTg' }, false)
    const filters = {
      type: 'chi-thi',
      issuer: null,
      year: 2023,
      field: null,
      status: null,
      sort: 'ban-hanh' as const,
      page: 1,
    }
    const { list, facets } = await findDocumentList(filters)
    expect(list.docs.map((d) => d.number).sort()).toEqual(['01/CT-TTg', '02/CT-TTg'])
    expect(facets.type.find((o) => o.value === 'chi-thi')?.count).toBe(2)
    expect(facets.issuer).toEqual([{ value: 'thu-tuong-chinh-phu', label: 'Thủ tướng Chính phủ', count: 2 }])
    // A document published since is counted at once.
    await newDoc({ ...data, number: '04/CT-TTg' })
    expect((await findDocumentList(filters)).facets.type.find((o) => o.value === 'chi-thi')?.count).toBe(3)
  })

  it('a contributor adds relations to their unit’s draft but not to a published document', async () => {
    const mine = await t.payload.create({
      collection: 'legal-documents',
      data: draftData(),
      depth: 0,
      ...as(org, 'contributor'),
    })
    const other = await newDoc()
    const ok = await t.payload.create({
      collection: 'document-relations',
      data: { from: mine.id, to: other.id, type: 'can-cu' },
      depth: 0,
      ...as(org, 'contributor'),
    })
    expect(ok.type).toBe('can-cu')
    const err = await expectForbidden(
      t.payload.create({
        collection: 'document-relations',
        data: { from: other.id, to: mine.id, type: 'dan-chieu' },
        depth: 0,
        ...as(org, 'contributor'),
      }),
    )
    expect(err.message).toContain('Cộng tác viên chỉ thêm, sửa quan hệ của văn bản nháp do đơn vị mình nhập.')
  })

  it('only the editorial board writes the effect history by hand', async () => {
    const doc = await newDoc()
    const row = { document: doc.id, action: 'cap-nhat' as const, date: day('2025-01-01') }
    await expectForbidden(t.payload.create({ collection: 'effect-history', data: row, ...as(org, 'contributor') }))
    const written = await t.payload.create({
      collection: 'effect-history',
      data: { ...row, isAutomatic: true },
      depth: 0,
      ...as(org, 'editor'),
    })
    expect(written).toMatchObject({ isAutomatic: false, recordedBy: org.users.editor.name })
  })

  it('an editor publishes a companion material, listed with its document', async () => {
    const doc = await newDoc()
    await t.payload
      .create({
        collection: 'document-materials',
        data: { kind: 'thong-cao-bao-chi', title: 'Thông cáo báo chí về quyết định thử nghiệm', documents: [doc.id] },
        depth: 0,
        ...as(org, 'editor-in-chief'),
        context: { disableRevalidate: true },
      })
      .then((m) =>
        t.payload.update({
          collection: 'document-materials',
          id: m.id,
          data: { workflowAction: 'publish' } as never,
          depth: 0,
          ...as(org, 'editor-in-chief'),
        }),
      )
    const page = await getDocumentPage(doc.slug as string)
    expect(page?.materials.map((m) => m.title)).toEqual(['Thông cáo báo chí về quyết định thử nghiệm'])
  })
})

describe('the sitemap', () => {
  it('lists published documents from their slug and date only, never loading the full text', async () => {
    const { sitemapFile } = await import('@/modules/data-exchange/feeds/sitemaps')
    const published = await newDoc({ title: 'Quyết định có toàn văn dài', text: LAW_TEXT })
    const draft = await newDoc({ title: 'Quyết định còn nháp' }, false)
    const find = vi.spyOn(t.payload, 'find')
    try {
      const entries = (await sitemapFile('legal-documents-1')) ?? []
      const urls = entries.map((e) => e.loc)
      expect(urls.some((u) => u.endsWith(`/van-ban/${published.slug}`))).toBe(true)
      expect(urls.some((u) => u.endsWith(`/van-ban/${draft.slug}`))).toBe(false)
      const listed = entries.find((e) => e.loc.endsWith(`/van-ban/${published.slug}`))
      expect(listed?.lastmod).toBe(published.updatedAt)

      const documentCalls = find.mock.calls
        .map(([args], i) => ({ args, result: find.mock.results[i]?.value as Promise<{ docs: object[] }> }))
        .filter(({ args }) => args.collection !== 'sections')
      // the documents' file of the sitemap reads two columns
      expect(documentCalls.map(({ args }) => args.collection)).toContain('legal-documents')
      const legal = await documentCalls.find(({ args }) => args.collection === 'legal-documents')!.result
      expect(legal.docs.length).toBeGreaterThan(0)
      for (const { args, result } of documentCalls) {
        expect(args, String(args.collection)).toMatchObject({
          select: { slug: true, updatedAt: true },
          overrideAccess: false,
        })
        for (const doc of (await result).docs) {
          const extra = Object.keys(doc).filter((key) => !['id', 'slug', 'updatedAt'].includes(key))
          expect(extra, String(args.collection)).toEqual([])
        }
      }
    } finally {
      find.mockRestore()
    }
  })
})
