import { Ajv2020 } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Contest, ContestRound, Dialogue, LegalDocument } from '@/payload-types'
import { as, createOrg, richText, VIETNAMESE, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The remaining entities of the data standard in the open API (issue 7 §1–§2): events,
 * announcements, plans, companion materials of legal documents, dialogues with their outcome,
 * contest results, registry members and the public statistics. Each list and record against its
 * JSON Schema; drafts, unpublished outcomes and results never out; no personal data in any text;
 * filters and their Vietnamese 400s.
 */

type Handler = typeof import('@/modules/data-exchange/open-api/handler')
let api: Handler
let stats: typeof import('@/modules/data-exchange/open-api/statistics')
let openApiDocument: typeof import('@/modules/data-exchange/open-api/openapi').openApiDocument
let ENTITY_TYPES: typeof import('@/modules/data-exchange/open-api/entities').ENTITY_TYPES
let t: TestPayload
let payload: Payload
let org: Org
let ajv: Ajv2020

/** Texts that must never appear in any response. */
const PRIVATE = {
  draftEvent: 'Sự kiện nháp chưa duyệt',
  draftAnnouncement: 'Thông báo nháp nội bộ',
  draftPlan: 'Kế hoạch nháp chưa ban hành',
  draftMaterial: 'Đề cương nháp chưa duyệt',
  draftDialogue: 'Đối thoại nháp chưa công bố',
  draftContest: 'Cuộc thi đang soạn bí mật',
  commenterName: 'Trần Thị Góp Ýriêng',
  commenterEmail: 'gop.y.rieng@example.vn',
  commenterPhone: '0912 345 678',
  pendingComment: 'Góp ý đang chờ duyệt có số nhà 45',
  contestantName: 'Hoàng Văn Thísinh',
  minorName: 'Đỗ Thị Nhỏtuổi',
  contestantEmail: 'thi.sinh.rieng@example.vn',
  contestantPhone: '0977 111 222',
  memberPhone: '0909 888 777',
  memberEmail: 'bao.cao.vien.rieng@example.vn',
  memberNote: 'Ghi chú nội bộ: chờ xác minh lý lịch',
  unitPhone: '0299 123 4567',
  unitEmail: 'van.thu.rieng@example.vn',
  unpublishedSummary: 'Tổng hợp chưa công bố của cơ quan chủ trì',
}

let ipSeq = 0
const freshIp = () => `10.8.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(`http://localhost/api/open/v1${path}`)
  const request = new Request(url, { headers: { 'x-forwarded-for': freshIp(), ...headers } })
  const [type, id] = url.pathname.replace('/api/open/v1/', '').split('/')
  if (type === 'statistics' && id === undefined) return stats.openApiStatistics(request, payload)
  return id === undefined ? api.openApiList(request, payload, type!) : api.openApiItem(request, payload, type!, id)
}

type Page = { data: Record<string, unknown>[]; next: string | null }

async function json<T = Page>(path: string): Promise<T> {
  const res = await get(path)
  const text = await res.text()
  expect(res.status, `${path}: ${text.slice(0, 300)}`).toBe(200)
  expect(res.headers.get('content-type')).toContain('application/json')
  expectNothingPrivate(text)
  return JSON.parse(text) as T
}

function expectNothingPrivate(text: string) {
  for (const [key, value] of Object.entries(PRIVATE)) expect(text, key).not.toContain(value)
}

function validate(schemaFile: string, value: unknown): void {
  const check = ajv.getSchema(`https://pbgdpl.example/schemas/v1/${schemaFile}`)!
  expect(check, schemaFile).toBeTypeOf('function')
  const ok = check(value)
  expect(check.errors ?? [], JSON.stringify(value).slice(0, 400)).toEqual([])
  expect(ok).toBe(true)
}

async function expectProblem(path: string, status: number): Promise<Record<string, unknown>> {
  const res = await get(path)
  expect(res.status, path).toBe(status)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  const body = (await res.json()) as Record<string, unknown>
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) })
  expect(String(body.detail)).toMatch(VIETNAMESE)
  expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|Error:/)
  return body
}

/** Every record of a type (all pages), each validated against the type's schema. */
async function all(type: string, query = ''): Promise<Record<string, unknown>[]> {
  const schema = ENTITY_TYPES.find((e) => e.type === type)!.schema
  const out: Record<string, unknown>[] = []
  let path = `/${type}?limit=2${query ? `&${query}` : ''}`
  for (let guard = 0; guard < 50; guard++) {
    const page = await json(path)
    for (const record of page.data) validate(schema, record)
    out.push(...page.data)
    if (!page.next) break
    path = `/${type}?limit=2${query ? `&${query}` : ''}&cursor=${encodeURIComponent(page.next)}`
  }
  return out
}

async function single(type: string, id: number): Promise<Record<string, unknown>> {
  const record = await json<Record<string, unknown>>(`/${type}/${id}`)
  validate(ENTITY_TYPES.find((e) => e.type === type)!.schema, record)
  return record
}

const system = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const
const DAY = 86_400_000
const ids: Record<string, { public: number[]; hidden: number[] }> = {}
const track = (type: string, kind: 'public' | 'hidden', id: number) => {
  ids[type] ??= { public: [], hidden: [] }
  ids[type][kind].push(id)
}
let fieldSlug: string
let law: LegalDocument
let draftLaw: LegalDocument
let closedDialogue: Dialogue
let openDialogue: Dialogue
let contest: Contest
let round1: ContestRound
let round2: ContestRound
let comment: (d: Dialogue, status: string, body?: string) => Promise<{ id: number }>

beforeAll(async () => {
  process.env.OPEN_API_RATE_LIMIT = '10000'
  t = await startTestPayload('open-api-entities')
  payload = t.payload
  api = await import('@/modules/data-exchange/open-api/handler')
  stats = await import('@/modules/data-exchange/open-api/statistics')
  ;({ openApiDocument } = await import('@/modules/data-exchange/open-api/openapi'))
  ;({ ENTITY_TYPES } = await import('@/modules/data-exchange/open-api/entities'))
  const { SCHEMAS } = await import('@/modules/data-exchange/schemas')
  ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats(ajv)
  for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema)

  org = await createOrg(payload, 'oae')
  await payload.update({
    collection: 'units',
    id: org.unitA.id,
    data: { phone: PRIVATE.unitPhone, email: PRIVATE.unitEmail },
    ...system,
  })
  const field = await payload.create({ collection: 'legal-fields', data: { title: 'Đất đai' }, ...system })
  fieldSlug = field.slug!
  const area = await payload.create({
    collection: 'areas',
    data: { title: 'Phường Tân An', district: 'Tân An' },
    ...system,
  })
  const chief = { ...as(org, 'editor-in-chief'), depth: 0, context: { disableRevalidate: true } } as const
  const editor = { ...as(org, 'editor'), depth: 0, context: { disableRevalidate: true } } as const
  const publish = { workflowAction: 'publish' }
  const publishCtx = { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableRevalidate: true }

  law = await payload.create({
    collection: 'legal-documents',
    data: {
      number: '45/2024/QH15',
      type: 'luat',
      title: 'Luật Đất đai mở',
      issuer: 'Quốc hội',
      issuedAt: '2024-01-18T00:00:00.000Z',
      fields: [field.id],
    },
    ...system,
    context: publishCtx,
  })
  draftLaw = await payload.create({
    collection: 'legal-documents',
    data: {
      number: '98/2024/QĐ-UBND',
      type: 'quyet-dinh',
      title: 'Quyết định dự thảo chưa ban hành',
      issuer: 'UBND tỉnh',
      issuedAt: '2024-06-01T00:00:00.000Z',
    },
    ...editor,
  })

  // Events, announcements, plans: two published each, one draft.
  for (const [i, startsAt] of ['2025-03-10T01:00:00.000Z', '2025-09-20T01:00:00.000Z'].entries()) {
    const e = await payload.create({
      collection: 'events',
      data: {
        title: `Hội nghị phổ biến pháp luật số ${i + 1}`,
        summary: 'Hội nghị cho cán bộ xã.',
        body: richText('Nội dung hội nghị.'),
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 3 * 3_600_000).toISOString(),
        place: 'Hội trường Sở Tư pháp',
        unit: org.unitA.id,
        ...publish,
      } as never,
      ...chief,
    })
    track('events', 'public', e.id)
  }
  const draftEvent = await payload.create({
    collection: 'events',
    data: { title: PRIVATE.draftEvent, startsAt: '2025-05-01T01:00:00.000Z', place: 'Phòng họp' } as never,
    ...editor,
  })
  track('events', 'hidden', draftEvent.id)

  for (const kind of ['thong-bao', 'giay-moi'] as const) {
    const a = await payload.create({
      collection: 'announcements',
      data: {
        title: kind === 'giay-moi' ? 'Giấy mời dự hội nghị trực tuyến' : 'Thông báo lịch tiếp công dân',
        kind,
        number: kind === 'giay-moi' ? '12/GM-STP' : '34/TB-STP',
        issuedAt: kind === 'giay-moi' ? '2025-04-02T02:00:00.000Z' : '2025-02-02T02:00:00.000Z',
        meetingAt: '2025-04-10T01:30:00.000Z',
        meetingPlace: 'Phòng họp tầng 3',
        unit: org.unitA.id,
        ...publish,
      } as never,
      ...chief,
    })
    track('announcements', 'public', a.id)
  }
  const draftAnnouncement = await payload.create({
    collection: 'announcements',
    data: { title: PRIVATE.draftAnnouncement, kind: 'thong-bao', issuedAt: '2025-01-01T02:00:00.000Z' } as never,
    ...editor,
  })
  track('announcements', 'hidden', draftAnnouncement.id)

  for (const kind of ['ke-hoach', 'de-an'] as const) {
    const p = await payload.create({
      collection: 'plans',
      data: {
        title: kind === 'de-an' ? 'Đề án tăng cường PBGDPL cho nông dân' : 'Kế hoạch PBGDPL năm 2025',
        kind,
        number: kind === 'de-an' ? '05/ĐA-UBND' : '20/KH-UBND',
        issuedAt: '2025-01-15T02:00:00.000Z',
        periodFrom: 2025,
        periodTo: kind === 'de-an' ? 2030 : 2025,
        fields: kind === 'de-an' ? [field.id] : [],
        areas: [area.id],
        unit: org.unitA.id,
        ...publish,
      } as never,
      ...chief,
    })
    track('plans', 'public', p.id)
  }
  const draftPlan = await payload.create({
    collection: 'plans',
    data: { title: PRIVATE.draftPlan, kind: 'ke-hoach', issuedAt: '2025-01-20T02:00:00.000Z' } as never,
    ...editor,
  })
  track('plans', 'hidden', draftPlan.id)

  for (const kind of ['thong-cao-bao-chi', 'de-cuong-gioi-thieu'] as const) {
    const m = await payload.create({
      collection: 'document-materials',
      data: {
        title: kind === 'thong-cao-bao-chi' ? 'Thông cáo báo chí Luật Đất đai' : 'Đề cương giới thiệu Luật Đất đai',
        kind,
        summary: 'Những điểm mới.',
        body: richText('Luật có 16 chương.'),
        documents: kind === 'thong-cao-bao-chi' ? [law.id, draftLaw.id] : [],
        fields: [field.id],
        unit: org.unitA.id,
        ...publish,
      } as never,
      ...chief,
    })
    track('document-materials', 'public', m.id)
  }
  const draftMaterial = await payload.create({
    collection: 'document-materials',
    data: { title: PRIVATE.draftMaterial, kind: 'de-cuong-gioi-thieu' } as never,
    ...editor,
  })
  track('document-materials', 'hidden', draftMaterial.id)

  // Dialogues: one still open, one closed with a published outcome, one draft.
  const dialogue = (title: string, extra: Record<string, unknown>) =>
    payload.create({
      collection: 'dialogues',
      data: {
        title,
        kind: 'lay-y-kien',
        opensAt: new Date(Date.now() - 10 * DAY).toISOString(),
        closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
        unit: org.unitA.id,
        fields: [field.id],
        importText: 'Điều 1. Phạm vi điều chỉnh\nNghị quyết quy định mức hỗ trợ.\nĐiều 2. Đối tượng\nHọc sinh.',
        ...extra,
      } as never,
      ...system,
      context: publishCtx,
    })
  openDialogue = await dialogue('Lấy ý kiến dự thảo Nghị quyết hỗ trợ học phí', {})
  closedDialogue = await dialogue('Lấy ý kiến dự thảo Nghị quyết về phí', { backgroundDocuments: [law.id] })
  const draftDialogue = await payload.create({
    collection: 'dialogues',
    data: {
      title: PRIVATE.draftDialogue,
      kind: 'lay-y-kien',
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + DAY).toISOString(),
    } as never,
    ...editor,
  })
  track('dialogues', 'public', openDialogue.id)
  track('dialogues', 'public', closedDialogue.id)
  track('dialogues', 'hidden', draftDialogue.id)
  // A comment is always stored pending; the moderator then publishes it and records the decision.
  comment = async (d: Dialogue, status: string, body = 'Đề nghị làm rõ mức hỗ trợ.') => {
    const created = await payload.create({
      collection: 'dialogue-comments',
      data: {
        dialogue: d.id,
        authorName: PRIVATE.commenterName,
        email: PRIVATE.commenterEmail,
        phone: PRIVATE.commenterPhone,
        displayName: PRIVATE.commenterName,
        sectionKey: 'dieu-1',
        body,
      } as never,
      ...system,
    })
    if (status === 'cho-duyet') return created
    return payload.update({
      collection: 'dialogue-comments',
      id: created.id,
      data: { status } as never,
      ...editor,
    })
  }
  const accepted = await comment(closedDialogue, 'da-dang')
  const explained = await comment(closedDialogue, 'da-dang')
  await comment(closedDialogue, 'da-dang')
  await comment(closedDialogue, 'cho-duyet', PRIVATE.pendingComment)
  await comment(openDialogue, 'da-dang')
  // Closed first: decisions are recorded after the closing date, then the outcome is published.
  await payload.update({
    collection: 'dialogues',
    id: closedDialogue.id,
    data: {
      opensAt: new Date(Date.now() - 20 * DAY).toISOString(),
      closesAt: new Date(Date.now() - DAY).toISOString(),
    },
    ...chief,
  })
  for (const [c, decision] of [
    [accepted, 'tiep-thu'],
    [explained, 'giai-trinh'],
  ] as const)
    await payload.update({
      collection: 'dialogue-comments',
      id: c.id,
      data: { decision, decisionReason: 'Phù hợp thực tiễn.' } as never,
      ...editor,
    })
  closedDialogue = await payload.update({
    collection: 'dialogues',
    id: closedDialogue.id,
    data: {
      closingSummary: 'Cơ quan chủ trì tiếp thu phần lớn ý kiến.',
      adoptedDocument: law.id,
      summaryPublished: true,
    },
    ...chief,
  })
  // The open dialogue has an organiser's note that is not published (no outcome yet).
  await payload.update({
    collection: 'dialogues',
    id: openDialogue.id,
    data: { closingSummary: PRIVATE.unpublishedSummary },
    ...chief,
  })

  // A contest: round 1 with published results, round 2 without; and a draft contest.
  for (let i = 1; i <= 4; i++) {
    await payload.create({
      collection: 'contest-questions',
      data: {
        code: `OAE-${i}`,
        kind: 'single',
        text: `Câu hỏi số ${i} về Luật Đất đai?`,
        options: ['A', 'B', 'C'].map((k, j) => ({ text: `Phương án ${k} câu ${i}`, correct: j === 0 })),
      } as never,
      ...editor,
    })
  }
  const contestData = (title: string, slug: string, status: string) =>
    ({
      title,
      slug,
      status,
      summary: 'Cuộc thi trực tuyến.',
      prizes: '1 giải Nhất, 2 giải Nhì.',
      contactKinds: ['email', 'phone'],
      certificateRule: 'none',
      organiser: org.unitA.id,
      fields: [field.id],
    }) as never
  contest = await payload.create({
    collection: 'contests',
    data: contestData('Cuộc thi tìm hiểu Luật Đất đai', 'thi-luat-dat-dai-oae', 'published'),
    ...editor,
  })
  const draftContest = await payload.create({
    collection: 'contests',
    data: contestData(PRIVATE.draftContest, 'thi-nhap-oae', 'draft'),
    ...editor,
  })
  track('contest-results', 'public', contest.id)
  track('contest-results', 'hidden', draftContest.id)
  const roundData = (n: number) =>
    ({
      contest: contest.id,
      number: n,
      title: `Vòng ${n}`,
      opensAt: new Date(Date.now() - (n === 1 ? 20 : 5) * DAY).toISOString(),
      closesAt: new Date(Date.now() - (n === 1 ? 10 : 1) * DAY).toISOString(),
      questionCount: 4,
      timeLimitMinutes: 10,
      attemptsAllowed: 1,
    }) as never
  round1 = await payload.create({ collection: 'contest-rounds', data: roundData(1), ...editor })
  round2 = await payload.create({ collection: 'contest-rounds', data: roundData(2), ...editor })
  const people = [
    { fullName: PRIVATE.contestantName, score: 10, contact: PRIVATE.contestantEmail, kind: 'email' },
    { fullName: PRIVATE.minorName, score: 8, contact: PRIVATE.contestantPhone, kind: 'phone', birthDate: '2013-05-05' },
    { fullName: 'Phạm Văn Ba', score: 3, contact: 'ba@example.vn', kind: 'email' },
  ]
  for (const r of [round1, round2]) {
    for (const [i, p] of people.entries()) {
      const entry = await payload.create({
        collection: 'contest-entries',
        data: {
          contest: contest.id,
          round: r.id,
          fullName: p.fullName,
          birthDate: p.birthDate,
          school: 'Trường THCS Lê Lợi',
          contactKind: p.kind,
          contact: p.contact,
          contactHash: `hash-${r.id}-${i}`,
          verifiedAt: new Date(Date.now() - 15 * DAY).toISOString(),
        } as never,
        ...system,
      })
      const started = new Date(Date.parse(r.opensAt) + 3_600_000)
      await payload.create({
        collection: 'contest-attempts',
        data: {
          entry: entry.id,
          round: r.id,
          attemptNo: 1,
          status: 'submitted',
          startedAt: started.toISOString(),
          deadlineAt: new Date(started.getTime() + 600_000).toISOString(),
          submittedAt: new Date(started.getTime() + 300_000 + i * 1000).toISOString(),
          items: [],
          score: p.score,
          maxScore: 10,
          correctCount: Math.round(p.score / 2.5),
          durationMs: 300_000 + i * 1000,
        } as never,
        ...system,
      })
    }
  }
  round1 = await payload.update({
    collection: 'contest-rounds',
    id: round1.id,
    data: { resultsPublished: true },
    ...editor,
  })

  // Registries: an active reporter, a dismissed propagandist.
  const member = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'registry-members',
      data: {
        level: 'province',
        unit: org.unitA.id,
        position: 'Chuyên viên',
        fields: [field.id],
        recognition: { number: '125/QĐ-UBND', date: '2023-03-14T17:00:00.000Z', issuer: 'UBND tỉnh' },
        contact: { phone: PRIVATE.memberPhone, email: PRIVATE.memberEmail },
        note: PRIVATE.memberNote,
        ...data,
      } as never,
      ...system,
    })
  track('registry-members', 'public', (await member({ fullName: 'Nguyễn Văn Báocáo', kind: 'reporter' })).id)
  track(
    'registry-members',
    'public',
    (
      await member({
        fullName: 'Lê Thị Tuyêntruyền',
        kind: 'propagandist',
        level: 'commune',
        unit: org.unitB.id,
        dismissal: { number: '7/QĐ-UBND', date: '2024-08-01T17:00:00.000Z', issuer: 'UBND xã', reason: 'Nghỉ hưu' },
      })
    ).id,
  )
}, 180_000)

afterAll(async () => {
  await t?.close()
})

const NEW_TYPES = [
  'events',
  'announcements',
  'plans',
  'document-materials',
  'dialogues',
  'contest-results',
  'registry-members',
]

describe('the new types', () => {
  it('are in the OpenAPI document with their schemas, and the statistics path', () => {
    const doc = openApiDocument() as {
      paths: Record<string, unknown>
      components: { schemas: Record<string, unknown> }
    }
    for (const type of NEW_TYPES) {
      expect(doc.paths[`/${type}`], type).toBeDefined()
      expect(doc.paths[`/${type}/{id}`], type).toBeDefined()
    }
    expect(doc.paths['/statistics']).toBeDefined()
    for (const name of ['Event', 'Announcement', 'Plan', 'DocumentMaterial', 'Dialogue', 'ContestResult'])
      expect(doc.components.schemas[name], name).toBeDefined()
    expect(doc.components.schemas.RegistryMember).toBeDefined()
    expect(doc.components.schemas.Statistics).toBeDefined()
    expect(JSON.stringify(doc)).not.toMatch(/"\$ref":"[a-z-]+\.schema\.json/)
  })

  it('say for each stored document whether it is public, as their list does', async () => {
    for (const type of NEW_TYPES) {
      const entity = ENTITY_TYPES.find((e) => e.type === type)!
      for (const kind of ['public', 'hidden'] as const) {
        for (const id of ids[type]![kind]) {
          const doc = await payload.findByID({ collection: entity.collection, id, depth: 0, overrideAccess: true })
          expect(entity.isPublic(doc as unknown as Record<string, unknown>), `${type} ${id}`).toBe(kind === 'public')
        }
      }
    }
  })

  it('validate against the OpenAPI components too (every $ref resolved)', async () => {
    const doc = openApiDocument() as { components: unknown }
    const local = new Ajv2020({ strict: false })
    addFormats(local)
    local.addSchema({ $id: 'openapi', components: doc.components })
    const names: Record<string, string> = {
      events: 'Event',
      announcements: 'Announcement',
      plans: 'Plan',
      'document-materials': 'DocumentMaterial',
      dialogues: 'Dialogue',
      'contest-results': 'ContestResult',
      'registry-members': 'RegistryMember',
    }
    for (const [type, name] of Object.entries(names)) {
      const record = await json<Record<string, unknown>>(`/${type}/${ids[type]!.public[0]}`)
      expect(local.validate({ $ref: `openapi#/components/schemas/${name}` }, record), type).toBe(true)
      expect(local.validate({ $ref: `openapi#/components/schemas/${name}` }, { ...record, email: 'x' }), type).toBe(
        false,
      )
    }
    const year = new Date().getUTCFullYear()
    const figures = await json<Record<string, unknown>>(`/statistics?year=${year}`)
    expect(local.validate({ $ref: 'openapi#/components/schemas/Statistics' }, figures)).toBe(true)
  })

  it('are listed on /du-lieu-mo with their endpoints, schemas and filters', async () => {
    const { OpenDataPage } = await import('@/modules/data-exchange/open-api/ui/open-data-page')
    const html = renderToStaticMarkup(createElement(OpenDataPage))
    expect(html.normalize('NFC')).toBe(html)
    for (const type of NEW_TYPES) {
      const entity = ENTITY_TYPES.find((e) => e.type === type)!
      expect(html).toContain(`href="/api/open/v1/${type}"`)
      expect(html).toContain(`href="/api/open/v1/schemas/${entity.schema}"`)
      for (const f of entity.filters) expect(html).toContain(`<code>${f.name}</code>`)
    }
    expect(html).toContain('href="/api/open/v1/statistics"')
    expect(html).toContain('href="/api/open/v1/schemas/statistics.schema.json"')
  })

  it('list exactly the public records, valid against their schemas; a hidden one is a 404', async () => {
    for (const type of NEW_TYPES) {
      const listed = await all(type)
      expect(listed.map((r) => r.id).sort(), type).toEqual([...ids[type]!.public].sort())
      for (const id of ids[type]!.public) expect((await single(type, id)).id).toBe(id)
      for (const id of ids[type]!.hidden) await expectProblem(`/${type}/${id}`, 404)
    }
  })
})

describe('events, announcements, plans, materials', () => {
  it('give the public facts of each page and link only published documents', async () => {
    const [event] = await all('events', 'from=2025-09-01')
    expect(event).toMatchObject({
      type: 'event',
      place: 'Hội trường Sở Tư pháp',
      startsAt: '2025-09-20T01:00:00.000Z',
      organiser: { id: org.unitA.id, name: org.unitA.title },
    })
    const announcements = await all('announcements')
    const invitation = announcements.find((a) => (a.kind as { code: string }).code === 'giay-moi')!
    const notice = announcements.find((a) => (a.kind as { code: string }).code === 'thong-bao')!
    expect(invitation).toMatchObject({ meetingPlace: 'Phòng họp tầng 3', issuedAt: '2025-04-02' })
    // A notice's meeting fields are not shown on its page, nor given here.
    expect(notice).toMatchObject({ meetingAt: null, meetingPlace: null })
    const materials = await all('document-materials', 'kind=thong-cao-bao-chi')
    expect(materials).toHaveLength(1)
    expect(materials[0]!.documents).toEqual([
      expect.objectContaining({ id: law.id, number: '45/2024/QH15', url: expect.stringContaining('/van-ban/') }),
    ])
    expect(JSON.stringify(materials)).not.toContain(draftLaw.number)
  })

  it('filter by kind, field, area, unit, dates and document', async () => {
    expect((await all('announcements', 'kind=giay-moi')).map((a) => a.number)).toEqual(['12/GM-STP'])
    expect((await all('plans', 'kind=de-an')).map((p) => p.number)).toEqual(['05/ĐA-UBND'])
    expect((await all('plans', `field=${fieldSlug}`)).map((p) => p.number)).toEqual(['05/ĐA-UBND'])
    expect(await all('plans', 'area=phuong-tan-an')).toHaveLength(2)
    expect(await all('events', `unit=${org.unitA.slug}`)).toHaveLength(2)
    expect(await all('events', `unit=${org.unitB.slug}`)).toHaveLength(0)
    expect(await all('events', 'to=2025-03-10')).toHaveLength(1)
    expect(await all('announcements', 'from=2025-03-01&to=2025-12-31')).toHaveLength(1)
    expect(await all('document-materials', `document=${law.id}`)).toHaveLength(1)
    expect(await all('document-materials', `document=${draftLaw.id}`)).toHaveLength(1)
    expect(await all('events', 'updatedSince=2000-01-01T00:00:00Z')).toHaveLength(2)
    expect(await all('events', 'updatedSince=2999-01-01T00:00:00Z')).toHaveLength(0)
  })

  it('answer bad filter values with a Vietnamese 400', async () => {
    for (const path of [
      '/announcements?kind=cong-van',
      '/plans?kind=<script>',
      '/plans?field=khong-co-linh-vuc',
      '/events?from=2025-02-30',
      '/events?unit=KHONG HOP LE',
      '/document-materials?document=abc',
      '/document-materials?document=0',
      '/dialogues?phase=mai-mai',
      '/contest-results?status=draft',
      '/registry-members?kind=admin',
      '/registry-members?level=huyen',
      '/events?place=Hà Nội',
    ])
      await expectProblem(path, 400)
  })
})

describe('dialogues', () => {
  it('give the published contributions count and the outcome only once it is published', async () => {
    const closed = await single('dialogues', closedDialogue.id)
    expect(closed).toMatchObject({
      phase: { code: 'da-cong-bo' },
      contributions: { published: 3 },
      outcome: {
        summary: 'Cơ quan chủ trì tiếp thu phần lớn ý kiến.',
        adoptedDocument: { id: law.id, number: '45/2024/QH15' },
      },
    })
    const decisions = (closed.outcome as { decisions: { code: string; count: number }[] }).decisions
    expect(Object.fromEntries(decisions.map((d) => [d.code, d.count]))).toEqual({
      'tiep-thu': 1,
      'tiep-thu-mot-phan': 0,
      'giai-trinh': 1,
      'chua-xu-ly': 1,
    })
    expect((closed.sections as { key: string }[]).map((s) => s.key)).toEqual(['dieu-1', 'dieu-2'])
    const open = await single('dialogues', openDialogue.id)
    expect(open).toMatchObject({ phase: { code: 'dang-lay-y-kien' }, contributions: { published: 1 }, outcome: null })
  })

  it('filter by phase and field', async () => {
    expect((await all('dialogues', 'phase=da-cong-bo')).map((d) => d.id)).toEqual([closedDialogue.id])
    expect((await all('dialogues', 'phase=dang-lay-y-kien')).map((d) => d.id)).toEqual([openDialogue.id])
    expect(await all('dialogues', 'phase=sap-mo')).toHaveLength(0)
    expect(await all('dialogues', `field=${fieldSlug}`)).toHaveLength(2)
  })
})

describe('contest results', () => {
  it('give figures and leaders of rounds with published results only, with public names', async () => {
    const record = await single('contest-results', contest.id)
    const rounds = record.rounds as { number: number; results: Record<string, unknown> | null }[]
    expect(rounds.map((r) => r.number)).toEqual([1, 2])
    expect(rounds[1]!.results).toBeNull()
    const results = rounds[0]!.results!
    expect(results).toMatchObject({ participants: 3, maxScore: 10, bestScore: 10, averageScore: 7 })
    const bins = results.scoreDistribution as { fromPercent: number; count: number }[]
    expect(bins.filter((b) => b.count > 0).map((b) => [b.fromPercent, b.count])).toEqual([
      [30, 1],
      [80, 1],
      [90, 1],
    ])
    const leaders = results.leaders as { rank: number; publicName: string; score: number }[]
    expect(leaders.map((l) => [l.rank, l.score])).toEqual([
      [1, 10],
      [2, 8],
      [3, 3],
    ])
    // The minor appears shortened, with the school, as on the public leaderboard.
    expect(leaders[1]).toMatchObject({ publicName: 'Đỗ T. N.', school: 'Trường THCS Lê Lợi' })
    expect(await all('contest-results', 'status=published')).toHaveLength(1)
    expect(await all('contest-results', 'status=closed')).toHaveLength(0)
  })
})

describe('registry members', () => {
  it('give only what the public registry page shows', async () => {
    const members = await all('registry-members')
    const dismissed = members.find((m) => (m.status as { code: string }).code === 'dismissed')!
    const active = members.find((m) => (m.status as { code: string }).code === 'active')!
    expect(active).toMatchObject({
      fullName: 'Nguyễn Văn Báocáo',
      kind: { code: 'reporter', name: 'Báo cáo viên pháp luật' },
      recognition: { number: '125/QĐ-UBND', date: '2023-03-15', issuer: 'UBND tỉnh' },
      dismissal: null,
    })
    expect(dismissed).toMatchObject({ dismissal: { number: '7/QĐ-UBND', reason: 'Nghỉ hưu' } })
    expect(Object.keys(active)).not.toContain('contact')
    expect(Object.keys(active)).not.toContain('note')
    expect((await all('registry-members', 'kind=propagandist')).map((m) => m.fullName)).toEqual(['Lê Thị Tuyêntruyền'])
    expect(await all('registry-members', 'level=commune&status=dismissed')).toHaveLength(1)
    expect(await all('registry-members', `unit=${org.unitA.slug}`)).toHaveLength(1)
  })
})

describe('statistics', () => {
  it('gives the public figures of /thong-ke for a year and unit, valid against its schema', async () => {
    const { parseStatsParams } = await import('@/modules/statistics/params')
    const { buildStatsQuery, collectStatistics } = await import('@/modules/statistics/server/collect')
    const year = new Date().getUTCFullYear()
    const body = await json<Record<string, unknown>>(`/statistics?year=${year}`)
    validate('statistics.schema.json', body)
    expect(body).toMatchObject({ type: 'statistics', year, unit: null, period: { from: `${year}-01-01` } })
    const parsed = parseStatsParams({ ky: 'ca-nam', nam: String(year) })
    if (!parsed.ok) throw new Error(parsed.message)
    const expected = await collectStatistics(payload, await buildStatsQuery(payload, parsed.params, 'public'), {
      publicOnly: true,
    })
    const sections = body.sections as { key: string; figures: { key: string; value: number }[] }[]
    expect(sections.map((s) => s.key)).toEqual(expected.map((s) => s.key))
    expect(expected.every((s) => s.public)).toBe(true)
    for (const [i, s] of sections.entries())
      expect(s.figures.map((f) => [f.key, f.value])).toEqual(expected[i]!.figures.map((f) => [f.key, f.value]))
    const forUnit = await json<Record<string, unknown>>(`/statistics?year=${year}&unit=${org.unitA.id}`)
    validate('statistics.schema.json', forUnit)
    expect(forUnit.unit).toEqual({ id: org.unitA.id, name: org.unitA.title })
  })

  it('answers bad parameters with a Vietnamese 400 and an unknown unit with 404', async () => {
    for (const path of [
      '/statistics?year=20x5',
      '/statistics?year=1800',
      '/statistics?unit=-1',
      '/statistics?ky=nam-nay',
    ])
      await expectProblem(path, 400)
    await expectProblem('/statistics?unit=999999', 404)
  })
})

describe('incremental sync (updatedSince) of records built from related records', () => {
  it('brings back a contest when a round’s results are published and a dialogue when a contribution is', async () => {
    await new Promise((r) => setTimeout(r, 1100))
    const since = new Date().toISOString()
    expect(await all('contest-results', `updatedSince=${since}`)).toHaveLength(0)
    expect(await all('dialogues', `updatedSince=${since}`)).toHaveLength(0)
    await payload.update({
      collection: 'contest-rounds',
      id: round2.id,
      data: { resultsPublished: true },
      ...as(org, 'editor'),
    })
    const [changed] = await all('contest-results', `updatedSince=${since}`)
    expect(changed!.id).toBe(contest.id)
    expect(Date.parse(changed!.updatedAt as string)).toBeGreaterThanOrEqual(Date.parse(since))
    const rounds = changed!.rounds as { results: { participants: number } | null }[]
    expect(rounds[1]!.results!.participants).toBe(3)

    await comment(openDialogue, 'da-dang')
    const dialogues = await all('dialogues', `updatedSince=${since}`)
    expect(dialogues.map((d) => d.id)).toEqual([openDialogue.id])
    expect(dialogues[0]!.contributions).toEqual({ published: 2 })
    expect(Date.parse(dialogues[0]!.updatedAt as string)).toBeGreaterThanOrEqual(Date.parse(since))
  })
})
