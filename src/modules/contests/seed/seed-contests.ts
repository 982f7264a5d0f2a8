import type { Payload, RequestContext } from 'payload'
import { blocksToLexical } from '@/shared/text/blocks-to-lexical'
import { CONTESTS_SLUG, CONTEST_ENTRIES_SLUG, CONTEST_QUESTIONS_SLUG, CONTEST_ROUNDS_SLUG } from '../constants'
import type { AttemptItem } from '../engine/items'
import { certificateFor } from '../server/certificates'
import { newAccessToken } from '../server/contestant-session'
import { savePrediction, saveAnswer, startAttempt, submitAttempt } from '../server/engine'
import { DEMO_PREDICTIONS, DEMO_QUESTIONS } from './question-bank'

type Log = (message: string) => void
const DAY = 86_400_000

/** Contestants of the finished contest: [name, birth date, school key, right answers out of 8, prediction]. */
const FINISHED_ENTRIES: [string, string, string, number, number][] = [
  ['Nguyễn Hoàng Phúc', '2009-02-14', 'thpt-tan-an', 8, 11],
  ['Trần Ngọc Bảo Anh', '2010-07-03', 'thpt-chuyen-long-an', 8, 14],
  ['Lê Minh Khang', '2008-11-21', 'thpt-ben-luc', 7, 9],
  ['Phạm Thị Thu Hà', '1988-05-09', 'thpt-tan-an', 7, 12],
  ['Võ Quốc Huy', '2009-09-30', 'thpt-can-duoc', 6, 20],
  ['Đặng Thùy Linh', '1995-01-17', 'thpt-chuyen-long-an', 6, 10],
  ['Huỳnh Gia Bảo', '2010-12-02', 'thcs-thpt-my-quy', 5, 8],
  ['Bùi Thanh Tâm', '1979-03-25', 'thpt-ben-luc', 5, 15],
  ['Ngô Khánh Vy', '2011-04-11', 'thcs-long-huu-dong', 4, 6],
  ['Trương Văn Lộc', '1983-08-08', 'thpt-can-duoc', 3, 30],
]

const rules = (lines: string[]) =>
  blocksToLexical([
    { type: 'h2', text: 'Thể lệ cuộc thi' },
    { type: 'ol', items: lines },
  ])

/**
 * Demo contests: one open now ("Tìm hiểu pháp luật về an toàn giao thông cho học sinh", its round
 * open for five weeks) and one finished with published results, taken through the real engine at
 * past times (entries include minors, so the leaderboard shows shortened names), over a bank of
 * real questions citing the seeded documents. Runs once: nothing is done when a contest exists.
 */
export async function seedContests(payload: Payload, log: Log = () => {}): Promise<void> {
  // System seed: reads and writes as the system whatever the records' access rules.
  const sys = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } as RequestContext } as const
  if ((await payload.count({ collection: CONTESTS_SLUG, overrideAccess: true })).totalDocs > 0) return

  const bySlug = async (collection: 'legal-fields' | 'units' | 'audiences', slugs: string[]) => {
    const found = await payload.find({ collection, where: { slug: { in: slugs } }, limit: 100, ...sys })
    return new Map(found.docs.map((d) => [String((d as { slug?: string }).slug), d.id as number]))
  }
  const fields = await bySlug('legal-fields', [...new Set(DEMO_QUESTIONS.map((q) => q.field))])
  const schools = await bySlug('units', [
    ...new Set(FINISHED_ENTRIES.map((e) => e.at(2) as string)),
    'so-tu-phap',
    'so-gddt',
  ])
  const audiences = await bySlug('audiences', ['hoc-sinh', 'nguoi-lao-dong', 'thanh-nien'])
  const numbers = [...new Set(DEMO_QUESTIONS.map((q) => q.basis.number))]
  const docs = await payload.find({
    collection: 'legal-documents',
    where: { number: { in: numbers } },
    limit: 100,
    ...sys,
    select: { number: true },
  })
  const docIds = new Map(docs.docs.map((d) => [String((d as { number?: string }).number), d.id]))

  for (const q of DEMO_QUESTIONS) {
    const doc = docIds.get(q.basis.number)
    await payload.create({
      collection: CONTEST_QUESTIONS_SLUG,
      data: {
        code: q.code,
        kind: q.kind,
        text: q.text,
        field: fields.get(q.field) ?? null,
        options: q.options.map((text, i) => ({ text, correct: q.right ? q.right.includes(i) : i === 0 })),
        explanation: `${q.explanation} (Căn cứ: ${q.basis.article}, văn bản số ${q.basis.number}.)`,
        citations: doc ? [{ document: doc as number, article: q.basis.article }] : [],
        points: 1,
      },
      ...sys,
    })
  }
  const predictions = []
  for (const p of DEMO_PREDICTIONS) {
    predictions.push(
      await payload.create({
        collection: CONTEST_QUESTIONS_SLUG,
        data: { code: p.code, kind: 'prediction', text: p.text, field: fields.get(p.field) ?? null },
        ...sys,
      }),
    )
  }

  const now = Date.now()
  const traffic = await payload.create({
    collection: CONTESTS_SLUG,
    data: {
      title: 'Tìm hiểu pháp luật về an toàn giao thông cho học sinh',
      slug: 'tim-hieu-phap-luat-ve-an-toan-giao-thong-cho-hoc-sinh',
      summary:
        'Cuộc thi trực tuyến dành cho học sinh, giáo viên và phụ huynh trong tỉnh, tìm hiểu Luật Trật tự, an toàn giao thông đường bộ năm 2024 và Luật Trẻ em, hưởng ứng Năm an toàn giao thông.',
      status: 'published',
      organiser: schools.get('so-gddt') ?? null,
      fields: [fields.get('giao-thong'), fields.get('tre-em')].filter((x): x is number => x !== undefined),
      rules: rules([
        'Mỗi người đăng ký một lần cho mỗi vòng thi bằng thư điện tử của mình và xác thực bằng mã gửi qua thư.',
        'Mỗi lượt thi gồm 10 câu hỏi rút ngẫu nhiên, làm trong 15 phút; hết giờ bài được tự động nộp.',
        'Mỗi người được thi tối đa 2 lượt; kết quả cao nhất được tính.',
        'Xếp hạng theo điểm, rồi theo câu hỏi dự đoán, rồi theo thời gian làm bài.',
        'Học sinh dưới 18 tuổi cần cha mẹ hoặc người giám hộ đồng ý; bảng xếp hạng chỉ hiện tên rút gọn.',
      ]),
      prizes:
        'Giải cá nhân: 01 giải Nhất, 02 giải Nhì, 03 giải Ba, 10 giải Khuyến khích.\nGiải tập thể: 03 trường có tỷ lệ học sinh tham gia và điểm trung bình cao nhất.',
      eligibility: 'open',
      contactKinds: ['email'],
      askBirthDate: true,
      askSchool: true,
      certificateRule: 'threshold',
      certificateThreshold: 80,
      certificateSigner: 'Nguyễn Thị Thanh Hương',
      certificateSignerTitle: 'Giám đốc Sở Giáo dục và Đào tạo',
    },
    ...sys,
  })
  await payload.create({
    collection: CONTEST_ROUNDS_SLUG,
    data: {
      contest: traffic.id,
      number: 1,
      title: 'Vòng 1 – Thi trắc nghiệm trực tuyến',
      opensAt: new Date(now - 3 * DAY).toISOString(),
      closesAt: new Date(now + 35 * DAY).toISOString(),
      questionCount: 10,
      timeLimitMinutes: 15,
      attemptsAllowed: 2,
      drawFields: [fields.get('giao-thong'), fields.get('tre-em')].filter((x): x is number => x !== undefined),
      predictionQuestion: predictions[0]!.id,
    },
    ...sys,
  })

  await seedFinishedContest(payload, { sys, fields, schools, audiences, prediction: predictions[1]!.id, now })
  log(
    `Cuộc thi: ${DEMO_QUESTIONS.length + DEMO_PREDICTIONS.length} câu hỏi, 2 cuộc thi, ${FINISHED_ENTRIES.length} người dự thi.`,
  )
}

type Ctx = {
  sys: { overrideAccess: true; depth: 0; context: RequestContext }
  fields: Map<string, number>
  schools: Map<string, number>
  audiences: Map<string, number>
  prediction: number
  now: number
}

/** The finished contest, taken through the engine at past times, then closed with results published. */
async function seedFinishedContest(payload: Payload, c: Ctx): Promise<void> {
  const opens = c.now - 75 * DAY
  const contest = await payload.create({
    collection: CONTESTS_SLUG,
    data: {
      title: 'Cuộc thi trực tuyến tìm hiểu Bộ luật Lao động năm 2019',
      slug: 'cuoc-thi-truc-tuyen-tim-hieu-bo-luat-lao-dong-nam-2019',
      summary:
        'Dành cho học sinh trung học phổ thông sắp bước vào thị trường lao động, giáo viên và người lao động: quyền và nghĩa vụ khi giao kết hợp đồng, thời giờ làm việc, lao động chưa thành niên.',
      status: 'published',
      organiser: c.schools.get('so-tu-phap') ?? null,
      fields: [c.fields.get('lao-dong')].filter((x): x is number => x !== undefined),
      rules: rules([
        'Mỗi lượt thi gồm 8 câu hỏi về Bộ luật Lao động năm 2019, làm trong 10 phút.',
        'Mỗi người được thi 1 lượt.',
        'Giấy chứng nhận cấp cho người đạt từ 75% số điểm trở lên.',
      ]),
      prizes: '01 giải Nhất, 01 giải Nhì, 01 giải Ba và 05 giải Khuyến khích.',
      eligibility: 'open',
      contactKinds: ['email'],
      askBirthDate: true,
      askSchool: true,
      certificateRule: 'threshold',
      certificateThreshold: 75,
      certificateSigner: 'Trần Văn Nam',
      certificateSignerTitle: 'Giám đốc Sở Tư pháp',
    },
    ...c.sys,
  })
  const round = await payload.create({
    collection: CONTEST_ROUNDS_SLUG,
    data: {
      contest: contest.id,
      number: 1,
      title: 'Vòng 1',
      opensAt: new Date(opens).toISOString(),
      closesAt: new Date(c.now - 45 * DAY).toISOString(),
      questionCount: 8,
      timeLimitMinutes: 10,
      attemptsAllowed: 1,
      drawFields: [c.fields.get('lao-dong')].filter((x): x is number => x !== undefined),
      predictionQuestion: c.prediction,
    },
    ...c.sys,
  })
  const schoolNames = await payload.find({
    collection: 'units',
    where: { id: { in: [...c.schools.values()] } },
    limit: 20,
    ...c.sys,
    select: { title: true, slug: true },
  })
  const titleOf = new Map(schoolNames.docs.map((u) => [String(u.slug), u.title]))
  for (const [i, [fullName, birthDate, school, right, guess]] of FINISHED_ENTRIES.entries()) {
    const { token, hash } = newAccessToken()
    const at = opens + (i + 1) * 3 * 3_600_000
    const entry = await payload.create({
      collection: CONTEST_ENTRIES_SLUG,
      data: {
        contest: contest.id,
        round: round.id,
        fullName,
        birthDate: new Date(`${birthDate}T00:00:00Z`).toISOString(),
        guardianConsent: Number(birthDate.slice(0, 4)) >= 2008,
        unit: c.schools.get(school) ?? null,
        school: titleOf.get(school) ?? null,
        audience: c.audiences.get(Number(birthDate.slice(0, 4)) >= 2007 ? 'hoc-sinh' : 'nguoi-lao-dong') ?? null,
        contactKind: 'email',
        contact: `thi-sinh-${i + 1}@example.vn`,
        contactHash: `demo-${contest.id}-${i + 1}`,
        consentAt: new Date(at - 600_000).toISOString(),
        verifiedAt: new Date(at - 500_000).toISOString(),
        accessTokenHash: hash,
      },
      ...c.sys,
    })
    await takeDemoAttempt(payload, { roundId: round.id, token, tag: `demo-${entry.id}`, at, right, guess })
  }
  await payload.update({
    collection: CONTEST_ROUNDS_SLUG,
    id: round.id,
    data: { predictionAnswer: FINISHED_ENTRIES.length, resultsPublished: true },
    ...c.sys,
  })
  const closed = await payload.update({
    collection: CONTESTS_SLUG,
    id: contest.id,
    data: { status: 'closed' },
    ...c.sys,
  })
  const published = await payload.findByID({ collection: CONTEST_ROUNDS_SLUG, id: round.id, ...c.sys })
  const entries = await payload.find({
    collection: CONTEST_ENTRIES_SLUG,
    where: { round: { equals: round.id } },
    pagination: false,
    ...c.sys,
  })
  for (const entry of entries.docs) await certificateFor(payload, { entry, contest: closed, round: published })
}

async function takeDemoAttempt(
  payload: Payload,
  a: { roundId: number; token: string; tag: string; at: number; right: number; guess: number },
): Promise<void> {
  const session = `${a.tag}-0123456789abcdef`.slice(0, 40)
  const caller = (ms: number) => ({ roundId: a.roundId, token: a.token, session, now: new Date(a.at + ms) })
  const started = await startAttempt(payload, caller(0))
  if (!started.ok) throw new Error(`demo attempt refused: ${started.message}`)
  const attemptId = started.attempt.attemptId
  // System read of the snapshot: the seed answers with the key, as a contestant who knows it would.
  const doc = await payload.findByID({ collection: 'contest-attempts', id: attemptId, depth: 0, overrideAccess: true })
  const items = doc.items as unknown as AttemptItem[]
  for (const [index, item] of items.entries()) {
    const wrong = item.options.find((o) => !item.key.includes(o.id))?.id
    const choice = index < a.right || !wrong ? item.key : [wrong]
    await saveAnswer(payload, { ...caller((index + 1) * 20_000), attemptId, itemIndex: index, choice })
  }
  await savePrediction(payload, { ...caller(items.length * 20_000 + 5_000), attemptId, value: a.guess })
  await submitAttempt(payload, { ...caller(items.length * 20_000 + 10_000 + a.right * 1000), attemptId })
}
