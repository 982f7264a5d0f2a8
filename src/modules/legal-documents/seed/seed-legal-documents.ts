/**
 * Demo legal documents from the shared real-data corpus (../shared/data/legal-corpus): the Labour
 * Code 2019 in full, the UBTVQH resolution that reorganises the communes of Tây Ninh (which Long An
 * joined in 2025), about thirty Công báo records, three real relations between them, and one
 * companion material. Skipped with a note when the corpus is not on this machine.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, RequestContext } from 'payload'
import { blocksToLexical } from '@/shared/text/blocks-to-lexical'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import { DOCUMENT_MATERIALS_SLUG, DOCUMENT_RELATIONS_SLUG, LEGAL_DOCUMENTS_SLUG } from '../constants'
import { updateEffectStatuses } from '../effect/update-effect-statuses'
import { importDocuments } from '../import/run-import'
import { LABOUR_CODE_INTRODUCTION } from './material-text'

type Log = (message: string) => void

export const corpusDir = (): string =>
  process.env.LEGAL_CORPUS_DIR || path.resolve(process.cwd(), '..', 'shared', 'data', 'legal-corpus')

const FULL_TEXT = ['45/2019/QH14', '1682/NQ-UBTVQH15']

/** Công báo records named for the relations and the uniqueness example (49/2010/QH12 twice). */
const NAMED = [
  '10/2012/QH13',
  '46/2013/NĐ-CP',
  '102/2013/NĐ-CP',
  '11/2016/NĐ-CP',
  '203/2025/QH15',
  '49/2010/QH12',
  '337/2025/NĐ-CP',
  '08/2026/TT-BNV',
]
const CONG_BAO_COUNT = 30
/** A fixed day, so the same records are picked whatever the date: those in force from it on. */
const LATE_EFFECT = '2026-12-01'

type Line = { raw: string; so_hieu?: string; ngay_ban_hanh?: string; ngay_hieu_luc?: string | null }

function readLines(file: string): Line[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((raw) => raw.trim() !== '')
    .map((raw) => ({ raw, ...(JSON.parse(raw) as Omit<Line, 'raw'>) }))
}

/** The named records, those taking effect from LATE_EFFECT on, then the latest issued. */
function pickCongBao(lines: Line[]): string {
  const picked = new Set<Line>(lines.filter((l) => l.so_hieu && NAMED.includes(l.so_hieu)))
  for (const l of lines) if ((l.ngay_hieu_luc ?? '') >= LATE_EFFECT) picked.add(l)
  const latest = [...lines].sort((a, b) => (b.ngay_ban_hanh ?? '').localeCompare(a.ngay_ban_hanh ?? ''))
  for (const l of latest) {
    if (picked.size >= CONG_BAO_COUNT) break
    picked.add(l)
  }
  return [...picked].map((l) => l.raw).join('\n')
}

async function idOf(payload: Payload, number: string, type?: string): Promise<number | null> {
  const found = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: { and: [{ number: { equals: number } }, ...(type ? [{ type: { equals: type } }] : [])] },
    limit: 1,
    depth: 0,
    select: { number: true },
    overrideAccess: true,
  })
  return found.docs[0]?.id ?? null
}

export async function seedLegalDocuments(payload: Payload, log: Log = () => {}): Promise<void> {
  const dir = corpusDir()
  const documentsFile = path.join(dir, 'documents.jsonl')
  const congbaoFile = path.join(dir, 'congbao_metadata.jsonl')
  if (!fs.existsSync(documentsFile) || !fs.existsSync(congbaoFile)) {
    log(`Văn bản pháp luật: không thấy dữ liệu ở ${dir}, bỏ qua.`)
    return
  }
  const options = { publish: true, publishedBy: 'Dữ liệu mẫu' }
  const full = readLines(documentsFile).filter((l) => l.so_hieu && FULL_TEXT.includes(l.so_hieu))
  const a = await importDocuments(
    payload,
    { name: 'documents.jsonl', content: full.map((l) => l.raw).join('\n') },
    { ...options, format: 'jsonl' },
  )
  const b = await importDocuments(
    payload,
    { name: 'congbao_metadata.jsonl', content: pickCongBao(readLines(congbaoFile)) },
    { ...options, format: 'congbao' },
  )

  // Seeds write as the system, without cache refreshes or e-mails.
  const ctx: RequestContext = { disableRevalidate: true, disableNotifications: true }
  const [code2019, code2012, decree46, resolution, constitutionAmendment] = await Promise.all([
    idOf(payload, '45/2019/QH14'),
    idOf(payload, '10/2012/QH13'),
    idOf(payload, '46/2013/NĐ-CP'),
    idOf(payload, '1682/NQ-UBTVQH15'),
    idOf(payload, '203/2025/QH15'),
  ])
  const relations = [
    // Điều 220: "Bộ luật Lao động số 10/2012/QH13 hết hiệu lực kể từ ngày Bộ luật này có hiệu lực thi hành."
    { from: code2019, to: code2012, type: 'thay-the', note: 'Theo khoản 1 Điều 220 Bộ luật Lao động 2019.' },
    { from: decree46, to: code2012, type: 'huong-dan', note: 'Quy định chi tiết về tranh chấp lao động.' },
    { from: resolution, to: constitutionAmendment, type: 'can-cu', note: null },
  ] as const
  let made = 0
  for (const r of relations) {
    if (r.from === null || r.to === null) continue
    await payload.create({
      collection: DOCUMENT_RELATIONS_SLUG,
      data: { from: r.from, to: r.to, type: r.type, note: r.note },
      depth: 0,
      overrideAccess: true,
      context: ctx,
    })
    made += 1
  }
  if (code2019 !== null) {
    const publish: RequestContext & WorkflowContext = {
      ...ctx,
      systemAction: { action: 'publish', byName: 'Dữ liệu mẫu' },
    }
    await payload.create({
      collection: DOCUMENT_MATERIALS_SLUG,
      data: {
        kind: 'gioi-thieu-noi-dung',
        title: LABOUR_CODE_INTRODUCTION.title,
        slug: 'gioi-thieu-nhung-diem-moi-cua-bo-luat-lao-dong-2019',
        summary: LABOUR_CODE_INTRODUCTION.summary,
        body: blocksToLexical(LABOUR_CODE_INTRODUCTION.body),
        documents: [code2019],
        publishedAt: new Date('2026-11-02T08:00:00+07:00').toISOString(),
      },
      depth: 0,
      overrideAccess: true,
      context: publish,
    })
  }
  const changes = await updateEffectStatuses(payload, new Date())
  log(
    `Văn bản pháp luật: ${a.created + b.created} văn bản (${a.errors.length + b.errors.length} lỗi), ${made} quan hệ, ${changes.length} thay đổi hiệu lực`,
  )
}
