/**
 * Demo dialogues for the province in config/province.json: one collecting comments now (closing
 * in two weeks), one closed with decisions, a published summary and the adopted decree linked,
 * and one live session with questions collected beforehand. Runs as the system (seeds may
 * override access); comments go through the same hooks as the public form.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, RequestContext } from 'payload'
import type { Dialogue } from '@/payload-types'
import { blocksToLexical } from '@/shared/text/blocks-to-lexical'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import { DIALOGUE_COMMENTS_SLUG, DIALOGUES_SLUG, type Decision } from '../constants'
import type { CommentContext } from '../hooks/comment-hooks'
import {
  CLOSED_COMMENTS,
  CLOSED_DRAFT,
  LIVE_QUESTIONS,
  OPEN_COMMENTS,
  OPEN_DRAFT,
  type DemoComment,
} from './dialogue-data'

type Log = (message: string) => void
const DAY = 24 * 60 * 60 * 1000

function provinceName(): string {
  const file = process.env.PROVINCE_CONFIG || path.resolve('config', 'province.json')
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { provinceName?: string }).provinceName ?? 'tỉnh'
  } catch {
    return 'tỉnh'
  }
}

async function idBySlug(payload: Payload, collection: 'units' | 'legal-fields', slug: string) {
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  return found.docs[0]?.id ?? null
}

async function documentId(payload: Payload, number: string) {
  const found = await payload.find({
    collection: 'legal-documents',
    where: { number: { equals: number } },
    limit: 1,
    depth: 0,
  })
  return found.docs[0]?.id ?? null
}

export async function seedDialogue(payload: Payload, log: Log = () => {}): Promise<void> {
  const ctx: RequestContext = { disableRevalidate: true, disableNotifications: true, disableSearchIndex: true }
  const publish: RequestContext & WorkflowContext = {
    ...ctx,
    systemAction: { action: 'publish', byName: 'Dữ liệu mẫu' },
  }
  const province = provinceName()
  const now = Date.now()
  const [sogddt, sotuphap, ubnd, giaoduc, laodong] = await Promise.all([
    idBySlug(payload, 'units', 'so-gddt'),
    idBySlug(payload, 'units', 'so-tu-phap'),
    idBySlug(payload, 'units', 'ubnd-tinh'),
    idBySlug(payload, 'legal-fields', 'giao-duc'),
    idBySlug(payload, 'legal-fields', 'lao-dong'),
  ])
  const decree = await documentId(payload, '337/2025/NĐ-CP')
  const code = await documentId(payload, '45/2019/QH14')

  const create = (data: Partial<Dialogue>) =>
    payload.create({ collection: DIALOGUES_SLUG, data: data as Dialogue, overrideAccess: true, context: publish })

  const open = await create({
    title: `Lấy ý kiến dự thảo Nghị quyết quy định mức hỗ trợ học phí cho trẻ em mầm non, học sinh ${province}`,
    slug: 'du-thao-nghi-quyet-ho-tro-hoc-phi',
    kind: 'lay-y-kien',
    summary: `Sở Giáo dục và Đào tạo lấy ý kiến Nhân dân về dự thảo Nghị quyết của Hội đồng nhân dân ${province} quy định mức hỗ trợ học phí năm học 2026–2027.`,
    introduction: blocksToLexical([
      {
        type: 'p',
        text: `Thực hiện Luật Ban hành văn bản quy phạm pháp luật, Sở Giáo dục và Đào tạo đăng tải toàn văn dự thảo để cơ quan, tổ chức, cá nhân góp ý. Ý kiến góp ý xin gửi trước hạn chót nêu trên; mỗi ý kiến được cơ quan soạn thảo nghiên cứu, tiếp thu hoặc giải trình công khai.`,
      },
    ]),
    opensAt: new Date(now - 3 * DAY).toISOString(),
    closesAt: new Date(now + 14 * DAY).toISOString(),
    unit: sogddt,
    fields: giaoduc ? [giaoduc] : [],
    importText: OPEN_DRAFT(province),
    backgroundDocuments: code ? [code] : [],
  } as Partial<Dialogue>)

  const closed = await create({
    title: 'Lấy ý kiến dự thảo Nghị định quy định về hợp đồng lao động điện tử',
    slug: 'du-thao-nghi-dinh-hop-dong-lao-dong-dien-tu',
    kind: 'lay-y-kien',
    summary: `Sở Tư pháp phối hợp tổ chức lấy ý kiến doanh nghiệp, người lao động trên địa bàn ${province} về dự thảo Nghị định của Chính phủ.`,
    opensAt: new Date(now - 60 * DAY).toISOString(),
    closesAt: new Date(now - 30 * DAY).toISOString(),
    unit: sotuphap,
    fields: laodong ? [laodong] : [],
    importText: CLOSED_DRAFT,
    closingSummary:
      'Sau 30 ngày lấy ý kiến, cơ quan chủ trì nhận được 4 ý kiến hợp lệ; các ý kiến đã được tổng hợp, gửi cơ quan soạn thảo và được tiếp thu, giải trình như bảng dưới đây. Nghị định đã được Chính phủ ban hành.',
    adoptedDocument: decree,
    finalText: blocksToLexical([
      {
        type: 'p',
        text: 'Chính phủ đã ban hành Nghị định số 337/2025/NĐ-CP ngày 24/12/2025 quy định về hợp đồng lao động điện tử, có hiệu lực từ ngày 01/01/2026.',
      },
    ]),
  } as Partial<Dialogue>)

  const live = await create({
    title: `Đối thoại trực tiếp giữa Chủ tịch UBND ${province} với thanh niên về việc làm, học nghề năm 2026`,
    slug: 'doi-thoai-thanh-nien-viec-lam-hoc-nghe-2026',
    kind: 'truc-tiep',
    summary: 'Thanh niên gửi câu hỏi trước phiên đối thoại; lãnh đạo tỉnh và các sở trả lời trực tiếp tại hội nghị.',
    opensAt: new Date(now - 5 * DAY).toISOString(),
    closesAt: new Date(now + 9 * DAY).toISOString(),
    sessionStartsAt: new Date(now + 10 * DAY).toISOString(),
    sessionEndsAt: new Date(now + 10 * DAY + 3 * 60 * 60 * 1000).toISOString(),
    place: 'Hội trường Trung tâm Hội nghị tỉnh, số 03 Trương Định, Phường 1, thành phố Tân An',
    unit: ubnd,
    fields: laodong ? [laodong] : [],
    officials: [
      { name: 'Nguyễn Văn Út', title: 'Chủ tịch UBND tỉnh', unit: `Ủy ban nhân dân ${province}` },
      { name: 'Trần Thị Hồng', title: 'Giám đốc', unit: 'Sở Nội vụ' },
      { name: 'Lê Minh Khoa', title: 'Phó Giám đốc', unit: 'Sở Giáo dục và Đào tạo' },
    ],
  } as Partial<Dialogue>)

  let count = 0
  const addComments = async (dialogue: Dialogue, comments: DemoComment[]) => {
    const opened = new Date(dialogue.opensAt).getTime()
    for (const [i, c] of comments.entries()) {
      // Spread over the collection period (never in the future), as real comments would be.
      const createdAt = new Date(Math.min(opened + (i + 1) * DAY, now - (comments.length - i) * 60_000)).toISOString()
      const context: CommentContext & RequestContext = {
        ...ctx,
        publicSubmission: true,
        allowOutsidePeriod: true,
        commentMeta: { ipHash: null, contactHash: null },
      }
      const doc = await payload.create({
        collection: DIALOGUE_COMMENTS_SLUG,
        data: {
          dialogue: dialogue.id,
          sectionKey: c.section,
          authorName: c.name,
          email: c.email,
          body: c.body,
          status: 'cho-duyet',
          createdAt,
        },
        overrideAccess: true,
        context,
      })
      await payload.update({
        collection: DIALOGUE_COMMENTS_SLUG,
        id: doc.id,
        data: {
          status: c.status ?? 'da-dang',
          rejectReason: c.status === 'tu-choi' ? 'Nội dung không liên quan đến dự thảo.' : undefined,
          ...(c.decision ? { decision: c.decision as Decision, decisionReason: c.reason ?? null } : {}),
        },
        overrideAccess: true,
        context: ctx,
      })
      count += 1
    }
  }
  await addComments(open, OPEN_COMMENTS)
  await addComments(closed, CLOSED_COMMENTS)
  await addComments(live, LIVE_QUESTIONS)
  await payload.update({
    collection: DIALOGUES_SLUG,
    id: closed.id,
    data: { summaryPublished: true },
    overrideAccess: true,
    context: { ...ctx, systemAction: { action: 'publish', byName: 'Dữ liệu mẫu' } },
  })
  log(`Đối thoại, lấy ý kiến: 3 đợt, ${count} góp ý và câu hỏi`)
}
