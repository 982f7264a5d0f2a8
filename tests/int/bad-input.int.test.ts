import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  VIETNAMESE,
  as,
  createOrg,
  messagesOf,
  peek,
  rejectionOf,
  workflowData,
  type Org,
  type WorkflowSlug,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * Bad input is refused with a Vietnamese message an editor can act on, and a refused update
 * leaves the stored document exactly as it was.
 */

let t: TestPayload
let org: Org
/** one valid document per collection, which every refused update targets */
const stored = new Map<WorkflowSlug, number>()

beforeAll(async () => {
  t = await startTestPayload('bad-input')
  org = await createOrg(t.payload, 'bad')
  for (const slug of ['articles', 'events', 'plans'] as const) {
    const doc = await t.payload.create({
      collection: slug,
      data: { ...workflowData(slug, org, `Bản gốc ${slug}`), slug: `ban-goc-${slug}` } as never,
      depth: 0,
      ...as(org, 'editor'),
    })
    stored.set(slug, doc.id)
  }
})
afterAll(async () => {
  await t?.close()
})

type BadCase = {
  name: string
  collection: WorkflowSlug
  data: Record<string, unknown>
  /** the Vietnamese message the editor must see */
  message: string
  kind: 'ValidationError' | 'APIError'
}

const BAD: BadCase[] = [
  {
    name: 'a title longer than 300 characters',
    collection: 'articles',
    data: { title: 'Luật '.repeat(61) },
    message: 'Giá trị phải ngắn hơn hoặc bằng 300 ký tự.',
    kind: 'ValidationError',
  },
  {
    name: 'a <script> tag in a title',
    collection: 'articles',
    data: { title: 'Tin mới <script>alert("x")</script>' },
    message: 'Không được nhập mã HTML hoặc thẻ <…> trong trường này.',
    kind: 'ValidationError',
  },
  {
    name: 'any other markup in a title',
    collection: 'events',
    data: { title: 'Hội nghị <img src=x onerror=alert(1)>' },
    message: 'Không được nhập mã HTML hoặc thẻ <…> trong trường này.',
    kind: 'ValidationError',
  },
  {
    name: 'a slug with capitals, spaces and punctuation',
    collection: 'articles',
    data: { slug: 'Tin Tức Mới!' },
    message: 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: tin-tuc-moi).',
    kind: 'ValidationError',
  },
  {
    name: 'a slug with a double hyphen',
    collection: 'plans',
    data: { slug: 'ke-hoach--2026' },
    message: 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: tin-tuc-moi).',
    kind: 'ValidationError',
  },
  {
    name: 'an event that ends before it starts',
    collection: 'events',
    data: { startsAt: '2026-05-01T02:00:00.000Z', endsAt: '2026-05-01T01:00:00.000Z' },
    message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
    kind: 'ValidationError',
  },
  {
    name: 'a plan whose period ends before it begins',
    collection: 'plans',
    data: { periodFrom: 2030, periodTo: 2026 },
    message: 'Năm kết thúc phải không sớm hơn năm bắt đầu.',
    kind: 'ValidationError',
  },
  {
    name: 'a plan year outside 1945–2100',
    collection: 'plans',
    data: { periodFrom: 1900 },
    message: 'Năm không hợp lệ.',
    kind: 'ValidationError',
  },
  {
    name: 'an unknown workflow action',
    collection: 'articles',
    data: { workflowAction: 'destroy' },
    message: 'Thao tác biên tập “destroy” không hợp lệ.',
    kind: 'APIError',
  },
]

function expectVietnamese(err: Awaited<ReturnType<typeof rejectionOf>>, c: BadCase): void {
  expect(err.name).toBe(c.kind)
  expect(err.status).toBe(400)
  const text = messagesOf(err)
  expect(text).toContain(c.message)
  expect(text).toMatch(VIETNAMESE)
}

describe('bad input on create', () => {
  for (const c of BAD) {
    it(`${c.name} is refused in Vietnamese and nothing is stored`, async () => {
      const before = (await t.payload.count({ collection: c.collection })).totalDocs
      const data = { ...workflowData(c.collection, org, 'Tài liệu hợp lệ'), ...c.data }
      const err = await rejectionOf(
        t.payload.create({ collection: c.collection, data: data as never, ...as(org, 'editor') }),
      )
      expectVietnamese(err, c)
      expect((await t.payload.count({ collection: c.collection })).totalDocs).toBe(before)
    })
  }
})

describe('bad input on update', () => {
  for (const c of BAD) {
    it(`${c.name} is refused in Vietnamese and the stored document is unchanged`, async () => {
      const id = stored.get(c.collection)!
      const before = await peek(t.payload, c.collection, id)
      const err = await rejectionOf(
        t.payload.update({ collection: c.collection, id, data: c.data as never, ...as(org, 'editor') }),
      )
      expectVietnamese(err, c)
      expect(await peek(t.payload, c.collection, id)).toEqual(before)
      const versions = await t.payload.countVersions({ collection: c.collection, where: { parent: { equals: id } } })
      expect(versions.totalDocs).toBe(1)
    })
  }

  it('an event moved to start after its stored end is refused too', async () => {
    const id = stored.get('events')!
    const before = await peek(t.payload, 'events', id)
    const err = await rejectionOf(
      t.payload.update({
        collection: 'events',
        id,
        data: { startsAt: '2026-06-01T00:00:00.000Z' },
        ...as(org, 'editor'),
      }),
    )
    expect(messagesOf(err)).toContain('Thời điểm kết thúc phải sau thời điểm bắt đầu.')
    expect(await peek(t.payload, 'events', id)).toEqual(before)
  })

  it('a plan whose end year is moved before its stored start is refused too', async () => {
    const id = stored.get('plans')!
    const err = await rejectionOf(
      t.payload.update({ collection: 'plans', id, data: { periodTo: 2020 }, ...as(org, 'editor') }),
    )
    expect(messagesOf(err)).toContain('Năm kết thúc phải không sớm hơn năm bắt đầu.')
    expect((await peek(t.payload, 'plans', id))?.periodTo).toBe(2030)
  })
})

describe('input that is accepted', () => {
  it('an empty slug is made from the Vietnamese title, without diacritics', async () => {
    const doc = await t.payload.create({
      collection: 'articles',
      data: workflowData('articles', org, 'Phổ biến Luật Đất đai tại xã Mỹ Yên') as never,
      depth: 0,
      ...as(org, 'editor'),
    })
    expect(doc.slug).toBe('pho-bien-luat-dat-dai-tai-xa-my-yen')
  })

  it('a repeated slug is made unique with a number', async () => {
    const make = (): Promise<{ slug?: string | null }> =>
      t.payload.create({
        collection: 'articles',
        data: { ...workflowData('articles', org, 'Tin trùng tên'), slug: 'tin-trung-ten' } as never,
        depth: 0,
        ...as(org, 'editor'),
      })
    expect((await make()).slug).toBe('tin-trung-ten')
    expect((await make()).slug).toBe('tin-trung-ten-2')
  })

  it('a title of exactly 300 characters and a same-day event are fine', async () => {
    const title = 'a'.repeat(300)
    const article = await t.payload.create({
      collection: 'articles',
      data: workflowData('articles', org, title) as never,
      depth: 0,
      ...as(org, 'editor'),
    })
    expect(article.title).toBe(title)
    const event = await t.payload.create({
      collection: 'events',
      data: { ...workflowData('events', org, 'Sự kiện trong ngày'), endsAt: '2026-05-01T02:00:00.000Z' } as never,
      depth: 0,
      ...as(org, 'editor'),
    })
    expect(event.endsAt).toBe('2026-05-01T02:00:00.000Z')
  })

  it('a partial update keeps an existing custom slug', async () => {
    const collection: CollectionSlug = 'articles'
    const id = stored.get('articles')!
    const doc = await t.payload.update({
      collection,
      id,
      data: { summary: 'Tóm tắt bổ sung' },
      depth: 0,
      ...as(org, 'editor'),
    })
    expect(doc.slug).toBe('ban-goc-articles')
  })
})
