import { Ajv2020 } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article, LegalDocument, Question } from '@/payload-types'
import { as, createOrg, expectForbidden, richText, VIETNAMESE, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The open API v1 (issue 7 §2): every response against the data standard's JSON Schemas, nothing
 * unpublished or personal in any output, cursors, limits, filters, ETag/304, CORS, rate limits,
 * API keys and problem+json errors.
 */

type Handler = typeof import('@/modules/data-exchange/open-api/handler')
let api: Handler
let openApiDocument: typeof import('@/modules/data-exchange/open-api/openapi').openApiDocument
let SCHEMAS: Record<string, object>
let t: TestPayload
let payload: Payload
let org: Org
let ajv: Ajv2020

const PRIVATE = {
  draftArticle: 'Bản nháp bí mật về sáp nhập xã',
  draftLaw: 'Dự thảo Quyết định chưa ban hành',
  draftQuestion: 'Câu hỏi chưa trả lời về thừa kế',
  askerName: 'Lê Thị Riêngtư',
  askerEmail: 'rieng.tu.openapi@example.vn',
  askerPhone: '0987 654 321',
  originalBody: 'Lời gốc có số nhà 12 ngõ 34',
  draftVideo: 'Video nháp chưa duyệt',
  draftSituation: 'Tình huống nháp chưa duyệt',
}

let ipSeq = 0
const freshIp = () => `10.7.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(`http://localhost/api/open/v1${path}`)
  const request = new Request(url, { headers: { 'x-forwarded-for': freshIp(), ...headers } })
  const [type, id, extra] = url.pathname.replace('/api/open/v1/', '').split('/')
  if (extra !== undefined) throw new Error(`unexpected path ${path}`)
  return id === undefined ? api.openApiList(request, payload, type!) : api.openApiItem(request, payload, type!, id)
}

type Page = { data: Record<string, unknown>[]; next: string | null; links: { self: string; next: string | null } }

async function json<T = Page>(path: string, headers?: Record<string, string>): Promise<T> {
  const res = await get(path, headers)
  expect(res.status, `${path}: ${res.status}`).toBe(200)
  expect(res.headers.get('content-type')).toContain('application/json')
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  return (await res.json()) as T
}

function validate(schemaFile: string, value: unknown): void {
  const check = ajv.getSchema(`https://pbgdpl.example/schemas/v1/${schemaFile}`)!
  const ok = check(value)
  expect(check.errors ?? [], JSON.stringify(value).slice(0, 300)).toEqual([])
  expect(ok).toBe(true)
}

async function expectProblem(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  const body = (await res.json()) as Record<string, unknown>
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) })
  expect(String(body.detail)).toMatch(VIETNAMESE)
  expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|Error:/)
  return body
}

const system = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const
let fieldSlug: string
const laws: LegalDocument[] = []
const articles: Article[] = []
let question: Question

beforeAll(async () => {
  process.env.OPEN_API_RATE_LIMIT = '10000'
  t = await startTestPayload('open-api')
  payload = t.payload
  api = await import('@/modules/data-exchange/open-api/handler')
  ;({ openApiDocument } = await import('@/modules/data-exchange/open-api/openapi'))
  ;({ SCHEMAS } = await import('@/modules/data-exchange/schemas'))
  ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats(ajv)
  for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema)

  org = await createOrg(payload, 'openapi')
  const field = await payload.create({ collection: 'legal-fields', data: { title: 'Đất đai' }, ...system })
  fieldSlug = field.slug!
  const audience = await payload.create({ collection: 'audiences', data: { title: 'Nông dân' }, ...system })
  const area = await payload.create({
    collection: 'areas',
    data: { title: 'Phường Tân An', district: 'Tân An' },
    ...system,
  })

  const publish = { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableRevalidate: true }
  for (const [i, type] of (['luat', 'nghi-dinh', 'quyet-dinh'] as const).entries()) {
    laws.push(
      await payload.create({
        collection: 'legal-documents',
        data: {
          number: `${10 + i}/2024/${type === 'luat' ? 'QH15' : type === 'nghi-dinh' ? 'NĐ-CP' : 'QĐ-UBND'}`,
          type,
          title: `Văn bản mở số ${i + 1} về đất đai`,
          issuer: type === 'quyet-dinh' ? 'UBND tỉnh' : 'Quốc hội',
          issuedAt: `2024-0${i + 1}-15T00:00:00.000Z`,
          fields: [field.id],
          text: 'Điều 1. Phạm vi điều chỉnh\nVăn bản này quy định về đất đai.',
        },
        ...system,
        context: publish,
      }),
    )
  }
  await payload.create({
    collection: 'legal-documents',
    data: {
      number: '99/2024/QĐ-UBND',
      type: 'quyet-dinh',
      title: PRIVATE.draftLaw,
      issuer: 'UBND tỉnh',
      issuedAt: '2024-05-01T00:00:00.000Z',
    },
    ...as(org, 'editor'),
    depth: 0,
    context: { disableRevalidate: true },
  })
  await payload.create({
    collection: 'document-relations',
    data: { from: laws[1]!.id, type: 'huong-dan', to: laws[0]!.id, provision: 'Điều 1' },
    ...system,
  })

  for (let i = 0; i < 5; i++) {
    articles.push(
      await payload.create({
        collection: 'articles',
        data: {
          title: `Tin mở số ${i + 1}`,
          summary: 'Tóm tắt tin',
          body: richText(`Nội dung tin số ${i + 1}`),
          section: org.section.id,
          fields: i % 2 === 0 ? [field.id] : [],
          areas: [area.id],
          workflowAction: 'publish',
        } as never,
        ...as(org, 'editor-in-chief'),
        depth: 0,
        context: { disableRevalidate: true },
      }),
    )
  }
  await payload.create({
    collection: 'articles',
    data: { title: PRIVATE.draftArticle, body: richText(PRIVATE.draftArticle), section: org.section.id } as never,
    ...as(org, 'editor'),
    depth: 0,
    context: { disableRevalidate: true },
  })

  const chief = { ...as(org, 'editor-in-chief'), depth: 0, context: { disableRevalidate: true } } as const
  const video = (title: string, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'library-items',
      data: {
        title,
        summary: `Tóm tắt nội dung của ${title}.`,
        kind: 'video',
        videoSource: 'youtube',
        youtubeUrl: 'https://youtu.be/dQw4w9WgXcQ',
        fields: [field.id],
        audiences: [audience.id],
        legalBasis: [{ document: laws[0]!.id, article: 'Điều 1' }],
        ...extra,
      } as never,
      ...chief,
    })
  await video('Video hướng dẫn cấp sổ đỏ', { workflowAction: 'publish' })
  await video(PRIVATE.draftVideo)
  const situation = (title: string, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'legal-situations',
      data: {
        title,
        scenario: `Ông Bình khai hoang 2 ha đất (${title}).`,
        question: 'Ông Bình có được cấp giấy chứng nhận không?',
        analysis: richText('Theo Điều 1, đất khai hoang được xem xét.'),
        answer: richText('Có, nếu đủ điều kiện.'),
        citations: [{ document: laws[0]!.id, article: 'Điều 1' }],
        fields: [field.id],
        audiences: [audience.id],
        ...extra,
      } as never,
      ...chief,
    })
  await situation('Khai hoang đất rừng', { workflowAction: 'publish' })
  await situation(PRIVATE.draftSituation)

  const editor = {
    user: org.users.editor,
    overrideAccess: false,
    depth: 0,
    context: { disableRevalidate: true },
  } as const
  const ask = (title: string) =>
    payload.create({
      collection: 'questions',
      data: {
        title,
        body: `${title}: tôi muốn hỏi về quyền sử dụng đất.`,
        originalBody: PRIVATE.originalBody,
        field: field.id,
        area: area.id,
        asker: { name: PRIVATE.askerName, email: PRIVATE.askerEmail, phone: PRIVATE.askerPhone },
      } as never,
      ...editor,
    })
  const asked = await ask('Cấp sổ đỏ cho đất khai hoang')
  await ask(PRIVATE.draftQuestion)
  await payload.update({ collection: 'questions', id: asked.id, data: { qaAction: 'accept' } as never, ...editor })
  await payload.update({
    collection: 'questions',
    id: asked.id,
    data: {
      qaAction: 'answer',
      answer: richText('Theo Điều 1, đất khai hoang được xem xét cấp giấy chứng nhận.'),
      citations: [{ document: laws[0]!.id, article: 'Điều 1' }],
    } as never,
    ...editor,
  })
  question = (await payload.update({
    collection: 'questions',
    id: asked.id,
    data: { qaAction: 'publish' } as never,
    ...editor,
  })) as Question
  expect(question.status).toBe('published')
}, 120_000)

afterAll(async () => {
  await t?.close()
})

const TYPES = [
  ['articles', 'article.schema.json', 5],
  ['legal-documents', 'legal-document.schema.json', 3],
  ['questions', 'question.schema.json', 1],
  ['library-items', 'library-item.schema.json', 1],
  ['legal-situations', 'legal-situation.schema.json', 1],
] as const

describe('schemas and content', () => {
  it('every list and item response validates against its JSON Schema', async () => {
    for (const [type, schema, count] of TYPES) {
      const page = await json(`/${type}?limit=100`)
      expect(page.data).toHaveLength(count)
      expect(page.next).toBeNull()
      for (const item of page.data) {
        validate(schema, item)
        const one = await json<Record<string, unknown>>(`/${type}/${item.id as number}`)
        validate(schema, one)
        expect(one).toEqual(item)
      }
    }
  })

  it('lists legal documents without full text on fields=summary; the record and the default list keep it', async () => {
    const summary = await json('/legal-documents?limit=100&fields=summary')
    const full = await json('/legal-documents?limit=100')
    expect(summary.data).toHaveLength(3)
    summary.data.forEach((item, i) => {
      validate('legal-document.schema.json', item)
      expect(item).not.toHaveProperty('text')
      expect(item).not.toHaveProperty('structure')
      const { text, structure, ...rest } = full.data[i]!
      expect(text).toContain('Phạm vi điều chỉnh')
      expect(structure).toMatchObject({ mode: 'legal' })
      expect(item).toEqual(rest)
    })
    expect(summary.links.self).toContain('fields=summary')
    expect((await json('/legal-documents?fields=full&limit=1')).data[0]).toHaveProperty('structure')
    const one = await json<Record<string, unknown>>(`/legal-documents/${laws[0]!.id}`)
    expect(one.text).toContain('Phạm vi điều chỉnh')
    await expectProblem(await get('/legal-documents?fields=text'), 400)
    await expectProblem(await get('/legal-documents?fields=summary&fields=full'), 400)
    await expectProblem(await get('/articles?fields=summary'), 400)
    await expectProblem(await get(`/legal-documents/${laws[0]!.id}?fields=summary`), 400)
  })

  it('serializes taxonomy as {id, slug, name}, dates in ISO 8601, relations and citations with URLs', async () => {
    const doc = await json<Record<string, unknown>>(`/legal-documents/${laws[1]!.id}`)
    expect(doc).toMatchObject({
      identifier: `legal-document:${laws[1]!.id}`,
      number: '11/2024/NĐ-CP',
      documentType: { code: 'nghi-dinh', name: 'Nghị định' },
      issuedAt: '2024-02-15',
      fields: [{ slug: fieldSlug, name: 'Đất đai' }],
      relations: [{ direction: 'outgoing', relation: 'huong-dan', provision: 'Điều 1', document: { id: laws[0]!.id } }],
    })
    const law = await json<Record<string, unknown>>(`/legal-documents/${laws[0]!.id}`)
    expect(law.structure).toMatchObject({
      mode: 'legal',
      provisions: [{ kind: 'dieu', label: 'Điều 1', heading: 'Phạm vi điều chỉnh', anchor: 'dieu-1' }],
    })
    expect(JSON.stringify(law.structure)).toMatch(/\/van-ban\/[^"]+#dieu-1"/)
    expect(law.relations).toMatchObject([{ direction: 'incoming', document: { id: laws[1]!.id } }])
    const q = await json<Record<string, unknown>>(`/questions/${question.id}`)
    expect(q.citations).toMatchObject([{ documentId: laws[0]!.id, article: 'Điều 1' }])
    expect((q.citations as { url: string }[])[0]!.url).toMatch(/\/van-ban\/.+#dieu-1$/)
    expect(q.answer).toContain('đất khai hoang')
    const [v] = (await json('/library-items')).data
    expect(v).toMatchObject({ kind: 'video', externalVideo: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' })
    expect(v!.legalBasis).toMatchObject([{ documentId: laws[0]!.id }])
    const [sit] = (await json('/legal-situations')).data
    expect(sit).toMatchObject({ type: 'legal-situation', answer: 'Có, nếu đủ điều kiện.' })
    expect(JSON.stringify(sit)).not.toContain('quiz')
    const a = await json<Record<string, unknown>>(`/articles/${articles[0]!.id}`)
    expect(a.section).toEqual({ id: org.section.id, slug: org.section.slug, name: org.section.title })
    expect(a.url).toMatch(/\/bai-viet\/tin-mo-so-1$/)
  })

  it('never lets a draft, an unpublished question or personal data out of any endpoint', async () => {
    let everything = ''
    for (const [type] of TYPES) {
      const page = await json(`/${type}?limit=100`)
      everything += JSON.stringify(page)
      for (const item of page.data) everything += JSON.stringify(await json(`/${type}/${item.id as number}`))
    }
    for (const secret of Object.values(PRIVATE)) expect(everything).not.toContain(secret)
    for (const key of ['asker', 'trackingCode', 'workflowHistory', 'history', 'originalBody', 'keyHash', 'createdBy'])
      expect(everything).not.toContain(`"${key}"`)
    // Drafts are not reachable by id either.
    const drafts = await payload.find({
      collection: 'articles',
      where: { title: { equals: PRIVATE.draftArticle } },
      overrideAccess: true,
    })
    await expectProblem(await get(`/articles/${drafts.docs[0]!.id}`), 404)
  })

  it('serves an OpenAPI 3.1 document whose components are the standard schemas', async () => {
    const doc = openApiDocument() as { openapi: string; paths: Record<string, unknown>; components: unknown }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/articles', '/legal-documents/{id}', '/questions']))
    // The inlined components compile as JSON Schema 2020-12 with every $ref resolved.
    const local = new Ajv2020({ strict: false })
    addFormats(local)
    local.addSchema({ $id: 'openapi', components: doc.components })
    const item = await json(`/questions/${question.id}`)
    expect(local.validate({ $ref: 'openapi#/components/schemas/Question' }, item)).toBe(true)
    expect(local.validate({ $ref: 'openapi#/components/schemas/Question' }, { ...item, asker: {} })).toBe(false)
  })
})

describe('/du-lieu-mo', () => {
  it('lists every type with its endpoints, filters and schema, and every error type the API returns', async () => {
    const { OpenDataPage } = await import('@/modules/data-exchange/open-api/ui/open-data-page')
    const html = renderToStaticMarkup(createElement(OpenDataPage))
    expect(html.normalize('NFC')).toBe(html)
    for (const [type, schema] of TYPES) {
      expect(html).toContain(`href="/api/open/v1/${type}"`)
      expect(html).toContain(`href="/api/open/v1/schemas/${schema}"`)
    }
    expect(html).toContain('href="/api/open/v1/openapi.json"')
    for (const slug of ['tham-so', 'limit', 'cursor', 'bo-loc', 'ma', 'khoa-api', 'khong-tim-thay', 'gioi-han'])
      expect(html).toContain(`id="loi-${slug}"`)
    expect(html.match(/<h1/g)).toHaveLength(1)
  })
})

describe('paging and filters', () => {
  it('walks every article by cursor exactly once', async () => {
    const seen: number[] = []
    let path = '/articles?limit=2'
    for (let i = 0; i < 5 && path; i++) {
      const page = await json(path)
      seen.push(...page.data.map((d) => d.id as number))
      path = page.next ? `/articles?limit=2&cursor=${encodeURIComponent(page.next)}` : ''
    }
    expect(path).toBe('')
    expect(seen).toEqual(articles.map((a) => a.id))
  })

  it('rejects malformed or tampered cursors, a cursor of another type, and bad limits as problem+json 400', async () => {
    const first = await json('/articles?limit=2')
    const cursor = first.next!
    const [data, mac] = cursor.split('.')
    const forged = Buffer.from(JSON.stringify({ t: 'articles', a: 0 })).toString('base64url')
    for (const bad of [
      'abc',
      `${data}.${mac!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`,
      `${forged}.${mac}`,
      '%00',
    ])
      await expectProblem(await get(`/articles?cursor=${encodeURIComponent(bad)}`), 400)
    await expectProblem(await get(`/questions?cursor=${encodeURIComponent(cursor)}`), 400)
    for (const limit of ['101', '0', '-1', 'abc', '1e3', ''])
      await expectProblem(await get(`/articles?limit=${limit}`), 400)
    expect((await json('/articles?limit=100')).data).toHaveLength(5)
  })

  it('filters by type, field, date range and updated-since; unknown filters and values are 400', async () => {
    expect((await json('/legal-documents?type=nghi-dinh')).data.map((d) => d.id)).toEqual([laws[1]!.id])
    expect((await json('/legal-documents?from=2024-02-15&to=2024-03-14')).data.map((d) => d.id)).toEqual([laws[1]!.id])
    expect((await json(`/articles?field=${fieldSlug}`)).data).toHaveLength(3)
    expect((await json(`/articles?section=${org.section.slug}`)).data).toHaveLength(5)
    expect((await json(`/questions?field=${fieldSlug}`)).data).toHaveLength(1)
    expect((await json('/library-items?kind=video')).data).toHaveLength(1)
    expect((await json('/library-items?kind=ebook')).data).toHaveLength(0)
    expect((await json(`/legal-situations?field=${fieldSlug}`)).data).toHaveLength(1)
    expect((await json('/articles?updatedSince=2999-01-01T00:00:00Z')).data).toHaveLength(0)
    expect((await json('/articles?updatedSince=2000-01-01')).data).toHaveLength(5)
    await expectProblem(await get('/articles?sort=title'), 400)
    await expectProblem(await get('/articles?where[title][equals]=x'), 400)
    await expectProblem(await get('/legal-documents?type=khong-co'), 400)
    await expectProblem(await get('/articles?field=khong-ton-tai'), 400)
    await expectProblem(await get('/articles?from=2024-02-30'), 400)
    await expectProblem(await get('/articles?updatedSince=hôm-qua'), 400)
    await expectProblem(await get('/articles?limit=1&limit=2'), 400)
    await expectProblem(await get('/khong-co-loai'), 404)
    await expectProblem(await get('/articles/abc'), 400)
    await expectProblem(await get('/articles/999999'), 404)
  })
})

describe('HTTP behaviour', () => {
  it('answers If-None-Match with 304 while unchanged and 200 with a new ETag after a change', async () => {
    const path = `/articles/${articles[1]!.id}`
    const first = await get(path)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await get(path, { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect((await get('/articles', { 'if-none-match': `W/${etag}` })).status).toBe(200)
    await payload.update({
      collection: 'articles',
      id: articles[1]!.id,
      data: { summary: 'Tóm tắt đã sửa' },
      ...as(org, 'editor-in-chief'),
      context: { disableRevalidate: true },
    })
    const changed = await get(path, { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it('allows GET from any origin, including the preflight', () => {
    const res = api.corsPreflight()
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toContain('GET')
  })

  it('limits anonymous clients by IP with 429 and Retry-After, and each IP separately', async () => {
    process.env.OPEN_API_RATE_LIMIT = '3'
    try {
      const ip = { 'x-forwarded-for': '203.0.113.9' }
      for (let i = 0; i < 3; i++) expect((await get('/questions', ip)).status).toBe(200)
      const limited = await get('/questions', ip)
      const body = await expectProblem(limited, 429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(String(body.detail)).toContain('3 yêu cầu')
      expect((await get('/questions', { 'x-forwarded-for': '203.0.113.10' })).status).toBe(200)
    } finally {
      process.env.OPEN_API_RATE_LIMIT = '10000'
    }
  })
})

describe('API clients', () => {
  it('only administrators manage API clients; the key is shown once and only its hash is stored', async () => {
    for (const actor of ['editor-in-chief', 'editor', 'contributor', 'viewer', 'anonymous'] as const) {
      await expectForbidden(
        payload.create({ collection: 'api-clients', data: { name: 'X', rateLimit: 5 } as never, ...as(org, actor) }),
      )
      if (actor !== 'anonymous') {
        await expectForbidden(payload.find({ collection: 'api-clients', ...as(org, actor) }))
      }
    }
    const created = (await payload.create({
      collection: 'api-clients',
      data: { name: 'Cổng PBGDPL quốc gia', rateLimit: 5 } as never,
      ...as(org, 'admin'),
    })) as unknown as { id: number; issuedKey: string; keyHint: string }
    expect(created.issuedKey).toMatch(/^pbgdpl_[\w-]{32}$/)
    expect(created.keyHint).toBe(`…${created.issuedKey.slice(-4)}`)
    const stored = (await payload.findByID({
      collection: 'api-clients',
      id: created.id,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
    expect(JSON.stringify(stored)).not.toContain(created.issuedKey)
    expect(stored.issuedKey ?? null).toBeNull()

    process.env.OPEN_API_RATE_LIMIT = '2'
    try {
      const ip = { 'x-forwarded-for': '198.51.100.7' }
      const keyed = { ...ip, 'x-api-key': created.issuedKey }
      for (let i = 0; i < 5; i++) {
        const res = await get(
          '/articles?limit=1',
          i % 2 ? keyed : { ...ip, authorization: `Bearer ${created.issuedKey}` },
        )
        expect(res.status).toBe(200)
        expect(res.headers.get('x-ratelimit-limit')).toBe('5')
      }
      await expectProblem(await get('/articles?limit=1', keyed), 429)
      await expectProblem(await get('/articles', { ...ip, 'x-api-key': 'pbgdpl_sai-khoa-hoan-toan-0000000000' }), 401)
      await expectProblem(await get('/articles', { ...ip, 'x-api-key': 'x' }), 401)
      // A rotated key replaces the old one at once; a switched-off client is refused.
      const rotated = (await payload.update({
        collection: 'api-clients',
        id: created.id,
        data: { rotateKey: true, rateLimit: 50 } as never,
        ...as(org, 'admin'),
      })) as unknown as { issuedKey: string }
      expect(rotated.issuedKey).not.toBe(created.issuedKey)
      await expectProblem(await get('/articles', { 'x-api-key': created.issuedKey }), 401)
      expect((await get('/articles', { 'x-api-key': rotated.issuedKey })).status).toBe(200)
      await payload.update({
        collection: 'api-clients',
        id: created.id,
        data: { active: false } as never,
        ...as(org, 'admin'),
      })
      await expectProblem(await get('/articles', { 'x-api-key': rotated.issuedKey }), 401)
    } finally {
      process.env.OPEN_API_RATE_LIMIT = '10000'
    }
  })
})
