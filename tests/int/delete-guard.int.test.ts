import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionConfig } from 'payload'
import { referrersByTarget } from '@/shared/fields/delete-guard'
import { as, createOrg, rejectionOf, richText, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * A document another one needs by a required relationship is not deleted out from under it: the
 * delete is refused with a Vietnamese 409 naming what still points at it, and nothing changes
 * (before, the database's foreign key refused it and the editor got a 500). A document's own
 * bookkeeping (a legal document's effect history and import provenance) goes with it.
 */
let t: TestPayload
let org: Org

const system = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const
const publish = { ...system, context: { disableRevalidate: true, systemAction: { action: 'publish', byName: 'Thử' } } }
const edit = { ...system, context: { disableRevalidate: true, systemAction: { action: 'save', byName: 'Thử' } } }

beforeAll(async () => {
  t = await startTestPayload('delete-guard')
  org = await createOrg(t.payload, 'xoa')
}, 120_000)

afterAll(async () => {
  await t?.close()
})

const legalDocument = (n: number) =>
  t.payload.create({
    collection: 'legal-documents',
    data: {
      number: `${n}/2025/QĐ-UBND`,
      type: 'quyet-dinh',
      title: `Quyết định số ${n} về phổ biến pháp luật`,
      issuer: 'Ủy ban nhân dân tỉnh Long An',
      issuedAt: '2025-01-09T17:00:00.000Z',
    },
    ...publish,
  })

describe('deleting a document that others need', () => {
  it('knows every required link of the configuration, but those deleted with their target', () => {
    const map = referrersByTarget(t.payload.config.collections as unknown as CollectionConfig[])
    const paths = (target: string) => (map.get(target) ?? []).map((r) => `${r.collection}.${r.path}`).sort()
    expect(paths('sections')).toContain('articles.section')
    expect(paths('legal-documents')).toEqual(
      expect.arrayContaining([
        'document-relations.from',
        'document-relations.to',
        'questions.citations.document',
        'legal-situations.citations.document',
      ]),
    )
    expect(paths('legal-documents')).not.toContain('effect-history.document')
    expect(paths('legal-documents')).not.toContain('import-provenance.document')
    expect(paths('sync-sources')).toEqual([])
    expect(paths('webhook-subscriptions')).toEqual([])
    expect(paths('units')).toEqual(expect.arrayContaining(['officials.unit', 'registry-members.unit']))
  })

  it('refuses to delete a section that still holds an article (409, in Vietnamese), then deletes it once emptied', async () => {
    const section = await t.payload.create({ collection: 'sections', data: { title: 'Chuyên mục sắp bỏ' }, ...system })
    const article = await t.payload.create({
      collection: 'articles',
      data: {
        title: 'Bài trong chuyên mục sắp bỏ',
        summary: 'Tóm tắt.',
        body: richText('Nội dung.'),
        section: section.id,
      },
      ...publish,
    })
    const err = await rejectionOf(
      t.payload.delete({ collection: 'sections', id: section.id, ...as(org, 'editor-in-chief') }),
    )
    expect(err.status).toBe(409)
    expect(err.message).toBe(
      'Không xóa được: còn 1 bài viết (trường “Chuyên mục”) đang gắn với mục này. Hãy chuyển các mục đó sang mục khác hoặc xóa chúng trước.',
    )
    expect(await t.payload.findByID({ collection: 'sections', id: section.id, ...system })).toMatchObject({
      title: 'Chuyên mục sắp bỏ',
    })
    expect(await t.payload.findByID({ collection: 'articles', id: article.id, ...system })).toMatchObject({
      section: section.id,
    })

    await t.payload.update({ collection: 'articles', id: article.id, data: { section: org.section.id }, ...edit })
    await t.payload.delete({ collection: 'sections', id: section.id, ...as(org, 'editor-in-chief') })
    expect(await t.payload.count({ collection: 'sections', where: { id: { equals: section.id } } })).toMatchObject({
      totalDocs: 0,
    })
  })

  it('refuses to delete a legal document another one relates to; deletes one with only its own history', async () => {
    const basis = await legalDocument(901)
    const amending = await legalDocument(902)
    await t.payload.create({
      collection: 'document-relations',
      data: { from: amending.id, to: basis.id, type: 'can-cu' },
      ...system,
    })
    const err = await rejectionOf(
      t.payload.delete({ collection: 'legal-documents', id: basis.id, ...as(org, 'editor') }),
    )
    expect(err.status).toBe(409)
    expect(err.message).toMatch(/^Không xóa được: còn 1 quan hệ .*đang gắn với mục này/)
    expect(await t.payload.count({ collection: 'legal-documents', where: { id: { equals: basis.id } } })).toMatchObject(
      { totalDocs: 1 },
    )

    // A document with its own effect history and import provenance only: they go with it.
    const alone = await legalDocument(903)
    await t.payload.update({
      collection: 'legal-documents',
      id: alone.id,
      data: { status: 'het-hieu-luc-toan-bo', statusNote: 'Thử' },
      ...edit,
    })
    await t.payload.create({
      collection: 'import-provenance',
      data: { source: 'csv', sourceId: 'dong-903', fetchedAt: new Date().toISOString(), document: alone.id },
      ...system,
    } as never)
    const own = async () =>
      (await t.payload.count({ collection: 'effect-history', where: { document: { equals: alone.id } } })).totalDocs +
      (await t.payload.count({ collection: 'import-provenance', where: { document: { equals: alone.id } } })).totalDocs
    expect(await own()).toBeGreaterThanOrEqual(2)
    await t.payload.delete({ collection: 'legal-documents', id: alone.id, ...as(org, 'editor') })
    expect(await own()).toBe(0)
  })
})
