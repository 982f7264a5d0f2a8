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
