import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Question } from '@/payload-types'
import { createPublicQuestion } from '@/modules/qa/server/create-question'
import { findTrackedQuestion } from '@/modules/qa/server/find-tracked-question'
import { as, createOrg, expectForbidden, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** The questions data model: public creation, tracking, and who reads what. */

let t: TestPayload
let org: Org

beforeAll(async () => {
  t = await startTestPayload('qa-model')
  org = await createOrg(t.payload, 'qa-model')
})
afterAll(async () => {
  await t?.close()
})

const submission = {
  name: 'Nguyễn Văn An',
  email: 'an.nguyen@example.vn',
  phone: '0912345678',
  title: 'Thủ tục cấp lại sổ đỏ bị mất',
  body: 'Tôi làm mất giấy chứng nhận quyền sử dụng đất, xin hỏi thủ tục cấp lại thế nào?',
  consent: true as const,
  ipHash: 'ip-hash-1',
  contactHash: 'contact-hash-1',
}

describe('a question sent through the public form', () => {
  it('is stored as new with a tracking code, its original wording and the asker contact', async () => {
    const created = await createPublicQuestion(t.payload, submission)
    expect(created.trackingCode).toMatch(/^HD-\d{4}-[0-9A-Z]{6}$/)
    expect(created.trackingKey.length).toBeGreaterThanOrEqual(20)
    const stored = await t.payload.findByID({ collection: 'questions', id: created.id, ...as(org, 'editor') })
    expect(stored.status).toBe('new')
    expect(stored.originalTitle).toBe(submission.title)
    expect(stored.asker?.email).toBe(submission.email)
    expect(stored.asker?.consentAt).toBeTruthy()
    expect(stored.slug).toBe('thu-tuc-cap-lai-so-do-bi-mat')
    expect(stored.history?.[0]?.byName).toMatch(/Người hỏi/)
    expect('trackingKeyHash' in stored).toBe(false)
  })

  it('opens the tracking page only with the right key, without personal data', async () => {
    const created = await createPublicQuestion(t.payload, { ...submission, title: 'Hỏi về tuổi nghỉ hưu' })
    const tracked = await findTrackedQuestion(t.payload, created.trackingCode.toLowerCase(), created.trackingKey)
    expect(tracked?.id).toBe(created.id)
    expect(tracked?.status).toBe('new')
    expect(tracked?.asker).toBeUndefined()
    expect(tracked?.originalBody).toBeUndefined()
    expect(await findTrackedQuestion(t.payload, created.trackingCode, 'khoa-sai-khoa-sai-khoa-sai')).toBeNull()
    expect(await findTrackedQuestion(t.payload, 'HD-0000-000000', created.trackingKey)).toBeNull()
  })

  it('cannot be created by an anonymous caller without the public-submission context', async () => {
    await expectForbidden(
      t.payload.create({
        collection: 'questions',
        data: { title: 'Câu hỏi vượt chống spam', body: 'Nội dung' },
        overrideAccess: false,
        user: null,
      }),
    )
  })

  it('cannot be created or read unpublished through the REST API, which cannot set the context', async () => {
    const { handleEndpoints } = await import('payload')
    const { default: config } = await import('@/payload.config')
    const rest = (method: string, path: string, body?: unknown) =>
      handleEndpoints({
        config,
        path: `/api${path.split('?')[0]}`,
        request: new Request(`http://localhost/api${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      })
    const created = await rest('POST', '/questions', {
      title: 'Gửi thẳng qua API',
      body: 'Bỏ qua chống spam',
      asker: { name: 'Kẻ gian', email: 'x@example.vn' },
    })
    expect(created.status).toBe(403)
    const hidden = await createPublicQuestion(t.payload, { ...submission, title: 'Câu hỏi mới qua biểu mẫu' })
    const read = await rest('GET', `/questions/${hidden.id}`)
    expect(read.status).toBe(404)
    const listed = (await (await rest('GET', '/questions?limit=100')).json()) as { docs: { id: number }[] }
    expect(listed.docs.map((d) => d.id)).not.toContain(hidden.id)
  })

  it('is not readable by the public, contributors or experts not assigned to it', async () => {
    const created = await createPublicQuestion(t.payload, { ...submission, title: 'Câu hỏi chưa công bố' })
    for (const actor of ['anonymous', 'contributor', 'expert'] as const) {
      const found = await t.payload.find({
        collection: 'questions',
        where: { id: { equals: created.id } },
        ...as(org, actor),
      })
      expect(found.docs, actor).toHaveLength(0)
    }
    const inspector = await t.payload.findByID({ collection: 'questions', id: created.id, ...as(org, 'viewer') })
    expect(inspector.title).toBe('Câu hỏi chưa công bố')
    expect(inspector.asker).toBeUndefined()
    expect(inspector.originalTitle).toBeUndefined()
  })

  it('may be typed in by an editor from a letter, but not by a contributor', async () => {
    const doc: Question = await t.payload.create({
      collection: 'questions',
      data: { title: 'Câu hỏi gửi qua đường bưu điện', body: 'Nội dung thư', asker: { name: 'Trần Thị Bình' } },
      ...as(org, 'editor'),
    })
    expect(doc.status).toBe('new')
    expect(doc.asker?.name).toBe('Trần Thị Bình')
    await expectForbidden(
      t.payload.create({
        collection: 'questions',
        data: { title: 'Cộng tác viên tự tạo', body: 'Nội dung' },
        ...as(org, 'contributor'),
      }),
    )
  })

  it('never lets anyone write the status directly', async () => {
    const doc = await t.payload.create({
      collection: 'questions',
      data: { title: 'Thử ghi trạng thái', body: 'Nội dung', status: 'published' } as never,
      ...as(org, 'editor'),
    })
    expect(doc.status).toBe('new')
    const updated = await t.payload.update({
      collection: 'questions',
      id: doc.id,
      data: { status: 'published' } as never,
      ...as(org, 'editor'),
    })
    expect(updated.status).toBe('new')
  })
})
