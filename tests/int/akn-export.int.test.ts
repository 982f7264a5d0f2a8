import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LegalDocument } from '@/payload-types'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import { vnMidnight } from '@/modules/legal-documents/dates'
import { unzipSync, strFromU8 } from 'fflate'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'
import { parseXml, textOf, type XmlElement } from '@/shared/xlsx/xml'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * Legal documents in standard formats: the Akoma Ntoso 3.0 manifestation (well-formed, and valid
 * against the official OASIS schema with xmllint — for every structure kind and every demo
 * document), the ELI and AKN identifiers that resolve, and the standalone HTML — for published
 * documents only.
 */

/**
 * The official OASIS LegalDocML schema (akomantoso30.xsd, with the xml.xsd it imports beside it):
 * AKN_XSD when set, else the per-user cache. It is not part of the repository (docs/data-standard.md
 * says where to get it); without it the schema validation is skipped, loudly.
 */
const CACHED_XSD = join(homedir(), '.cache', 'pbgdpl', 'akn', 'akomantoso30.xsd')
function officialSchema(): string | null {
  const fromEnv = process.env.AKN_XSD
  if (fromEnv) {
    // A schema asked for by name must be there: a typo must not turn the check off silently.
    if (!existsSync(fromEnv)) throw new Error(`AKN_XSD=${fromEnv}: no such file`)
    return fromEnv
  }
  return existsSync(CACHED_XSD) ? CACHED_XSD : null
}
const XSD = officialSchema()
if (!XSD) {
  console.warn(
    `\n⚠⚠⚠ The official Akoma Ntoso 3.0 schema is missing (neither AKN_XSD nor ${CACHED_XSD}): ` +
      'validation of the AKN XML against it was SKIPPED; well-formedness and structure checks still run. ' +
      'See docs/data-standard.md (Akoma Ntoso) for how to get it ⚠⚠⚠',
  )
}

let t: TestPayload
let serveAkn: (typeof import('@/modules/data-exchange/akn/respond'))['serveAkn']
let serveEli: (typeof import('@/modules/data-exchange/akn/respond'))['serveEli']
let documentKey: (typeof import('@/modules/data-exchange/akn/load'))['documentKey']
let workUri: (typeof import('@/modules/data-exchange/akn/uris'))['workUri']
let law: LegalDocument
let amending: LegalDocument
let hidden: LegalDocument
const dir = mkdtempSync(join(tmpdir(), 'akn-'))

const publish: WorkflowContext & { disableRevalidate: boolean } = {
  systemAction: { action: 'publish', byName: 'Kiểm thử' },
  disableRevalidate: true,
}
const draft: WorkflowContext & { disableRevalidate: boolean } = {
  systemAction: { action: 'save', byName: 'Kiểm thử' },
  disableRevalidate: true,
}

const LAW_TEXT = [
  'QUỐC HỘI',
  'Luật số: 77/2024/QH15',
  'LUẬT',
  'THỬ NGHIỆM ĐỊNH DẠNG',
  'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
  'Chương I',
  'NHỮNG QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Luật này quy định việc thử nghiệm & kiểm tra <định dạng>.',
  'Chương II',
  'XỬ LÝ VI PHẠM',
  'Điều 8. Xử lý vi phạm',
  '1. Khoản một.',
  '2. Người vi phạm bị xử lý như sau:',
  'a) cảnh cáo;',
  'b) phạt tiền;',
  'đ) tước quyền sử dụng giấy phép.',
  'Điều 10. Hiệu lực thi hành',
  'Luật này có hiệu lực từ ngày 01 tháng 7 năm 2025.',
].join('\n')

/** ids of the documents this file creates, as opposed to the seeded demo ones */
const createdHere: number[] = []

async function create(data: Partial<LegalDocument>, context = publish): Promise<LegalDocument> {
  const doc = await t.payload.create({
    collection: 'legal-documents',
    data: { issuer: 'Quốc hội', ...data } as LegalDocument,
    depth: 0,
    overrideAccess: true,
    context,
  })
  createdHere.push(doc.id)
  return doc
}

const get = (path: string, accept: string | null = null): Promise<Response> => {
  const [root, ...segments] = path.split('/').filter(Boolean)
  return root === 'eli' ? serveEli(segments, accept) : serveAkn(segments, accept)
}

function xmllint(args: string[], xml: string): string {
  const file = join(dir, `doc-${Date.now()}-${Math.random().toString(36).slice(2)}.xml`)
  writeFileSync(file, xml)
  return execFileSync('xmllint', [...args, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/**
 * Checks AKN documents with xmllint in one run: well-formed, and valid against the official schema
 * when it is there. Fails with xmllint's own messages, naming the documents.
 */
function expectValidAkn(docs: { label: string; xml: string }[]): void {
  expect(docs.length).toBeGreaterThan(0)
  const files = docs.map((d, i) => {
    const file = join(dir, `akn-${i}-${d.label.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.xml`)
    writeFileSync(file, d.xml)
    return file
  })
  const run = spawnSync('xmllint', ['--noout', ...(XSD ? ['--schema', XSD] : []), ...files], { encoding: 'utf8' })
  expect(run.error).toBeUndefined()
  const failed = run.stderr
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith(' validates'))
    .join('\n')
  expect(failed, docs.map((d) => d.label).join(', ')).toBe('')
  expect(run.status).toBe(0)
}

const all = (root: XmlElement, name: string): XmlElement[] => {
  const out: XmlElement[] = []
  const walk = (el: XmlElement) => {
    if (el.name === name) out.push(el)
    for (const child of el.children) if (typeof child !== 'string') walk(child)
  }
  walk(root)
  return out
}
const one = (root: XmlElement, name: string): XmlElement => {
  const found = all(root, name)[0]
  if (!found) throw new Error(`no <${name}>`)
  return found
}

beforeAll(async () => {
  t = await startTestPayload('akn-export')
  ;({ serveAkn, serveEli } = await import('@/modules/data-exchange/akn/respond'))
  ;({ documentKey } = await import('@/modules/data-exchange/akn/load'))
  ;({ workUri } = await import('@/modules/data-exchange/akn/uris'))
  law = await create({
    number: '77/2024/QH15',
    type: 'luat',
    title: 'Luật Thử nghiệm định dạng',
    scope: 'toan-quoc',
    issuedAt: vnMidnight('2024-06-20') as string,
    effectiveAt: vnMidnight('2025-07-01') as string,
    signer: 'Trần Thanh Mẫn',
    signerTitle: 'CHỦ TỊCH QUỐC HỘI',
    text: LAW_TEXT,
  })
  amending = await create({
    number: '12/2025/QĐ-UBND',
    type: 'quyet-dinh',
    title: 'Sửa đổi khoản 2 Điều 8 Luật Thử nghiệm định dạng',
    issuer: 'Ủy ban nhân dân tỉnh Long An',
    scope: 'dia-phuong',
    issuedAt: vnMidnight('2025-03-03') as string,
    effectiveAt: vnMidnight('2025-03-15') as string,
  })
  await t.payload.create({
    collection: 'document-relations',
    data: { from: amending.id, to: law.id, type: 'sua-doi', provision: 'khoản 2 Điều 8' },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  hidden = await create(
    {
      number: '99/2025/QĐ-UBND',
      type: 'quyet-dinh',
      title: 'Dự thảo chưa công bố',
      issuer: 'Ủy ban nhân dân tỉnh Long An',
      scope: 'dia-phuong',
      issuedAt: vnMidnight('2025-04-01') as string,
    },
    draft,
  )
})
afterAll(async () => {
  await t?.close()
})

const LAW_WORK = '/akn/vn/act/2024-06-20/luat-77-2024-qh15'
const AMENDING_WORK = '/akn/vn-longan/act/2025-03-03/quyet-dinh-12-2025-qd-ubnd'

describe('Akoma Ntoso 3.0 manifestation', () => {
  let xml = ''
  let root: XmlElement

  beforeAll(async () => {
    const res = await get(`${LAW_WORK}/vie@/main.xml`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/akn+xml')
    xml = await res.text()
    root = parseXml(xml)
  })

  it('is well-formed and valid against the official OASIS schema (xmllint)', () => {
    expect(() => xmllint(['--noout'], xml)).not.toThrow()
    expectValidAkn([{ label: 'law', xml }])
  })

  it.skipIf(!XSD)('the schema check rejects a document out of the schema order (so it really checks)', () => {
    const broken = xml.replace(/(<meta>[\s\S]*<\/meta>)(<preface>[\s\S]*<\/preface>)/, '$2$1')
    expect(broken).not.toBe(xml)
    expect(() => xmllint(['--noout'], broken)).not.toThrow()
    const file = join(dir, 'broken.xml')
    writeFileSync(file, broken)
    const run = spawnSync('xmllint', ['--noout', '--schema', XSD!, file], { encoding: 'utf8' })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/preface.*not expected|Expected is \( meta \)/)
  })

  it('names the work, expression and manifestation with /akn/vn… URIs', () => {
    expect(root.name).toBe('akomaNtoso')
    expect(root.attrs.xmlns).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0')
    const work = one(root, 'FRBRWork')
    expect(one(work, 'FRBRuri').attrs.value).toBe(LAW_WORK)
    expect(one(work, 'FRBRthis').attrs.value).toBe(`${LAW_WORK}/!main`)
    expect(one(work, 'FRBRnumber').attrs.value).toBe('77/2024/QH15')
    expect(one(work, 'FRBRdate').attrs.date).toBe('2024-06-20')
    expect(one(one(root, 'FRBRExpression'), 'FRBRuri').attrs.value).toBe(`${LAW_WORK}/vie@`)
    expect(one(one(root, 'FRBRExpression'), 'FRBRlanguage').attrs.language).toBe('vie')
    expect(one(one(root, 'FRBRManifestation'), 'FRBRthis').attrs.value).toBe(`${LAW_WORK}/vie@/main.xml`)
  })

  it('keeps the hierarchy, with the eIds of the document page anchors and the text escaped', () => {
    const chapters = all(root, 'chapter')
    expect(chapters.map((c) => c.attrs.eId)).toEqual(['chuong-i', 'chuong-ii'])
    expect(all(chapters[1]!, 'article').map((a) => a.attrs.eId)).toEqual(['dieu-8', 'dieu-10'])
    const article8 = all(root, 'article').find((a) => a.attrs.eId === 'dieu-8')!
    expect(textOf(one(article8, 'heading'))).toBe('Xử lý vi phạm')
    const para2 = all(article8, 'paragraph').find((p) => p.attrs.eId === 'dieu-8-khoan-2')!
    expect(textOf(one(para2, 'intro'))).toContain('Người vi phạm bị xử lý như sau')
    expect(all(para2, 'point').map((p) => p.attrs.eId)).toEqual([
      'dieu-8-khoan-2-diem-a',
      'dieu-8-khoan-2-diem-b',
      'dieu-8-khoan-2-diem-dd',
    ])
    expect(textOf(all(root, 'article')[0]!)).toContain('thử nghiệm & kiểm tra <định dạng>')
    expect(textOf(one(root, 'preamble'))).toContain('Căn cứ Hiến pháp')
    expect(textOf(one(root, 'docTitle'))).toBe('Luật Thử nghiệm định dạng')
    expect(textOf(one(root, 'conclusions'))).toContain('Trần Thanh Mẫn')
  })

  it('records the amendment as a passive modification, a lifecycle event and a passive reference', () => {
    const mod = one(one(root, 'passiveModifications'), 'textualMod')
    expect(mod.attrs.type).toBe('substitution')
    expect(one(mod, 'source').attrs.href).toBe(AMENDING_WORK)
    expect(one(mod, 'destination').attrs.href).toBe('#dieu-8-khoan-2')
    const ref = one(root, 'passiveRef')
    expect(ref.attrs.href).toBe(AMENDING_WORK)
    const events = all(root, 'eventRef')
    expect(events.map((e) => [e.attrs.type, e.attrs.date])).toEqual([
      ['generation', '2024-06-20'],
      ['amendment', '2025-03-15'],
    ])
    expect(events[1]!.attrs.source).toBe(`#${ref.attrs.eId}`)
  })

  it('gives the amending decision an active modification of the law', async () => {
    const res = await get(`${AMENDING_WORK}/vie@/main.xml`)
    expect(res.status).toBe(200)
    const doc = parseXml(await res.text())
    expect(one(one(doc, 'FRBRWork'), 'FRBRcountry').attrs.value).toBe('vn-longan')
    const mod = one(one(doc, 'activeModifications'), 'textualMod')
    expect(one(mod, 'destination').attrs.href).toBe(LAW_WORK)
    expect(one(doc, 'activeRef').attrs.href).toBe(LAW_WORK)
    // no full text: the body still holds one container, so the document stays valid
    expect(one(doc, 'body').children.length).toBe(1)
  })
})

/** One text per structure kind the parser yields, each turned into AKN and checked by the schema. */
const DEEP_TEXT = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LONG AN',
  'Số: 31/2025/QĐ-UBND',
  'Long An, ngày 05 tháng 5 năm 2025',
  'QUYẾT ĐỊNH',
  'Ban hành Quy định thử nghiệm cấu trúc',
  'Căn cứ Luật Tổ chức chính quyền địa phương;',
  'Phần thứ nhất',
  'QUY ĐỊNH CHUNG',
  'Chương I',
  'PHẠM VI',
  'Mục 1',
  'ĐỐI TƯỢNG',
  'Tiểu mục 1',
  'CÁ NHÂN',
  'Điều 1. Phạm vi',
  '1. Khoản một gồm:',
  'a) điểm a;',
  'b) điểm b.',
  '2. Khoản hai.',
  'Điều 2. Hiệu lực',
  'Quyết định này có hiệu lực từ ngày ký.',
  'Phần thứ hai',
  'ĐIỀU KHOẢN THI HÀNH',
  'Chương II',
  'TỔ CHỨC THỰC HIỆN',
  'Điều 3. Trách nhiệm thi hành',
  'Các sở, ngành thi hành Quyết định này.',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Nguyễn Văn An',
  'PHỤ LỤC',
  'Danh mục biểu mẫu',
  'Mẫu số 01: Đơn đề nghị & tờ khai <bản giấy>.',
].join('\n')

const PLAN_TEXT = [
  'KẾ HOẠCH',
  'Tuyên truyền pháp luật năm 2025',
  'Thực hiện Kế hoạch số 1/KH-UBND;',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Nâng cao nhận thức pháp luật.',
  '1. Mục đích',
  'a) Phổ biến kịp thời;',
  'b) Đổi mới hình thức.',
  '2. Yêu cầu',
  'Thiết thực, hiệu quả.',
  'II. NỘI DUNG',
  '1. Tổ chức hội nghị',
  '2. Biên soạn tài liệu',
].join('\n')

/** Markup characters, quotes, XML-forbidden control characters, emoji, combining marks, CJK, RTL. */
const ODD_TEXT = [
  'Điều 1. Ký tự "lạ" & <thẻ> \'nháy\' ]]>',
  'Nội dung có ký tự điều khiển \u0001\u0008\u000b\u001f và \ufffe\uffff bị bỏ, emoji 🇻🇳😀, tổ hợp Vie\u0323\u0302t, khoảng\u00a0trắng, \u200bkhông rộng, 法律, العربية.',
  '1. Khoản có tab\tvà dòng\r\nsau CRLF; &amp; không phải thực thể; &#x1; cũng không.',
].join('\n')

describe('every structure kind and relation is valid against the official OASIS schema', () => {
  const docs: Record<string, LegalDocument> = {}
  const xmls: Record<string, string> = {}
  const roots: Record<string, XmlElement> = {}
  const workOf = (d: LegalDocument) => workUri(documentKey(d)!, 'longan')
  const relate = (from: LegalDocument, to: LegalDocument, type: string, provision?: string) =>
    t.payload.create({
      collection: 'document-relations',
      data: { from: from.id, to: to.id, type, ...(provision ? { provision } : {}) } as never,
      depth: 0,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })

  beforeAll(async () => {
    const local = { issuer: 'Ủy ban nhân dân tỉnh Long An', scope: 'dia-phuong' } as const
    docs.deep = await create({
      ...local,
      number: '31/2025/QĐ-UBND',
      type: 'quyet-dinh',
      title: 'Ban hành Quy định thử nghiệm cấu trúc',
      issuedAt: vnMidnight('2025-05-05') as string,
      effectiveAt: vnMidnight('2025-05-15') as string,
      signer: 'Nguyễn Văn An',
      signerTitle: 'CHỦ TỊCH',
      congBaoNumber: '15+16',
      congBaoDate: vnMidnight('2025-05-20') as string,
      text: DEEP_TEXT,
    })
    docs.plan = await create({
      ...local,
      number: '45/KH-UBND',
      type: 'ke-hoach',
      title: 'Tuyên truyền pháp luật năm 2025',
      issuedAt: vnMidnight('2025-02-10') as string,
      signer: 'Trần Thị Bình',
      text: PLAN_TEXT,
    })
    docs.plain = await create({
      ...local,
      number: '120/UBND-NC',
      type: 'cong-van',
      title: 'Về việc góp ý dự thảo',
      issuedAt: vnMidnight('2025-03-01') as string,
      text: 'Văn bản chỉ có đoạn văn.\nKhông có điều, khoản hay mục đánh số nào.',
    })
    docs.odd = await create({
      ...local,
      number: '07/2025/CT-UBND',
      type: 'chi-thi',
      title: 'Mức "phạt" < 5 triệu & > 1 triệu đồng — thử ký tự \'lạ\'',
      issuer: 'Ủy ban nhân dân tỉnh Long An & "Sở" Tư pháp',
      issuedAt: vnMidnight('2025-04-04') as string,
      signer: 'Lê "Văn" C & D',
      signerTitle: 'KT. CHỦ TỊCH <> PHÓ CHỦ TỊCH',
      text: ODD_TEXT,
    })
    docs.repealing = await create({
      ...local,
      number: '40/2025/QĐ-UBND',
      type: 'quyet-dinh',
      title: 'Bãi bỏ Điều 2 và sửa đổi điểm a khoản 1 Điều 1',
      issuedAt: vnMidnight('2025-08-01') as string,
      effectiveAt: vnMidnight('2025-08-15') as string,
    })
    docs.replacing = await create({
      ...local,
      number: '60/KH-UBND',
      type: 'ke-hoach',
      title: 'Kế hoạch thay thế',
      issuedAt: vnMidnight('2025-09-01') as string,
    })
    await relate(docs.repealing, docs.deep, 'bai-bo', 'Điều 2')
    await relate(docs.repealing, docs.deep, 'sua-doi', 'điểm a khoản 1 Điều 1')
    await relate(docs.replacing, docs.plan, 'thay-the')
    await relate(docs.deep, law, 'can-cu')
    await relate(docs.plan, docs.deep, 'huong-dan')
    for (const [name, doc] of Object.entries(docs)) {
      const res = await get(`${workOf(doc)}/vie@/main.xml`)
      expect(res.status, name).toBe(200)
      xmls[name] = await res.text()
      roots[name] = parseXml(xmls[name]!)
    }
  }, 60_000)

  it('all are well-formed and valid against the schema, in one xmllint run', () => {
    expectValidAkn(Object.entries(xmls).map(([label, xml]) => ({ label, xml })))
  })

  it('Phần, Chương, Mục, Tiểu mục, Điều, Khoản, Điểm, the preamble, the appendix and the Công báo', () => {
    const root = roots.deep!
    const eIds = (name: string) => all(root, name).map((e) => e.attrs.eId)
    expect(eIds('part')).toEqual(['phan-1', 'phan-2'])
    expect(eIds('chapter')).toEqual(['chuong-i', 'chuong-ii'])
    expect(eIds('section')).toEqual(['chuong-i-muc-1'])
    expect(eIds('subsection')).toEqual(['chuong-i-muc-1-tieu-muc-1'])
    expect(eIds('article')).toEqual(['dieu-1', 'dieu-2', 'dieu-3'])
    expect(eIds('paragraph')).toEqual(['dieu-1-khoan-1', 'dieu-1-khoan-2'])
    expect(eIds('point')).toEqual(['dieu-1-khoan-1-diem-a', 'dieu-1-khoan-1-diem-b'])
    expect(textOf(one(root, 'preamble'))).toContain('Căn cứ Luật Tổ chức chính quyền địa phương')
    const appendix = one(one(root, 'attachments'), 'doc')
    expect(appendix.attrs.name).toBe('phu-luc')
    expect(textOf(one(appendix, 'mainBody'))).toContain('Đơn đề nghị & tờ khai <bản giấy>')
    const publication = one(root, 'publication')
    expect([publication.attrs.name, publication.attrs.date, publication.attrs.number]).toEqual([
      'congbao',
      '2025-05-20',
      '15+16',
    ])
    expect(one(root, 'person').attrs.refersTo).toBe('#signer')
    expect(one(root, 'role').attrs.refersTo).toBe('#signerRole')
  })

  it('a plan has Roman-numbered and numbered sections as named containers, with points', () => {
    const root = roots.plan!
    const containers = all(root, 'hcontainer').map((h) => `${h.attrs.name}:${h.attrs.eId}`)
    expect(containers).toEqual([
      'muc-la-ma:muc-i',
      'muc:muc-i-1',
      'muc:muc-i-2',
      'muc-la-ma:muc-ii',
      'muc:muc-ii-1',
      'muc:muc-ii-2',
    ])
    expect(all(root, 'point').map((p) => p.attrs.eId)).toEqual(['muc-i-1-a', 'muc-i-1-b'])
    expect(all(root, 'chapter')).toHaveLength(0)
  })

  it('a text without structure is one container; odd characters are escaped or dropped', () => {
    const plain = one(roots.plain!, 'body')
    expect(plain.children).toHaveLength(1)
    expect(one(plain, 'hcontainer').attrs.name).toBe('toan-van')
    expect(textOf(plain)).toContain('Không có điều, khoản hay mục đánh số nào.')

    const odd = roots.odd!
    expect(xmls.odd).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/)
    const article = one(odd, 'article')
    expect(textOf(one(article, 'heading'))).toBe('Ký tự "lạ" & <thẻ> \'nháy\' ]]>')
    const body = textOf(article)
    // (text is stored in NFC, so the combining marks come back composed)
    const pieces = ['emoji 🇻🇳😀', 'Vie\u0323\u0302t'.normalize('NFC'), '法律', 'العربية', '&amp; không phải', '&#x1;']
    for (const piece of pieces) {
      expect(body).toContain(piece)
    }
    expect(textOf(one(odd, 'docTitle'))).toBe('Mức "phạt" < 5 triệu & > 1 triệu đồng — thử ký tự \'lạ\'')
    expect(textOf(one(odd, 'conclusions'))).toContain('Lê "Văn" C & D')
  })

  it('repeal, amendment and replacement become passive and active modifications', () => {
    const passive = all(one(roots.deep!, 'passiveModifications'), 'textualMod').map((m) => [
      m.attrs.type,
      one(m, 'destination').attrs.href,
    ])
    expect(passive.sort()).toEqual([
      ['repeal', '#dieu-2'],
      ['substitution', '#dieu-1-khoan-1-diem-a'],
    ])
    expect(
      all(roots.deep!, 'eventRef')
        .map((e) => e.attrs.type)
        .sort(),
    ).toEqual(['amendment', 'generation', 'repeal'])
    const replaced = one(one(roots.plan!, 'passiveModifications'), 'textualMod')
    expect(replaced.attrs.type).toBe('substitution')
    expect(one(replaced, 'source').attrs.href).toBe(workOf(docs.replacing!))
    const active = all(one(roots.repealing!, 'activeModifications'), 'textualMod')
    expect(active.map((m) => one(m, 'destination').attrs.href)).toEqual([workOf(docs.deep!), workOf(docs.deep!)])
    // "căn cứ" and "hướng dẫn" are references, not modifications
    expect(all(roots.plan!, 'activeModifications')).toHaveLength(0)
  })
})

describe('permanent identifiers resolve', () => {
  it('redirects the work and the expression to the page, or to the format the client accepts', async () => {
    const page = await get(LAW_WORK, 'text/html,application/xhtml+xml,application/xml;q=0.9')
    expect(page.status).toBe(303)
    expect(page.headers.get('location')).toMatch(/\/van-ban\/luat-77-2024-qh15$/)
    const xml = await get(`${LAW_WORK}/vie@`, 'application/akn+xml')
    expect(xml.headers.get('location')).toMatch(new RegExp(`${LAW_WORK}/vie@/main.xml$`))
  })

  it('resolves ELI identifiers, with the format by extension or by content type', async () => {
    const eli = '/eli/vn/luat/2024/06/20/luat-77-2024-qh15'
    expect((await get(eli)).headers.get('location')).toMatch(/\/van-ban\/luat-77-2024-qh15$/)
    expect((await get(eli, 'application/xml')).headers.get('location')).toMatch(/main\.xml$/)
    const html = await get(`${eli}/vie/html`)
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toContain('text/html')
    const local = '/eli/vn-longan/quyet-dinh/2025/03/03/quyet-dinh-12-2025-qd-ubnd/vie/xml'
    expect((await get(local)).status).toBe(200)
  })

  it('answers 404 for a draft, a wrong date, jurisdiction or type, and 400 for a malformed address', async () => {
    const draftWork = `/akn/vn-longan/act/2025-04-01/${hidden.slug}/vie@/main.xml`
    for (const path of [
      draftWork,
      `/eli/vn-longan/quyet-dinh/2025/04/01/${hidden.slug}/vie/xml`,
      '/akn/vn/act/2024-06-21/luat-77-2024-qh15/vie@/main.xml',
      '/akn/vn-longan/act/2024-06-20/luat-77-2024-qh15/vie@/main.xml',
      '/eli/vn/nghi-dinh/2024/06/20/luat-77-2024-qh15',
    ]) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      const body = (await res.json()) as { title: string; status: number; detail: string }
      expect(body.status).toBe(404)
      expect(body.title).toBe('Không tìm thấy văn bản')
      expect(JSON.stringify(body)).not.toContain('Dự thảo')
    }
    for (const path of [
      '/akn/vn/bill/2024-06-20/luat-77-2024-qh15',
      '/akn/vn/act/2024-13-45/luat-77-2024-qh15',
      '/akn/vn/act/2024-06-20/LUAT_77',
      `${LAW_WORK}/eng@/main.xml`,
      `${LAW_WORK}/vie@/main.exe`,
      '/akn/vn/act/2024-06-20/%E0%A4%A',
      '/eli/vn/luat/2024/06/20/luat-77-2024-qh15/vie/rtf',
    ]) {
      const res = await get(path)
      expect(res.status, path).toBe(400)
      expect(((await res.json()) as { detail: string }).detail).toMatch(/có dạng/)
    }
  })
})

describe('standalone HTML', () => {
  it('holds every chapter and article as headings with the page anchors, and no script', async () => {
    const res = await get(`${LAW_WORK}/vie@/main.html`)
    const html = await res.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toMatch(/<section id="chuong-ii"[^>]*><h2>Chương II<br>XỬ LÝ VI PHẠM<\/h2>/)
    expect(html).toMatch(/<section id="dieu-8"[^>]*><h3>Điều 8\. Xử lý vi phạm<\/h3>/)
    expect(html).toContain('id="dieu-8-khoan-2-diem-dd"')
    expect(html).toContain('thử nghiệm &amp; kiểm tra &lt;định dạng&gt;')
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)[^"]*\.(js|css)/)
    expect(() => xmllint(['--html', '--noout'], html)).not.toThrow()
  })
})

describe('PDF and Word downloads', () => {
  it('the PDF holds the chapters, articles and points in Vietnamese (pdftotext)', async () => {
    const res = await get(`${LAW_WORK}/vie@/main.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain('luat-77-2024-qh15.pdf')
    const bytes = new Uint8Array(await res.arrayBuffer())
    const file = join(dir, 'law.pdf')
    writeFileSync(file, bytes)
    // The outline: chapters at the top, their articles under them.
    const { catalog } = await PDFDocument.load(bytes)
    const outline = catalog.lookup(PDFName.of('Outlines'), PDFDict)
    expect(outline.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(2)
    const title = (d: PDFDict) => d.lookup(PDFName.of('Title'), PDFHexString).decodeText()
    const chapter2 = outline.lookup(PDFName.of('Last'), PDFDict)
    expect(title(chapter2)).toBe('Chương II XỬ LÝ VI PHẠM')
    const articles = [chapter2.lookup(PDFName.of('First'), PDFDict)]
    articles.push(articles[0]!.lookup(PDFName.of('Next'), PDFDict))
    expect(articles.map(title)).toEqual(['Điều 8. Xử lý vi phạm', 'Điều 10. Hiệu lực thi hành'])
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    for (const expected of [
      'LUẬT',
      'Luật Thử nghiệm định dạng',
      'Chương II',
      'XỬ LÝ VI PHẠM',
      'Điều 8. Xử lý vi phạm',
      '2. Người vi phạm bị xử lý như sau:',
      'đ) tước quyền sử dụng giấy phép.',
      'Điều 10. Hiệu lực thi hành',
      'Trần Thanh Mẫn',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('the DOCX is a well-formed package whose headings and bookmarks follow the structure', async () => {
    const res = await get(`/eli/vn/luat/2024/06/20/luat-77-2024-qh15/vie/docx`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/styles.xml',
    ])
    for (const [name, bytes] of Object.entries(files)) {
      expect(() => xmllint(['--noout'], strFromU8(bytes)), name).not.toThrow()
    }
    const docXml = parseXml(strFromU8(files['word/document.xml']!))
    const paragraphs = all(docXml, 'p').map((p) => ({
      style: all(p, 'pStyle')[0]?.attrs.val,
      text: all(p, 't').map(textOf).join(''),
      bookmark: all(p, 'bookmarkStart')[0]?.attrs.name,
    }))
    const headings = paragraphs.filter((p) => p.style?.startsWith('Heading'))
    expect(headings.map((h) => `${h.style}:${h.text}`)).toEqual([
      'Heading1:Chương I',
      'Heading1:NHỮNG QUY ĐỊNH CHUNG',
      'Heading3:Điều 1. Phạm vi điều chỉnh',
      'Heading1:Chương II',
      'Heading1:XỬ LÝ VI PHẠM',
      'Heading3:Điều 8. Xử lý vi phạm',
      'Heading3:Điều 10. Hiệu lực thi hành',
    ])
    expect(paragraphs.find((p) => p.bookmark === '_dieu_8_khoan_2_diem_dd')?.text).toBe(
      'đ) tước quyền sử dụng giấy phép.',
    )
    expect(paragraphs.some((p) => p.text.includes('thử nghiệm & kiểm tra <định dạng>'))).toBe(true)
    const styles = strFromU8(files['word/styles.xml']!)
    expect(styles).toContain('w:styleId="Heading3"')
    expect(styles).toContain('<w:outlineLvl w:val="2"/>')
  })

  it('a draft has no download in any format', async () => {
    for (const format of ['pdf', 'docx', 'html', 'xml']) {
      const res = await get(`/akn/vn-longan/act/2025-04-01/${hidden.slug}/vie@/main.${format}`)
      expect(res.status).toBe(404)
    }
  })
})

describe('the seeded demo documents (the Labour Code 2019 and the Công báo records)', () => {
  beforeAll(async () => {
    const { seedLegalDocuments } = await import('@/modules/legal-documents/seed/seed-legal-documents')
    await seedLegalDocuments(t.payload)
  }, 120_000)

  it('every format holds its 17 chapters and 220 articles, and the AKN eIds are the page anchors', async () => {
    const found = await t.payload.find({
      collection: 'legal-documents',
      where: { number: { equals: '45/2019/QH14' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const code = found.docs[0]
    if (!code) throw new Error('the demo corpus is not on this machine (../shared/data/legal-corpus)')
    const work = `/akn/vn/act/2019-11-20/${code.slug}/vie@`
    const xml = await (await get(`${work}/main.xml`)).text()
    expect(() => xmllint(['--noout'], xml)).not.toThrow()
    expectValidAkn([{ label: 'labour-code', xml }])
    const root = parseXml(xml)
    expect(all(root, 'chapter')).toHaveLength(17)
    const articles = all(root, 'article')
    expect(articles).toHaveLength(220)
    expect(articles[0]!.attrs.eId).toBe('dieu-1')
    expect(articles[219]!.attrs.eId).toBe('dieu-220')

    const html = await (await get(`${work}/main.html`)).text()
    expect(html.match(/<section id="dieu-\d+"/g)).toHaveLength(220)

    const pdfFile = join(dir, 'code.pdf')
    writeFileSync(pdfFile, Buffer.from(await (await get(`${work}/main.pdf`)).arrayBuffer()))
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    expect(text).toContain('Điều 1. Phạm vi điều chỉnh')
    expect(text).toContain('Điều 220. Hiệu lực thi hành')
    expect(text).toContain('Chương XVII')

    const files = unzipSync(new Uint8Array(await (await get(`${work}/main.docx`)).arrayBuffer()))
    const body = strFromU8(files['word/document.xml']!)
    expect(() => parseXml(body)).not.toThrow()
    expect(body.match(/<w:pStyle w:val="Heading3"\/>/g)).toHaveLength(220)
  }, 120_000)

  it('every published demo document is valid against the official OASIS schema', async () => {
    const published = await t.payload.find({
      collection: 'legal-documents',
      where: { id: { not_in: createdHere } },
      pagination: false,
      depth: 0,
      select: { slug: true, issuedAt: true, scope: true, type: true, number: true },
      overrideAccess: false,
      user: null,
    })
    const seeded = published.docs
    // The corpus gives the Labour Code, the Tây Ninh resolution and about thirty Công báo records.
    expect(seeded.length).toBeGreaterThanOrEqual(30)
    const docs: { label: string; xml: string }[] = []
    for (const doc of seeded) {
      const key = documentKey(doc)
      if (!key) continue
      const res = await get(`${workUri(key, 'longan')}/vie@/main.xml`)
      expect(res.status, doc.number).toBe(200)
      docs.push({ label: doc.number, xml: await res.text() })
    }
    expect(docs.length).toBe(seeded.length)
    expectValidAkn(docs)
  }, 120_000)
})
