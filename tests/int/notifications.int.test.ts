import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { as, createOrg, richText, type Org } from '../helpers/fixtures'
import { decodeHeader, startMailServer, type ReceivedMail, type TestMailServer } from '../helpers/mail'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** Workflow e-mails, delivered to a real SMTP server listening on 127.0.0.1. */

let mail: TestMailServer
let t: TestPayload
let org: Org
const savedEnv = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT }

beforeAll(async () => {
  mail = await startMailServer()
  // The e-mail adapter reads these when Payload starts, so they are set first.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mail.port)
  t = await startTestPayload('notifications')
  org = await createOrg(t.payload, 'mail')
})

afterAll(async () => {
  await t?.close()
  await mail?.close()
  for (const [key, value] of [
    ['SMTP_HOST', savedEnv.host],
    ['SMTP_PORT', savedEnv.port],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const about = (title: string) => (m: ReceivedMail) => m.subject.includes(title)

describe('workflow e-mails', () => {
  const title = 'Hỏi & đáp về Luật Hôn nhân và gia đình'
  let id: number

  it('decodes encoded-word subjects the way mail clients do', () => {
    expect(decodeHeader('=?UTF-8?Q?=5BCh=E1=BB=9D_duy=E1=BB=87t=5D?= =?UTF-8?B?IELDoGk=?=')).toBe('[Chờ duyệt] Bài')
  })

  it('a contributor’s submission mails the editors and the editor-in-chief, and nobody else', async () => {
    const doc = await t.payload.create({
      collection: 'articles',
      data: { title, body: richText('Giải đáp thắc mắc'), section: org.section.id, workflowAction: 'submit' } as never,
      depth: 0,
      ...as(org, 'contributor'),
    })
    id = doc.id
    expect(doc.workflowState).toBe('submitted')

    const [message, ...more] = await mail.waitFor(about(title))
    expect(more).toHaveLength(0)
    expect(message!.subject).toBe(`[Chờ duyệt] ${title}`)
    expect(message!.recipients.sort()).toEqual([org.users['editor-in-chief'].email, org.users.editor.email].sort())
    expect(message!.text).toContain('vừa được gửi duyệt')
    expect(message!.text).toContain(`/admin/collections/articles/${id}`)
    // the title is escaped in the HTML version
    expect(message!.html).toContain('Hỏi &amp; đáp')
  })

  it('an editor’s return mails the author with the comment', async () => {
    const comment = 'Cần dẫn chiếu Điều 8 của Luật và bổ sung ví dụ.'
    const before = mail.messages.length
    await t.payload.update({
      collection: 'articles',
      id,
      data: { workflowAction: 'return', workflowComment: comment },
      ...as(org, 'editor'),
    })
    const [message] = await mail.waitFor((m) => mail.messages.indexOf(m) >= before && about(title)(m))
    expect(message).toBeDefined()
    expect(message!.subject).toBe(`[Trả lại để sửa] ${title}`)
    expect(message!.recipients).toEqual([org.users.contributor.email])
    expect(message!.text).toContain(`Ý kiến: ${comment}`)
    expect(message!.html).toContain(comment)
  })

  it('a resubmission tells the editors it was corrected', async () => {
    const before = mail.messages.length
    await t.payload.update({
      collection: 'articles',
      id,
      data: { workflowAction: 'submit' },
      ...as(org, 'contributor'),
    })
    const [message] = await mail.waitFor((m) => mail.messages.indexOf(m) >= before && about(title)(m))
    expect(message!.subject).toBe(`[Chờ duyệt] ${title}`)
    expect(message!.text).toContain('gửi duyệt lại sau khi sửa')
  })

  it('a plain save sends nothing', async () => {
    const before = mail.messages.length
    await t.payload.update({ collection: 'articles', id, data: { summary: 'Tóm tắt mới' }, ...as(org, 'editor') })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(mail.messages.length).toBe(before)
  })

  it('publication mails the author', async () => {
    const before = mail.messages.length
    await t.payload.update({ collection: 'articles', id, data: { workflowAction: 'publish' }, ...as(org, 'editor') })
    const [message] = await mail.waitFor((m) => mail.messages.indexOf(m) >= before && about(title)(m))
    expect(message!.subject).toBe(`[Đã xuất bản] ${title}`)
    expect(message!.recipients).toEqual([org.users.contributor.email])
  })

  it('a mail server that is down never undoes the editor’s change', async () => {
    await mail.close()
    const doc = await t.payload.create({
      collection: 'articles',
      data: {
        title: 'Gửi duyệt khi máy chủ thư ngừng',
        body: richText('Nội dung'),
        section: org.section.id,
        workflowAction: 'submit',
      } as never,
      depth: 0,
      ...as(org, 'contributor'),
    })
    expect(doc.workflowState).toBe('submitted')
  })
})
