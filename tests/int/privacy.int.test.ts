import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PRIVACY_AUDIT } from '@/modules/privacy'
import { logPrivacyEvent, personalDataAudit } from '@/modules/privacy/audit'
import { canHandlePersonalData, personalDataField } from '@/shared/access/personal-data'
import { ACTORS, as, createOrg, STAFF_ROLES, type Actor, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** Who may see citizens' personal data, and the audit trail of who did. */

let t: TestPayload
let org: Org

beforeAll(async () => {
  t = await startTestPayload('privacy')
  org = await createOrg(t.payload, 'privacy')
})
afterAll(async () => t?.close())
beforeEach(async () => {
  await t.payload.delete({ collection: PRIVACY_AUDIT, where: { id: { exists: true } }, overrideAccess: true })
})

const HANDLERS: readonly Actor[] = ['admin', 'editor-in-chief', 'editor']
const AUDIT_READERS: readonly Actor[] = ['admin', 'editor-in-chief', 'viewer']
const userOf = (actor: Actor) => (actor === 'anonymous' ? null : org.users[actor])
const reqFor = (actor: Actor): Promise<PayloadRequest> =>
  createLocalReq({ user: userOf(actor) ?? undefined }, t.payload)
const entries = async () =>
  (await t.payload.find({ collection: PRIVACY_AUDIT, overrideAccess: true, depth: 0, sort: 'at', limit: 100 })).docs

describe('personal-data field rule', () => {
  it.each(ACTORS)('%s handles personal data only if on the editorial board', async (actor) => {
    const expected = HANDLERS.includes(actor)
    expect(canHandlePersonalData(userOf(actor))).toBe(expected)
    const req = await reqFor(actor)
    expect(await personalDataField({ req } as Parameters<typeof personalDataField>[0])).toBe(expected)
  })
})

describe('logPrivacyEvent', () => {
  it('records who did what to which record, as the system', async () => {
    await logPrivacyEvent(t.payload, {
      user: org.users.editor,
      action: 'export',
      collection: 'questions',
      documentId: 42,
      fields: ['askerEmail', 'askerPhone'],
      note: 'Xuất danh sách câu hỏi',
    })
    const [entry, ...rest] = await entries()
    expect(rest).toHaveLength(0)
    expect(entry).toMatchObject({
      action: 'export',
      target: 'questions #42',
      targetCollection: 'questions',
      documentId: '42',
      fields: 'askerEmail, askerPhone',
      note: 'Xuất danh sách câu hỏi',
      user: org.users.editor.id,
    })
    expect(entry!.userName).toContain(org.users.editor.email)
  })

  it('names the system when no user acted (an erasure by a scheduled task)', async () => {
    await logPrivacyEvent(t.payload, { action: 'erase', collection: 'dialogue-comments', documentId: 'abc' })
    const [entry] = await entries()
    expect(entry).toMatchObject({ action: 'erase', userName: 'Hệ thống', user: null })
  })
})

describe('audit trail access', () => {
  it.each(ACTORS)('%s reads the trail only if an administrator, the editor-in-chief or an inspector', async (actor) => {
    await logPrivacyEvent(t.payload, { user: org.users.editor, action: 'view', collection: 'questions', documentId: 1 })
    const read = t.payload.find({ collection: PRIVACY_AUDIT, depth: 0, ...as(org, actor) })
    if (AUDIT_READERS.includes(actor)) expect((await read).totalDocs).toBe(1)
    else await expect(read).rejects.toThrow()
  })

  it.each(STAFF_ROLES)('%s cannot write, change or delete entries through the API', async (role) => {
    await logPrivacyEvent(t.payload, { user: org.users.editor, action: 'view', collection: 'questions', documentId: 1 })
    const [entry] = await entries()
    const data = {
      at: new Date().toISOString(),
      userName: 'Giả mạo',
      action: 'view' as const,
      target: 'x',
      targetCollection: 'x',
      documentId: '1',
    }
    await expect(t.payload.create({ collection: PRIVACY_AUDIT, data, ...as(org, role) })).rejects.toThrow()
    await expect(
      t.payload.update({ collection: PRIVACY_AUDIT, id: entry!.id, data: { note: 'sửa' }, ...as(org, role) }),
    ).rejects.toThrow()
    await expect(t.payload.delete({ collection: PRIVACY_AUDIT, id: entry!.id, ...as(org, role) })).rejects.toThrow()
    expect(await entries()).toHaveLength(1)
  })
})

describe('personalDataAudit hooks', () => {
  const hooks = personalDataAudit('questions', ['askerName', 'askerEmail', 'askerPhone'])
  const doc = {
    id: 7,
    title: 'Thủ tục ly hôn',
    askerName: 'Nguyễn Văn An',
    askerEmail: 'an@example.vn',
    askerPhone: '',
  }
  type ReadArgs = Parameters<typeof hooks.afterRead>[0]
  type ChangeArgs = Parameters<typeof hooks.afterChange>[0]
  const read = async (actor: Actor, d: Record<string, unknown>, findMany = false) =>
    hooks.afterRead({ doc: d, req: await reqFor(actor), findMany, context: {} } as unknown as ReadArgs)
  const change = async (
    actor: Actor,
    previousDoc: Record<string, unknown>,
    d: Record<string, unknown>,
    operation = 'update',
  ) =>
    hooks.afterChange({
      doc: d,
      previousDoc,
      req: await reqFor(actor),
      operation,
      context: {},
    } as unknown as ChangeArgs)

  it('logs a view when a signed-in user opens one record with personal data, naming the fields shown', async () => {
    const returned = await read('editor', doc)
    expect(returned).toBe(doc)
    const [entry, ...rest] = await entries()
    expect(rest).toHaveLength(0)
    expect(entry).toMatchObject({
      action: 'view',
      target: 'questions #7',
      fields: 'askerName, askerEmail',
      user: org.users.editor.id,
    })
  })

  it('logs one view per person and record in ten minutes (an edit screen reads a record several times)', async () => {
    await read('editor', doc)
    await read('editor', doc)
    await read('admin', doc)
    expect((await entries()).map((e) => e.user)).toEqual([org.users.editor.id, org.users.admin.id])
  })

  it('does not log lists, anonymous reads, or reads where field access removed the personal data', async () => {
    await read('editor', doc, true)
    await read('anonymous', doc)
    await read('expert', { id: 7, title: 'Thủ tục ly hôn' })
    expect(await entries()).toHaveLength(0)
  })

  it('logs an update naming the personal-data fields that changed, and nothing when none did', async () => {
    await change('editor', doc, { ...doc, askerPhone: '0912345678', title: 'Thủ tục ly hôn thuận tình' })
    await change('editor', doc, { ...doc, title: 'Chỉ sửa tiêu đề' })
    await change('anonymous', {}, doc, 'create')
    const [entry, ...rest] = await entries()
    expect(rest).toHaveLength(0)
    expect(entry).toMatchObject({ action: 'update', fields: 'askerPhone', user: org.users.editor.id })
  })

  it('logs the erasure of personal data done by the system', async () => {
    await change('anonymous', doc, { ...doc, askerName: null, askerEmail: null })
    const [entry] = await entries()
    expect(entry).toMatchObject({ action: 'update', fields: 'askerName, askerEmail', userName: 'Hệ thống' })
  })
})

describe('through a real collection (questions)', () => {
  let questionId: number | string

  beforeAll(async () => {
    const { createPublicQuestion } = await import('@/modules/qa/server/create-question')
    const created = await createPublicQuestion(t.payload, {
      name: 'Phạm Thị Dung',
      email: 'dung@example.vn',
      phone: '0912345678',
      title: 'Hỏi về thủ tục đăng ký kết hôn',
      body: 'Tôi muốn biết thủ tục đăng ký kết hôn với người nước ngoài.',
      consent: true,
      ipHash: 'a'.repeat(64),
      contactHash: 'b'.repeat(64),
    })
    questionId = created.id
  })

  it.each(ACTORS)('%s sees the asker’s contact only if on the editorial board', async (actor) => {
    let doc: Record<string, unknown> | null
    try {
      doc = (await t.payload.findByID({
        collection: 'questions',
        id: questionId,
        depth: 0,
        ...as(org, actor),
      })) as unknown as Record<string, unknown>
    } catch {
      doc = null // the whole question is closed to this role, personal data included
    }
    const asker = doc?.asker as { email?: string } | undefined
    if (HANDLERS.includes(actor)) expect(asker?.email).toBe('dung@example.vn')
    else expect(JSON.stringify(doc ?? {})).not.toContain('dung@example.vn')
  })

  it('an editor opening the question and changing the phone leaves a view and an update in the trail', async () => {
    await t.payload.findByID({ collection: 'questions', id: questionId, depth: 0, ...as(org, 'editor') })
    await t.payload.update({
      collection: 'questions',
      id: questionId,
      data: { asker: { phone: '0987654321' } } as never,
      depth: 0,
      ...as(org, 'editor'),
    })
    const trail = await entries()
    const mine = trail.filter((e) => e.documentId === String(questionId) && e.user === org.users.editor.id)
    expect(mine.map((e) => e.action)).toContain('view')
    expect(mine.find((e) => e.action === 'update')?.fields).toContain('asker')
  })

  it('a reader without the right leaves no view in the trail', async () => {
    await t.payload
      .findByID({ collection: 'questions', id: questionId, depth: 0, ...as(org, 'expert') })
      .catch(() => null)
    expect((await entries()).filter((e) => e.user === org.users.expert.id)).toHaveLength(0)
  })
})
