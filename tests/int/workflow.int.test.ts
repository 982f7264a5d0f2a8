import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '@/payload-types'
import { workflowCollections } from '@/modules'
import { SCHEDULER_NAME, publishScheduled } from '@/shared/workflow/publish-scheduled'
import { as, createOrg, expectForbidden, peek, rejectionOf, richText, type Actor, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** The editorial journey of an article, step by step, through the Local API. */

let t: TestPayload
let org: Org

beforeAll(async () => {
  t = await startTestPayload('workflow')
  org = await createOrg(t.payload, 'workflow')
})
afterAll(async () => {
  await t?.close()
})

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function newArticle(actor: Actor, title: string, extra: Record<string, unknown> = {}): Promise<Article> {
  return t.payload.create({
    collection: 'articles',
    data: { title, body: richText(`Nội dung ${title}`), section: org.section.id, ...extra } as never,
    depth: 0,
    ...as(org, actor),
  })
}

function act(actor: Actor, id: number, data: Record<string, unknown>): Promise<Article> {
  return t.payload.update({ collection: 'articles', id, data: data as never, depth: 0, ...as(org, actor) })
}

async function publicIds(): Promise<number[]> {
  const found = await t.payload.find({ collection: 'articles', depth: 0, pagination: false, overrideAccess: false })
  return found.docs.map((d) => d.id)
}

const lastRow = (doc: Article) => doc.workflowHistory?.at(-1)

// Scheduling comes first and the scheduler's run last, so the two-second wait overlaps the rest.
let scheduledId: number
let scheduledAt: Date

describe('scheduled publishing (1/2): scheduling', () => {
  beforeAll(async () => {
    scheduledId = (await newArticle('contributor', 'Bài chờ hẹn giờ', { workflowAction: 'submit' })).id
  })

  it.each([
    ['without a date', {}],
    ['with a date in the past', { publishedAt: new Date(Date.now() - 60_000).toISOString() }],
    ['with an invalid date', { publishedAt: 'không phải ngày' }],
  ])('scheduling %s is refused', async (_, extra) => {
    const err = await rejectionOf(act('editor', scheduledId, { workflowAction: 'schedule', ...extra }))
    expect(err.status).toBe(400)
    expect(err.message).toMatch(/thời điểm xuất bản trong tương lai|không hợp lệ|Ngày/i)
    expect((await peek(t.payload, 'articles', scheduledId))?.workflowState).toBe('submitted')
  })

  it('an editor cannot schedule a draft that skipped review; the editor-in-chief can', async () => {
    const draft = await newArticle('editor', 'Nháp hẹn giờ')
    const publishedAt = new Date(Date.now() + 3_600_000).toISOString()
    await expectForbidden(act('editor', draft.id, { workflowAction: 'schedule', publishedAt }))
    const doc = await act('editor-in-chief', draft.id, { workflowAction: 'schedule', publishedAt })
    expect(doc.workflowState).toBe('scheduled')
  })

  it('an editor schedules a submitted article two seconds ahead; the scheduler leaves it until then', async () => {
    scheduledAt = new Date(Date.now() + 2_000)
    const doc = await act('editor', scheduledId, { workflowAction: 'schedule', publishedAt: scheduledAt.toISOString() })
    expect(doc.workflowState).toBe('scheduled')
    expect(lastRow(doc)).toMatchObject({ action: 'schedule', fromState: 'submitted', toState: 'scheduled' })
    expect(await publicIds()).not.toContain(scheduledId)
    expect((await publishScheduled(t.payload, workflowCollections())).map((p) => p.id)).not.toContain(scheduledId)
    expect((await peek(t.payload, 'articles', scheduledId))?.workflowState).toBe('scheduled')
  })
})

describe('the editorial journey of one article', () => {
  let id: number
  const title = 'Tuyên truyền Luật Đất đai năm 2024'

  it('a contributor drafts an article, which the public cannot see', async () => {
    const doc = await newArticle('contributor', title)
    id = doc.id
    expect(doc.workflowState).toBe('draft')
    expect(doc.unit).toBe(org.unitA.id)
    expect(doc.workflowHistory).toHaveLength(1)
    expect(lastRow(doc)).toMatchObject({ action: 'save', toState: 'draft', by: org.users.contributor.id })
    expect(await publicIds()).not.toContain(id)
    const err = await rejectionOf(t.payload.findByID({ collection: 'articles', id, overrideAccess: false }))
    expect(err.status).toBe(404)
  })

  it('the contributor submits it, and the history records who and when', async () => {
    const before = Date.now()
    const doc = await act('contributor', id, { workflowAction: 'submit' })
    expect(doc.workflowState).toBe('submitted')
    expect(doc.workflowHistory).toHaveLength(2)
    const row = lastRow(doc)!
    expect(row).toMatchObject({
      action: 'submit',
      fromState: 'draft',
      toState: 'submitted',
      by: org.users.contributor.id,
      byName: org.users.contributor.name,
    })
    const at = new Date(row.at!).getTime()
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now() + 1000)
    expect(await publicIds()).not.toContain(id)
  })

  it('the contributor cannot edit the article while it is under review', async () => {
    const err = await expectForbidden(act('contributor', id, { title: 'Sửa lén khi đang chờ duyệt' }))
    expect(err.message).toContain('Chờ duyệt')
    expect((await peek(t.payload, 'articles', id))?.title).toBe(title)
  })

  it('an editor cannot return it without a comment, and is told so in Vietnamese', async () => {
    const err = await expectForbidden(act('editor', id, { workflowAction: 'return' }))
    expect(err.message).toBe('Vui lòng ghi ý kiến khi trả lại bài để người viết biết cần sửa gì.')
    const blank = await rejectionOf(act('editor', id, { workflowAction: 'return', workflowComment: '   ' }))
    expect(blank.message).toBe(err.message)
    expect((await peek(t.payload, 'articles', id))?.workflowState).toBe('submitted')
  })

  it('the editor returns it with a comment, kept in the history', async () => {
    const doc = await act('editor', id, {
      workflowAction: 'return',
      workflowComment: 'Bổ sung số hiệu văn bản và nguồn.',
    })
    expect(doc.workflowState).toBe('returned')
    expect(lastRow(doc)).toMatchObject({
      action: 'return',
      fromState: 'submitted',
      toState: 'returned',
      by: org.users.editor.id,
      comment: 'Bổ sung số hiệu văn bản và nguồn.',
    })
    // the comment is not a stored field of the article itself
    expect((doc as { workflowComment?: unknown }).workflowComment ?? null).toBeNull()
  })

  it('the contributor edits the returned article and resubmits it', async () => {
    const edited = await act('contributor', id, { title: `${title} (đã bổ sung)` })
    expect(edited.workflowState).toBe('returned')
    expect(edited.workflowHistory).toHaveLength(3)
    const doc = await act('contributor', id, { workflowAction: 'submit' })
    expect(doc.workflowState).toBe('submitted')
    expect(lastRow(doc)).toMatchObject({ action: 'submit', fromState: 'returned', toState: 'submitted' })
  })

  it('the contributor cannot publish it', async () => {
    const err = await expectForbidden(act('contributor', id, { workflowAction: 'publish' }))
    expect(err.message).toContain('Xuất bản')
    expect((await peek(t.payload, 'articles', id))?.workflowState).toBe('submitted')
  })

  it('the editor publishes it: publishedAt is set and the public can see it', async () => {
    const before = Date.now()
    const doc = await act('editor', id, { workflowAction: 'publish' })
    expect(doc.workflowState).toBe('published')
    expect(new Date(doc.publishedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(lastRow(doc)).toMatchObject({
      action: 'publish',
      fromState: 'submitted',
      toState: 'published',
      by: org.users.editor.id,
    })
    expect(await publicIds()).toContain(id)
    const seen = await t.payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: false })
    expect(seen.title).toBe(`${title} (đã bổ sung)`)
  })

  it('the editor unpublishes it: archived and hidden again', async () => {
    const doc = await act('editor', id, { workflowAction: 'unpublish', workflowComment: 'Văn bản hết hiệu lực.' })
    expect(doc.workflowState).toBe('archived')
    expect(lastRow(doc)).toMatchObject({ action: 'unpublish', fromState: 'published', toState: 'archived' })
    expect(await publicIds()).not.toContain(id)
  })

  it('every save left a version, and the editor can restore an earlier one', async () => {
    const versions = await t.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
    // create, submit, return, edit, resubmit, publish, unpublish
    expect(versions.docs).toHaveLength(7)
    const first = versions.docs[0]!
    expect(first.version.title).toBe(title)
    expect(first.version.workflowState).toBe('draft')

    const current = (await peek(t.payload, 'articles', id))!
    await t.payload.restoreVersion({ collection: 'articles', id: first.id, depth: 0, ...as(org, 'editor') })
    const restored = (await peek(t.payload, 'articles', id))!
    expect(restored.title).toBe(title)
    // restoring brings back the content, not the old state, and never rewrites the history
    expect(restored.workflowState).toBe('archived')
    expect(restored.workflowHistory?.map((r) => r.action)).toEqual(current.workflowHistory?.map((r) => r.action))
    expect(
      (await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, pagination: false }))
        .docs,
    ).toHaveLength(8)
  })

  it('a contributor may not read the version history', async () => {
    await expectForbidden(
      t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, ...as(org, 'contributor') }),
    )
  })
})

describe('who may publish', () => {
  it('an editor cannot publish a draft that skipped review', async () => {
    const doc = await newArticle('editor', 'Bản nháp của biên tập viên')
    const err = await expectForbidden(act('editor', doc.id, { workflowAction: 'publish' }))
    expect(err.message).toBe('Vai trò của bạn không được phép “Xuất bản” nội dung đang ở trạng thái “Bản nháp”.')
    expect((await peek(t.payload, 'articles', doc.id))?.workflowState).toBe('draft')
  })

  it('an editor cannot publish on create either', async () => {
    const before = (await t.payload.count({ collection: 'articles' })).totalDocs
    await expectForbidden(newArticle('editor', 'Xuất bản ngay khi tạo', { workflowAction: 'publish' }))
    expect((await t.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('the editor-in-chief publishes a draft directly', async () => {
    const draft = await newArticle('editor-in-chief', 'Thông cáo của Trưởng Ban')
    const doc = await act('editor-in-chief', draft.id, { workflowAction: 'publish' })
    expect(doc.workflowState).toBe('published')
    expect(doc.publishedAt).toBeTruthy()
    expect(await publicIds()).toContain(doc.id)
  })

  it('the editor-in-chief may also publish on create', async () => {
    const doc = await newArticle('editor-in-chief', 'Xuất bản ngay', { workflowAction: 'publish' })
    expect(doc.workflowState).toBe('published')
    expect(doc.workflowHistory).toHaveLength(1)
    expect(lastRow(doc)).toMatchObject({ action: 'publish', fromState: 'draft', toState: 'published' })
  })

  it.each(['publish', 'approve', 'schedule'] as const)('a contributor cannot %s, whatever it sends', async (action) => {
    const draft = await newArticle('contributor', `Bài ${action} của cộng tác viên`)
    await expectForbidden(
      act('contributor', draft.id, {
        workflowAction: action,
        publishedAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    )
    expect((await peek(t.payload, 'articles', draft.id))?.workflowState).toBe('draft')
  })

  it('a contributor cannot publish by writing workflowState directly, on create or on update', async () => {
    const created = await newArticle('contributor', 'Tự đặt trạng thái', { workflowState: 'published' })
    expect(created.workflowState).toBe('draft')
    const updated = await act('contributor', created.id, {
      workflowState: 'published',
      title: 'Tự đặt trạng thái (sửa)',
    })
    expect(updated.workflowState).toBe('draft')
    expect(updated.title).toBe('Tự đặt trạng thái (sửa)')
    expect(await publicIds()).not.toContain(created.id)
  })

  it('a contributor cannot publish by creating with workflowAction publish', async () => {
    await expectForbidden(newArticle('contributor', 'Xuất bản khi tạo', { workflowAction: 'publish' }))
  })

  it('an editor cannot move a published article back by writing its state', async () => {
    const doc = await newArticle('editor-in-chief', 'Đã xuất bản, không gỡ lén', { workflowAction: 'publish' })
    const updated = await act('editor', doc.id, { workflowState: 'draft' })
    expect(updated.workflowState).toBe('published')
  })
})

describe('the history belongs to the workflow', () => {
  const forged = [
    {
      action: 'publish',
      fromState: 'draft',
      toState: 'published',
      byName: 'Giả mạo',
      at: '2020-01-01T00:00:00.000Z',
      comment: 'giả',
    },
  ]

  it('a history sent on create is replaced by the real first row', async () => {
    const doc = await newArticle('contributor', 'Lịch sử giả khi tạo', { workflowHistory: forged })
    expect(doc.workflowHistory).toHaveLength(1)
    expect(lastRow(doc)).toMatchObject({ action: 'save', byName: org.users.contributor.name })
  })

  it('a plain save cannot rewrite or wipe the history', async () => {
    const doc = await newArticle('contributor', 'Lịch sử không sửa được')
    await act('contributor', doc.id, { workflowAction: 'submit' })
    const stored = (await peek(t.payload, 'articles', doc.id))!.workflowHistory!
    for (const history of [forged, []]) {
      const after = await act('editor', doc.id, { workflowHistory: history })
      expect(after.workflowHistory).toEqual(stored)
    }
  })

  it('a transition appends to the stored history, not to what the client sent', async () => {
    const doc = await newArticle('contributor', 'Lịch sử chỉ nối thêm')
    const after = await act('contributor', doc.id, { workflowAction: 'submit', workflowHistory: forged })
    expect(after.workflowHistory?.map((r) => r.action)).toEqual(['save', 'submit'])
    expect(after.workflowHistory?.some((r) => r.byName === 'Giả mạo')).toBe(false)
  })
})

describe('scheduled publishing (2/2): the scheduler', () => {
  it('publishes the scheduled article once its time has come, signing the history as the system', async () => {
    await sleep(Math.max(0, scheduledAt.getTime() - Date.now()) + 50)
    const done = await publishScheduled(t.payload, workflowCollections())
    expect(done).toContainEqual({ collection: 'articles', id: scheduledId })

    const published = (await peek(t.payload, 'articles', scheduledId))!
    expect(published.workflowState).toBe('published')
    // The public date is the scheduled time, not the moment the job happened to run.
    expect(new Date(published.publishedAt!).getTime()).toBe(scheduledAt.getTime())
    expect(lastRow(published)).toMatchObject({
      action: 'publish',
      fromState: 'scheduled',
      toState: 'published',
      by: null,
      byName: SCHEDULER_NAME,
    })
    expect(await publicIds()).toContain(scheduledId)
  })

  it('publishes nothing twice, and leaves documents scheduled for later alone', async () => {
    const done = await publishScheduled(t.payload, workflowCollections())
    expect(done).toEqual([])
    const later = await t.payload.find({
      collection: 'articles',
      where: { workflowState: { equals: 'scheduled' } },
      depth: 0,
    })
    expect(later.totalDocs).toBe(1)
  })
})
