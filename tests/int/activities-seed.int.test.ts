import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedActivities } from '@/modules/activities/seed/seed-activities'
import { activityTotals } from '@/modules/activities/statistics'
import { createUser, richText } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** The demo activity records: plausible, mostly verified, a few waiting or returned, counted right. */

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload('activities-seed')
  for (const [slug, kind] of [
    ['so-tu-phap', 'department'],
    ['so-gddt', 'department'],
    ['thpt-tan-an', 'school'],
    ['xa-long-huu-dong', 'commune'],
    ['phuong-1-tan-an', 'commune'],
  ] as const) {
    await t.payload.create({ collection: 'units', data: { title: `Đơn vị ${slug}`, slug, kind } as never })
  }
  for (const slug of ['dat-dai', 'giao-thong', 'tu-phap-ho-tich', 'hon-nhan-gia-dinh']) {
    await t.payload.create({ collection: 'legal-fields', data: { title: slug, slug } as never })
  }
  await createUser(t.payload, 'admin-activities-seed', 'admin')
  const editor = await createUser(t.payload, 'editor-activities-seed', 'editor')
  const section = await t.payload.create({ collection: 'sections', data: { title: 'Hoạt động sở, ngành' } })
  const unit = await t.payload.find({ collection: 'units', where: { slug: { equals: 'so-tu-phap' } } })
  await t.payload.create({
    collection: 'articles',
    data: {
      title: 'Hội nghị triển khai công tác PBGDPL năm 2026',
      slug: 'hoi-nghi-trien-khai-cong-tac-pbgdpl-nam-2026',
      summary: 'Sở Tư pháp tổ chức hội nghị triển khai nhiệm vụ năm 2026.',
      body: richText('Nội dung hội nghị.'),
      section: section.id,
      unit: unit.docs[0]!.id,
      publishedAt: '2026-01-15T01:00:00.000Z',
    } as never,
    user: editor,
    overrideAccess: true,
    context: { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableRevalidate: true },
  })
  await seedActivities(t.payload, () => {}, 150)
}, 300_000)
afterAll(async () => {
  await t?.close()
})

describe('the demo activity records', () => {
  it('are mostly verified, some waiting, at most two returned with a note, none in the future', async () => {
    const { docs } = await t.payload.find({
      collection: 'activities',
      limit: 0,
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    expect(docs).toHaveLength(151)
    const fromArticle = docs.find((d) => d.sourceArticle)!
    expect(fromArticle).toMatchObject({ title: 'Hội nghị triển khai công tác PBGDPL năm 2026', status: 'verified' })
    expect(fromArticle.unit).toBeTruthy()
    const by = (s: string) => docs.filter((d) => d.status === s)
    expect(by('verified').length).toBeGreaterThan(100)
    expect(by('returned').length).toBeLessThanOrEqual(2)
    expect(by('returned').every((d) => (d.reviewNote ?? '').length > 10)).toBe(true)
    expect(by('verified').every((d) => d.verifiedBy && d.verifiedAt)).toBe(true)
    const tomorrow = Date.now() + 86_400_000
    expect(docs.every((d) => Date.parse(d.date) <= tomorrow && d.date >= '2024-01-01')).toBe(true)
    expect(docs.some((d) => d.title.includes('Luật Đất đai'))).toBe(true)
  })

  it('add up in the statistics (public: verified only)', async () => {
    const { docs } = await t.payload.find({
      collection: 'activities',
      limit: 0,
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    const verified = docs.filter((d) => d.status === 'verified')
    const totals = await activityTotals(t.payload, {
      from: new Date('2024-01-01T00:00:00+07:00'),
      to: new Date('2027-01-01T00:00:00+07:00'),
      scope: 'public',
      unitIds: null,
    })
    expect(totals.count).toBe(verified.length)
    expect(totals.participants).toBe(verified.reduce((n, d) => n + d.participants, 0))
  })
})
