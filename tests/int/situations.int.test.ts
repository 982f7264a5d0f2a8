import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LegalDocument, LegalSituation } from '@/payload-types'
import { parseChosenParam, parseSituationListParams } from '@/modules/situations/public/list-params'
import {
  ACTORS,
  as,
  createOrg,
  expectForbidden,
  messagesOf,
  pngFile,
  rejectionOf,
  richText,
  type Actor,
  type Org,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** Legal situations: fields, citations, the legal-basis flag, the quiz and who may do what. */

// Loaded after the test database is chosen: some of these reach the Payload config when imported.
let findSituationList: typeof import('@/modules/situations/public/find-situations').findSituationList
let getSituationPage: typeof import('@/modules/situations/public/get-situation').getSituationPage
let gradeQuiz: typeof import('@/modules/situations/public/grade-quiz')
let handleQuizPost: typeof import('@/modules/situations/public/quiz-route').handleQuizPost
let SituationPage: typeof import('@/modules/situations/ui/situation-page').SituationPage
let scanSituationsLegalBasis: typeof import('@/modules/situations/server/scan-legal-basis').scanSituationsLegalBasis
let scanLegalBasis: typeof import('@/modules/qa/server/scan-legal-basis').scanLegalBasis

let t: TestPayload
let org: Org
let law: LegalDocument
let field: { id: number; slug: string }
let audience: { id: number; slug: string }

const LAW_TEXT = [
  'Điều 1. Phạm vi điều chỉnh',
  'Luật này quy định thời giờ làm việc của người lao động chưa thành niên.',
  'Điều 2. Thời giờ làm việc',
  '1. Người chưa đủ 15 tuổi làm việc không quá 04 giờ trong 01 ngày.',
  '2. Người từ đủ 15 tuổi đến chưa đủ 18 tuổi làm việc không quá 08 giờ trong 01 ngày và 40 giờ trong 01 tuần.',
].join('\n')

let docSeq = 0
function legalDocument(text?: string): Promise<LegalDocument> {
  docSeq += 1
  return t.payload.create({
    collection: 'legal-documents',
    data: {
      number: `${docSeq}/2025/QH15`,
      type: 'luat',
      title: `Luật Thử nghiệm số ${docSeq}`,
      issuer: 'Quốc hội',
      issuedAt: '2025-01-10T00:00:00.000Z',
      ...(text ? { text } : {}),
    },
    depth: 0,
    overrideAccess: true,
    context: { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableRevalidate: true },
  })
}

type Data = Record<string, unknown>
const QUIZ = [
  {
    prompt: 'Người 16 tuổi làm việc tối đa bao nhiêu giờ một ngày?',
    options: [
      { text: '04 giờ', isCorrect: false },
      { text: '08 giờ', isCorrect: true },
      { text: '10 giờ', isCorrect: false },
    ],
    explanation: 'Khoản 2 Điều 2: không quá 08 giờ trong 01 ngày.',
  },
  {
    prompt: 'Và bao nhiêu giờ một tuần?',
    options: [
      { text: '40 giờ', isCorrect: true },
      { text: '48 giờ', isCorrect: false },
    ],
    explanation: 'Khoản 2 Điều 2: không quá 40 giờ trong 01 tuần.',
  },
]

function situationData(title: string, extra: Data = {}): Data {
  return {
    title,
    summary: `Tóm tắt: ${title}`,
    scenario: `Em Minh 16 tuổi làm thêm ở quán cà phê (${title}).`,
    question: 'Chủ quán được bố trí em làm bao nhiêu giờ?',
    analysis: richText('Theo khoản 2 Điều 2, người từ đủ 15 đến chưa đủ 18 tuổi làm không quá 08 giờ một ngày.'),
    answer: richText('Không quá 08 giờ một ngày và 40 giờ một tuần.'),
    citations: [{ document: law.id, article: 'khoản 2 Điều 2' }],
    fields: [field.id],
    audiences: [audience.id],
    ...extra,
  }
}

function create(actor: Actor, data: Data): Promise<LegalSituation> {
  return t.payload.create({ collection: 'legal-situations', data: data as never, depth: 0, ...as(org, actor) })
}
function update(actor: Actor, id: number, data: Data): Promise<LegalSituation> {
  return t.payload.update({ collection: 'legal-situations', id, data: data as never, depth: 0, ...as(org, actor) })
}
async function stored(id: number): Promise<LegalSituation> {
  return t.payload.findByID({ collection: 'legal-situations', id, depth: 0, overrideAccess: true })
}
async function published(title: string, extra: Data = {}): Promise<LegalSituation> {
  return create('editor-in-chief', { ...situationData(title, extra), workflowAction: 'publish' })
}

beforeAll(async () => {
  t = await startTestPayload('situations')
  ;({ findSituationList } = await import('@/modules/situations/public/find-situations'))
  ;({ getSituationPage } = await import('@/modules/situations/public/get-situation'))
  gradeQuiz = await import('@/modules/situations/public/grade-quiz')
  ;({ handleQuizPost } = await import('@/modules/situations/public/quiz-route'))
  ;({ SituationPage } = await import('@/modules/situations/ui/situation-page'))
  ;({ scanSituationsLegalBasis } = await import('@/modules/situations/server/scan-legal-basis'))
  ;({ scanLegalBasis } = await import('@/modules/qa/server/scan-legal-basis'))
  org = await createOrg(t.payload, 'situations')
  law = await legalDocument(LAW_TEXT)
  const f = await t.payload.create({ collection: 'legal-fields', data: { title: 'Lao động' }, depth: 0 })
  const a = await t.payload.create({ collection: 'audiences', data: { title: 'Học sinh' }, depth: 0 })
  field = { id: f.id, slug: f.slug as string }
  audience = { id: a.id, slug: a.slug as string }
})
afterAll(async () => {
  await t?.close()
})

describe('fields and validation', () => {
  it('stores the story, question, analysis, answer and citations with the anchor of the cited clause', async () => {
    const s = await published('Làm thêm dịp hè')
    expect(s.workflowState).toBe('published')
    expect(s.slug).toBe('lam-them-dip-he')
    expect(s.citations?.[0]?.anchor).toBe('dieu-2-khoan-2')
    expect(s.legalBasisChanged).toBe(false)
  })

  it('refuses an unreadable article label, markup in the story and a missing question', async () => {
    const unreadable = await rejectionOf(
      create('editor', situationData('Nhãn điều sai', { citations: [{ document: law.id, article: 'abc' }] })),
    )
    expect(unreadable.status).toBe(400)
    expect(unreadable.message).toMatch(/Không đọc được/)
    const markup = await rejectionOf(create('editor', situationData('Có thẻ', { scenario: '<script>x</script>' })))
    expect(messagesOf(markup)).toMatch(/mã HTML/)
    const missing = await rejectionOf(create('editor', situationData('Thiếu câu hỏi', { question: '' })))
    expect(messagesOf(missing)).toMatch(/câu hỏi pháp lý/)
  })

  it('needs a legal basis before it is sent for approval or published, not for a draft', async () => {
    const draft = await create('contributor', situationData('Chưa có căn cứ', { citations: [] }))
    expect(draft.workflowState).toBe('draft')
    const refused = await rejectionOf(update('contributor', draft.id, { workflowAction: 'submit' }))
    expect(refused.message).toMatch(/ít nhất một căn cứ pháp lý/)
  })

  it('accepts a quiz of single-choice questions only', async () => {
    const ok = await create('editor', situationData('Có câu hỏi kiểm tra', { quiz: QUIZ }))
    expect(ok.quiz).toHaveLength(2)
    const twoRight = QUIZ.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o, isCorrect: true })) }))
    const err = await rejectionOf(create('editor', situationData('Hai đáp án đúng', { quiz: twoRight })))
    expect(messagesOf(err)).toMatch(/đúng một phương án đúng/)
    const oneOption = [{ ...QUIZ[0], options: [{ text: 'Duy nhất', isCorrect: true }] }]
    expect((await rejectionOf(create('editor', situationData('Một phương án', { quiz: oneOption })))).status).toBe(400)
    const six = Array.from({ length: 6 }, () => QUIZ[0])
    expect((await rejectionOf(create('editor', situationData('Sáu câu', { quiz: six })))).status).toBe(400)
  })
})

describe('who may do what', () => {
  it('lets writers create, keeps others out, and shows drafts only to staff who may see them', async () => {
    for (const actor of ['expert', 'viewer', 'anonymous'] as const) {
      await expectForbidden(create(actor, situationData(`Không được tạo ${actor}`)))
    }
    const draft = await create('contributor', situationData('Bản nháp của cộng tác viên'))
    expect(draft.unit).toBe(org.unitA.id)
    const reads: Record<Actor, boolean> = {
      admin: true,
      'editor-in-chief': true,
      editor: true,
      contributor: true,
      expert: false,
      viewer: true,
      anonymous: false,
    }
    for (const actor of ACTORS) {
      const found = await t.payload.find({
        collection: 'legal-situations',
        where: { id: { equals: draft.id } },
        depth: 0,
        ...as(org, actor),
      })
      expect(found.docs.length, `${actor} reading a draft`).toBe(reads[actor] ? 1 : 0)
    }
    const other = await t.payload.find({
      collection: 'legal-situations',
      where: { id: { equals: draft.id } },
      depth: 0,
      user: org.contributorB,
      overrideAccess: false,
    })
    expect(other.docs).toHaveLength(0)
  })

  it('lets a contributor submit but only the board approve and publish; the chief may publish at once', async () => {
    const s = await create('contributor', situationData('Gửi duyệt'))
    const submitted = await update('contributor', s.id, { workflowAction: 'submit' })
    expect(submitted.workflowState).toBe('submitted')
    await expectForbidden(update('contributor', s.id, { workflowAction: 'publish' }))
    await expectForbidden(update('expert', s.id, { workflowAction: 'publish' }))
    expect((await update('editor', s.id, { workflowAction: 'approve' })).workflowState).toBe('approved')
    expect((await update('editor', s.id, { workflowAction: 'publish' })).workflowState).toBe('published')
    // After submission the contributor can no longer change it.
    await expectForbidden(update('contributor', s.id, { title: 'Sửa sau khi đăng' }))
    const direct = await create('editor-in-chief', { ...situationData('Đăng ngay'), workflowAction: 'publish' })
    expect(direct.workflowState).toBe('published')
    await expectForbidden(
      t.payload.delete({ collection: 'legal-situations', id: direct.id, ...as(org, 'contributor') }),
    )
    await t.payload.delete({ collection: 'legal-situations', id: direct.id, ...as(org, 'editor') })
  })

  it('hides the answer key and the explanations from visitors but not from staff', async () => {
    const s = await published('Đáp án bị ẩn', { quiz: QUIZ })
    const visitor = await t.payload.findByID({ collection: 'legal-situations', id: s.id, ...as(org, 'anonymous') })
    const option = visitor.quiz?.[0]?.options?.[0]
    expect(option?.text).toBe('04 giờ')
    expect(option && 'isCorrect' in option).toBe(false)
    expect(visitor.quiz?.[0]?.explanation).toBeUndefined()
    const staff = await t.payload.findByID({ collection: 'legal-situations', id: s.id, ...as(org, 'contributor') })
    expect(staff.quiz?.[0]?.options?.[1]?.isCorrect).toBe(true)
  })
})

describe('the legal-basis flag', () => {
  it('flags situations citing an amended or lapsed document, until the board marks them reviewed', async () => {
    await scanSituationsLegalBasis(t.payload, new Date()) // moves the watermark past earlier fixtures
    const cited = await legalDocument()
    const lapsing = await legalDocument()
    const s = await published('Trích văn bản sẽ được sửa đổi', {
      citations: [{ document: cited.id, article: 'Điều 1' }],
    })
    const draft = await create(
      'contributor',
      situationData('Bản nháp trích văn bản hết hiệu lực', {
        citations: [{ document: lapsing.id, article: 'Điều 1' }],
      }),
    )
    const untouched = await published('Không trích các văn bản đó')
    expect(await scanSituationsLegalBasis(t.payload, new Date())).toBe(false)

    const amending = await legalDocument()
    await t.payload.create({
      collection: 'document-relations',
      data: { from: amending.id, type: 'sua-doi', to: cited.id, provision: 'Điều 1' },
      depth: 0,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    await t.payload.update({
      collection: 'legal-documents',
      id: lapsing.id,
      data: { status: 'het-hieu-luc-toan-bo' },
      depth: 0,
      overrideAccess: true,
      context: { systemAction: { action: 'save', byName: 'Kiểm thử' }, disableRevalidate: true },
    })
    expect(await scanSituationsLegalBasis(t.payload, new Date())).toBe(true)
    const flagged = await t.payload.findByID({ collection: 'legal-situations', id: s.id, ...as(org, 'anonymous') })
    expect(flagged.legalBasisChanged).toBe(true)
    expect(flagged.legalBasisNote).toContain(cited.displayTitle ?? cited.title)
    expect(flagged.legalBasisNote).toMatch(/sửa đổi/)
    expect(flagged.workflowState).toBe('published')
    expect((await stored(s.id)).workflowHistory).toHaveLength(1)
    expect((await stored(draft.id)).legalBasisChanged).toBe(true)
    expect((await stored(untouched.id)).legalBasisChanged).toBe(false)
    // The Q&A scan has its own watermark and still sees the same changes.
    await scanLegalBasis(t.payload, new Date())
    // A second scan finds nothing new and does not repeat the note.
    await scanSituationsLegalBasis(t.payload, new Date())
    expect((await stored(s.id)).legalBasisNote?.split('\n')).toHaveLength(1)

    // The public page says so.
    const page = await getSituationPage(t.payload, s.slug as string)
    const html = renderToStaticMarkup(createElement(SituationPage, { data: page! }))
    expect(html).toContain('Căn cứ pháp lý đã thay đổi')

    // A contributor or an expert cannot clear it; an editor can, and the review time is stamped.
    await update('contributor', draft.id, { markReviewed: true }).catch(() => null)
    expect((await stored(draft.id)).legalBasisChanged).toBe(true)
    await expectForbidden(update('expert', s.id, { markReviewed: true }))
    await update('editor', s.id, { legalBasisChanged: false })
    expect((await stored(s.id)).legalBasisChanged).toBe(true)
    const reviewed = await update('editor', s.id, { markReviewed: true })
    expect(reviewed.legalBasisChanged).toBe(false)
    expect((await stored(s.id)).legalBasisCheckedAt).toBeTruthy()
    expect(reviewed.workflowState).toBe('published')
  })

  it('warns in the admin when a situation cites a document already out of force', async () => {
    const repealed = await legalDocument()
    await t.payload.update({
      collection: 'legal-documents',
      id: repealed.id,
      data: { status: 'het-hieu-luc-toan-bo' },
      depth: 0,
      overrideAccess: true,
      context: { systemAction: { action: 'save', byName: 'Kiểm thử' }, disableRevalidate: true },
    })
    const s = await create(
      'editor',
      situationData('Trích văn bản đã hết hiệu lực', {
        citations: [{ document: repealed.id, article: 'Điều 1' }],
      }),
    )
    expect(s.citationWarning).toMatch(/hết hiệu lực toàn bộ/i)
  })
})

describe('public pages', () => {
  it('renders the citations as links to the article anchors, with the cited text', async () => {
    const s = await published('Trang công khai của tình huống', { quiz: QUIZ })
    const page = await getSituationPage(t.payload, s.slug as string)
    expect(page?.citations[0]?.href).toBe(`/van-ban/${law.slug}#dieu-2-khoan-2`)
    expect(page?.quiz).toHaveLength(2)
    expect(JSON.stringify(page?.quiz)).not.toContain('isCorrect')
    const html = renderToStaticMarkup(createElement(SituationPage, { data: page! }))
    expect(html).toContain(`href="/van-ban/${law.slug}#dieu-2-khoan-2"`)
    expect(html).toContain('40 giờ trong 01 tuần')
    expect(html).toContain('<fieldset')
    expect(html).toContain('<legend>')
    expect(html).toContain('aria-live="polite"')
    expect(html).not.toContain('Khoản 2 Điều 2: không quá 08 giờ') // explanations only after grading
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? ''
    // One @graph: the situation as an Article, and its BreadcrumbList
    const nodes = (JSON.parse(ld) as { '@graph': { '@type': string }[] })['@graph'].map((n) => n['@type'])
    expect(nodes).toEqual(['Article', 'BreadcrumbList'])
  })

  it('shows the optional image with its text alternative', async () => {
    const media = await t.payload.create({
      collection: 'media',
      data: { alt: 'Em học sinh phụ bán ở quán cà phê' },
      file: await pngFile('quan-ca-phe.png'),
      depth: 0,
      overrideAccess: true,
    })
    const s = await published('Tình huống có ảnh minh họa', { image: media.id })
    const page = await getSituationPage(t.payload, s.slug as string)
    expect(page?.image?.url).toContain('quan-ca-phe')
    expect(page?.image?.alt).toBe('Em học sinh phụ bán ở quán cà phê')
    const html = renderToStaticMarkup(createElement(SituationPage, { data: page! }))
    expect(html).toContain('alt="Em học sinh phụ bán ở quán cà phê"')
  })

  it('escapes "<" in the JSON-LD and never shows drafts', async () => {
    const s = await published('Tình huống có dấu nhỏ hơn', { question: 'Tuổi < 18 thì sao?' })
    const page = await getSituationPage(t.payload, s.slug as string)
    const html = renderToStaticMarkup(createElement(SituationPage, { data: page! }))
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(ld).not.toContain('<')
    expect(ld).toContain('Tuổi \\u003c 18')
    const draft = await create('editor', situationData('Bản nháp không công khai'))
    expect(await getSituationPage(t.payload, draft.slug as string)).toBeNull()
    expect(await getSituationPage(t.payload, '../../etc')).toBeNull()
  })

  it('filters the list by field, audience and text, and validates the query string', async () => {
    const all = await findSituationList(t.payload, { field: null, audience: null, query: null, page: 1 })
    expect(all?.list.totalDocs).toBeGreaterThan(2)
    const other = await t.payload.create({ collection: 'legal-fields', data: { title: 'Đất đai' }, depth: 0 })
    await published('Tranh chấp ranh giới đất', { fields: [other.id], audiences: [] })
    const land = await findSituationList(t.payload, { field: other.slug!, audience: null, query: null, page: 1 })
    expect(land?.list.docs.map((d) => d.title)).toEqual(['Tranh chấp ranh giới đất'])
    const pupils = await findSituationList(t.payload, { field: null, audience: audience.slug, query: null, page: 1 })
    expect(pupils?.list.docs.map((d) => d.title)).not.toContain('Tranh chấp ranh giới đất')
    expect(await findSituationList(t.payload, { field: 'khong-co', audience: null, query: null, page: 1 })).toBeNull()
    expect(parseSituationListParams({ linh_vuc: 'Đất đai' })).toEqual({ ok: false, message: 'Lĩnh vực không hợp lệ.' })
    expect(parseSituationListParams({ trang: '0' }).ok).toBe(false)
    expect(parseSituationListParams({ q: 'x'.repeat(201) }).ok).toBe(false)
    expect(parseSituationListParams({ doi_tuong: ['a', 'b'] }).ok).toBe(false)
    expect(parseSituationListParams({ q: '  làm   thêm ', trang: '2' })).toEqual({
      ok: true,
      params: { field: null, audience: null, query: 'làm thêm', page: 2 },
    })
  })
})

describe('the quiz', () => {
  let s: LegalSituation
  let questionIds: string[]
  let right: string[]
  let wrong: string[]

  beforeAll(async () => {
    s = await published('Tình huống có bài kiểm tra', { quiz: QUIZ })
    const full = await stored(s.id)
    questionIds = (full.quiz ?? []).map((q) => q.id as string)
    right = (full.quiz ?? []).map((q) => q.options.find((o) => o.isCorrect)?.id as string)
    wrong = (full.quiz ?? []).map((q) => q.options.find((o) => !o.isCorrect)?.id as string)
  })

  const form = (pairs: Array<[string, string]>) =>
    new Request('http://localhost/tinh-huong/x/kiem-tra', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(pairs).toString(),
    })
  const jsonForm = (pairs: Array<[string, string]>) => {
    const req = form(pairs)
    req.headers.set('Accept', 'application/json')
    return req
  }

  it('grades the answers with the explanations', async () => {
    const graded = await gradeQuiz.gradeQuizForm(t.payload, s.slug as string, [
      [gradeQuiz.quizFieldName(questionIds[0]!), right[0]!],
      [gradeQuiz.quizFieldName(questionIds[1]!), wrong[1]!],
    ])
    expect(graded.ok).toBe(true)
    if (!graded.ok) return
    expect(graded.result.correct).toBe(1)
    expect(graded.result.total).toBe(2)
    expect(graded.result.questions[1]?.isCorrect).toBe(false)
    expect(graded.result.questions[1]?.explanation).toContain('40 giờ')
    const again = await gradeQuiz.gradeChosenOptions(t.payload, s.slug as string, [right[0]!, right[1]!])
    expect(again.ok && again.result.correct).toBe(2)
  })

  it('refuses unknown questions, foreign or forged options, repeats and missing answers', async () => {
    const slug = s.slug as string
    const q0 = gradeQuiz.quizFieldName(questionIds[0]!)
    const q1 = gradeQuiz.quizFieldName(questionIds[1]!)
    const cases: Array<[Array<[string, unknown]>, number, RegExp]> = [
      [[[q0, right[0]!]], 422, /chưa chọn câu trả lời cho câu 2/],
      [[], 422, /câu 1, 2/],
      [
        [
          ['cau-khong-co', right[0]!],
          [q1, right[1]!],
        ],
        400,
        /không thuộc bài kiểm tra/,
      ],
      [
        [
          [q0, right[1]!],
          [q1, right[1]!],
        ],
        400,
        /không thuộc câu hỏi này/,
      ],
      [
        [
          [q0, 'gia-mao'],
          [q1, right[1]!],
        ],
        400,
        /không thuộc câu hỏi này/,
      ],
      [
        [
          [q0, right[0]!],
          [q0, wrong[0]!],
          [q1, right[1]!],
        ],
        400,
        /chỉ được chọn một phương án/,
      ],
      [[['tuy-y', 'x']], 400, /không thuộc bài kiểm tra/],
    ]
    for (const [entries, status, message] of cases) {
      const graded = await gradeQuiz.gradeQuizForm(t.payload, slug, entries)
      expect(graded.ok).toBe(false)
      if (graded.ok) continue
      expect(graded.status).toBe(status)
      expect(graded.message).toMatch(message)
    }
    const noQuiz = await published('Không có bài kiểm tra')
    expect(await gradeQuiz.gradeQuizForm(t.payload, noQuiz.slug as string, [])).toMatchObject({
      ok: false,
      status: 404,
    })
    const draft = await create('editor', situationData('Bản nháp có bài kiểm tra', { quiz: QUIZ }))
    expect(await gradeQuiz.gradeQuizForm(t.payload, draft.slug as string, [])).toMatchObject({ ok: false, status: 404 })
    expect((await gradeQuiz.gradeChosenOptions(t.payload, slug, ['khong-co'])).ok).toBe(false)
    expect(parseChosenParam('a,b')).toEqual(['a', 'b'])
    expect(parseChosenParam('a;b')).toBeNull()
    expect(parseChosenParam(undefined)).toBeNull()
  })

  it('answers the form post with a redirect to the result, JSON for the script, and Vietnamese 4xx pages', async () => {
    const slug = s.slug as string
    const pairs: Array<[string, string]> = [
      [gradeQuiz.quizFieldName(questionIds[0]!), right[0]!],
      [gradeQuiz.quizFieldName(questionIds[1]!), right[1]!],
    ]
    const redirect = await handleQuizPost(t.payload, form(pairs), slug)
    expect(redirect.status).toBe(303)
    expect(redirect.headers.get('location')).toBe(
      `/tinh-huong/${slug}/ket-qua?chon=${encodeURIComponent(right.join(','))}`,
    )
    const json = await handleQuizPost(t.payload, jsonForm(pairs), slug)
    expect(json.status).toBe(200)
    expect(((await json.json()) as { result: { correct: number } }).result.correct).toBe(2)

    const forged = await handleQuizPost(t.payload, form([['cau-x', 'y']]), slug)
    expect(forged.status).toBe(400)
    expect(forged.headers.get('content-type')).toContain('text/html')
    expect(await forged.text()).toContain('Không chấm được bài')
    const missing = await handleQuizPost(t.payload, jsonForm(pairs.slice(0, 1)), slug)
    expect(missing.status).toBe(422)
    expect(((await missing.json()) as { message: string }).message).toMatch(/chưa chọn/)
    const notForm = new Request('http://localhost/x', {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    })
    expect((await handleQuizPost(t.payload, notForm, slug)).status).toBe(415)
    expect((await handleQuizPost(t.payload, form(pairs), 'KHONG HOP LE')).status).toBe(404)
    expect((await handleQuizPost(t.payload, form(pairs), 'khong-co-tinh-huong')).status).toBe(404)
  })
})
