import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PrivateFile, Question, User } from '@/payload-types'
import {
  createOrg,
  createUser,
  expectForbidden,
  PASSWORD,
  peek,
  pdfFile,
  pngFile,
  VIETNAMESE,
  type Org,
  type UploadFile,
} from '../helpers/fixtures'
import { startMailServer, type TestMailServer } from '../helpers/mail'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { sessionHeaders } from '../helpers/sessions'

/**
 * The optional attachment of the ask form (issue 4 §1, §5): stored in the private-files
 * collection through the real route handler, refused when it is not PDF/Word/JPG/PNG or too
 * large, readable and downloadable only by the board and the assigned expert, and deleted with
 * the asker's data on request.
 */

// Low proof-of-work difficulty and generous limits, read by the modules when they load.
process.env.POW_MAX_NUMBER = '200'
process.env.SUBMISSION_LIMIT_PER_IP_HOUR = '50'
process.env.SUBMISSION_LIMIT_PER_CONTACT_DAY = '50'

let t: TestPayload
let mail: TestMailServer
const savedSmtp = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT }
let payload: Payload
let org: Org
let otherExpert: User
let unitExpert: User
let fieldId: number
let submit: typeof import('@/modules/qa/public/submit-question')
let antispam: typeof import('@/shared/antispam')
let rest: (method: string, url: string, user?: User | null) => Promise<Response>

let ipCounter = 0
const freshIp = () => `10.8.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`

const GOOD = {
  name: 'Trần Văn Bình',
  email: 'binh.tran@example.vn',
  title: 'Hợp đồng thuê nhà có phải công chứng không khi thuê dưới sáu tháng?',
  body: 'Tôi thuê nhà ở Tân An theo hợp đồng đính kèm, thời hạn năm tháng. Hợp đồng này có bắt buộc công chứng không?',
  consent: 'on',
}

function powValue(): string {
  const solution = antispam.solveChallenge(antispam.createChallenge())
  if (!solution) throw new Error('no PoW solution')
  return antispam.encodeSolution(solution)
}

async function post(fields: Record<string, string>, file?: UploadFile): Promise<Response> {
  const form = new FormData()
  for (const [k, v] of Object.entries({ field: String(fieldId), ...GOOD, ...fields })) form.set(k, v)
  if (file) form.set('attachment', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  else form.set('attachment', new Blob([]), '')
  form.set('altcha', powValue())
  const request = new Request('http://localhost:3000/api/hoi-dap/gui-cau-hoi', {
    method: 'POST',
    body: form,
    headers: { Accept: 'application/json', 'x-real-ip': freshIp() },
  })
  return submit.handleAskPost(request, payload)
}

const countOf = async (collection: 'questions' | 'private-files') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

const privateDir = () => path.join(process.env.UPLOAD_DIR ?? '', 'private')

async function questionByCode(code: string): Promise<Question> {
  const found = await payload.find({
    collection: 'questions',
    where: { trackingCode: { equals: code } },
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] as Question
}

/** Sends a question with a file and returns the stored question and its private file. */
async function askWith(file: UploadFile, email: string): Promise<{ question: Question; file: PrivateFile }> {
  const res = await post({ email }, file)
  expect(res.status).toBe(200)
  const { trackingCode } = (await res.json()) as { trackingCode: string }
  const question = await questionByCode(trackingCode)
  const fileId = question.attachment as number
  expect(fileId).toBeTruthy()
  return { question, file: (await peek(payload, 'private-files', fileId)) as PrivateFile }
}

beforeAll(async () => {
  mail = await startMailServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mail.port)
  t = await startTestPayload('qa-attachments')
  payload = t.payload
  org = await createOrg(payload, 'att')
  otherExpert = await createUser(payload, 'expert2-att', 'expert')
  unitExpert = await createUser(payload, 'expert3-att', 'expert', org.unitA.id)
  fieldId = (await payload.create({ collection: 'legal-fields', data: { title: 'Dân sự', slug: 'dan-su' } })).id
  submit = await import('@/modules/qa/public/submit-question')
  antispam = await import('@/shared/antispam')
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const tokens = new Map<number, Record<string, string>>()
  rest = async (method, url, user) => {
    const headers = new Headers()
    if (user) {
      if (!tokens.has(user.id)) {
        tokens.set(user.id, await sessionHeaders(payload, user.email, PASSWORD))
      }
      for (const [name, value] of Object.entries(tokens.get(user.id) ?? {})) headers.set(name, value)
    }
    return handleEndpoints({
      config,
      path: url.split('?')[0]!,
      request: new Request(`http://localhost${url}`, { method, headers }),
    })
  }
}, 120_000)

afterAll(async () => {
  await t?.close()
  await mail?.close()
  for (const [key, value] of [
    ['SMTP_HOST', savedSmtp.host],
    ['SMTP_PORT', savedSmtp.port],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

describe('the ask form with an attachment', () => {
  it('stores a PDF privately under a random name and links it to the question', async () => {
    const before = await countOf('private-files')
    const pdf = pdfFile('Hợp đồng thuê nhà của Bình.pdf')
    const { question, file } = await askWith(pdf, 'pdf@example.vn')
    expect(await countOf('private-files')).toBe(before + 1)
    expect(file.originalName).toBe('Hợp đồng thuê nhà của Bình.pdf')
    expect(file.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
    expect(file.mimeType).toBe('application/pdf')
    // On disk in the private folder, byte for byte; not in the public folders.
    const onDisk = path.join(privateDir(), file.filename ?? '')
    expect(fs.readFileSync(onDisk).equals(pdf.data)).toBe(true)
    expect(question.status).toBe('new')
  })

  it('accepts a PNG image too', async () => {
    const { file } = await askWith(await pngFile('anh-chup.png'), 'png@example.vn')
    expect(file.mimeType).toBe('image/png')
    expect(file.filename).toMatch(/\.png$/)
  })

  it('still accepts a question without a file', async () => {
    const res = await post({ email: 'nofile@example.vn' })
    expect(res.status).toBe(200)
    const { trackingCode } = (await res.json()) as { trackingCode: string }
    expect((await questionByCode(trackingCode)).attachment ?? null).toBeNull()
  })

  it('refuses an executable renamed to .pdf with 400 and a Vietnamese message on the field; stores nothing', async () => {
    const [questions, files] = [await countOf('questions'), await countOf('private-files')]
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(256)])
    const res = await post(
      { email: 'exe@example.vn' },
      { data: elf, mimetype: 'application/pdf', name: 'don.pdf', size: elf.length },
    )
    expect(res.status).toBe(400)
    const reply = (await res.json()) as { errors: Record<string, string> }
    expect(reply.errors.attachment).toMatch(/Định dạng tệp không được chấp nhận/)
    expect(reply.errors.attachment).toMatch(VIETNAMESE)
    expect(await countOf('questions')).toBe(questions)
    expect(await countOf('private-files')).toBe(files)
  })

  it('refuses a spreadsheet and a real PDF named .exe', async () => {
    const files = await countOf('private-files')
    const pdf = pdfFile()
    const asExe = await post({ email: 'exe2@example.vn' }, { ...pdf, name: 'chuong-trinh.exe' })
    expect(asExe.status).toBe(400)
    const xlsx = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(200)])
    const sheet = await post(
      { email: 'xlsx@example.vn' },
      { data: xlsx, mimetype: 'application/zip', name: 'bang.xlsx', size: xlsx.length },
    )
    expect(sheet.status).toBe(400)
    expect(await countOf('private-files')).toBe(files)
  })

  it('refuses a file over 10 MB with 413 and stores nothing', async () => {
    const [questions, files] = [await countOf('questions'), await countOf('private-files')]
    const pdf = pdfFile()
    const big = Buffer.concat([pdf.data, Buffer.alloc(10 * 1024 * 1024 + 1 - pdf.data.length, 0x20)])
    const res = await post(
      { email: 'big@example.vn' },
      { data: big, mimetype: 'application/pdf', name: 'lon.pdf', size: big.length },
    )
    expect(res.status).toBe(413)
    const reply = (await res.json()) as { errors: Record<string, string> }
    expect(reply.errors.attachment).toMatch(/Tệp quá lớn.*tối đa 10 MB/)
    expect(await countOf('questions')).toBe(questions)
    expect(await countOf('private-files')).toBe(files)
  })

  it('refuses a declared body far over the limit before reading it', async () => {
    const request = new Request('http://localhost:3000/api/hoi-dap/gui-cau-hoi', {
      method: 'POST',
      body: 'x',
      headers: { Accept: 'application/json', 'content-length': String(40 * 1024 * 1024) },
    })
    const res = await submit.handleAskPost(request, payload)
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: string }).error).toMatch(/quá lớn/)
  })

  it('stops reading a body without a Content-Length at the limit', async () => {
    const chunk = new Uint8Array(1024 * 1024)
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 40) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const request = new Request('http://localhost:3000/api/hoi-dap/gui-cau-hoi', {
      method: 'POST',
      body: stream,
      headers: { Accept: 'application/json', 'content-type': 'multipart/form-data; boundary=x' },
      duplex: 'half',
    } as RequestInit)
    const res = await submit.handleAskPost(request, payload)
    expect(res.status).toBe(413)
    expect(sent).toBeLessThan(15)
  })

  it('stores no file when the question itself is invalid', async () => {
    const files = await countOf('private-files')
    const res = await post({ email: 'invalid@example.vn', title: '' }, pdfFile())
    expect(res.status).toBe(400)
    const reply = (await res.json()) as { errors: Record<string, string> }
    expect(reply.errors.title).toBeTruthy()
    expect(reply.errors.attachment).toBeUndefined()
    expect(await countOf('private-files')).toBe(files)
  })

  it('removes the stored file again when storing the question fails afterwards (no orphan)', async () => {
    const files = await countOf('private-files')
    // Fault injection on the real collection: the database write of this one question fails.
    const hooks = payload.collections.questions.config.hooks.beforeChange
    const failing = () => {
      throw new Error('simulated failure while storing the question')
    }
    hooks.push(failing)
    try {
      await expect(post({ email: 'fail@example.vn' }, pdfFile())).rejects.toThrow(/simulated failure/)
    } finally {
      hooks.splice(hooks.indexOf(failing), 1)
    }
    expect(await countOf('private-files')).toBe(files)
    expect(fs.readdirSync(privateDir()).length).toBe(files)
  })

  it('the board may add a file in the admin; a contributor or an expert may not', async () => {
    const pdf = pdfFile('thu-cua-cong-dan.pdf')
    const doc = await payload.create({
      collection: 'private-files',
      data: {},
      file: pdf,
      overrideAccess: false,
      user: org.users.editor,
    })
    expect(doc.originalName).toBe('thu-cua-cong-dan.pdf')
    for (const user of [org.users.contributor, org.users.expert]) {
      await expectForbidden(
        payload.create({ collection: 'private-files', data: {}, file: pdf, overrideAccess: false, user }),
      )
    }
  })

  it('cannot be created through the REST API, which cannot set the public-submission context', async () => {
    const form = new FormData()
    const pdf = pdfFile()
    form.set('file', new Blob([new Uint8Array(pdf.data)], { type: 'application/pdf' }), 'x.pdf')
    const { handleEndpoints } = await import('payload')
    const { default: config } = await import('@/payload.config')
    const res = await handleEndpoints({
      config,
      path: '/api/private-files',
      request: new Request('http://localhost/api/private-files', { method: 'POST', body: form }),
    })
    expect(res.status).toBe(403)
  })
})

describe('who may read and download an attachment', () => {
  let question: Question
  let file: PrivateFile
  const download = (user?: User | null) => rest('GET', `/api/private-files/file/${file.filename}`, user)

  beforeAll(async () => {
    ;({ question, file } = await askWith(pdfFile('giay-to.pdf'), 'access@example.vn'))
    const as = { user: org.users.editor, overrideAccess: false, depth: 0 } as const
    await payload.update({ collection: 'questions', id: question.id, data: { qaAction: 'accept' } as never, ...as })
    await payload.update({
      collection: 'questions',
      id: question.id,
      data: { qaAction: 'assign', assignedExpert: org.users.expert.id } as never,
      ...as,
    })
  })

  it('anonymous visitors, contributors, inspectors and an unassigned expert cannot read or download it', async () => {
    for (const user of [null, org.users.contributor, org.users.viewer, otherExpert]) {
      const label = user?.email ?? 'anonymous'
      // Refused outright (403), or for an expert without assignments an empty list.
      const found = await payload
        .find({ collection: 'private-files', overrideAccess: false, user, depth: 0 })
        .then((r) => ({ status: 200, docs: r.docs }))
        .catch((err: { status?: number }) => ({ status: err.status, docs: [] }))
      expect(found.status === 403 || (user?.role === 'expert' && found.status === 200), label).toBe(true)
      expect(found.docs, label).toHaveLength(0)
      const res = await download(user)
      expect(res.status, label).toBe(403)
      const listed = await rest('GET', '/api/private-files', user)
      const body = (await listed.json()) as { docs?: unknown[] }
      expect(listed.status === 403 || body.docs?.length === 0, label).toBe(true)
    }
    await expectForbidden(
      payload.findByID({ collection: 'private-files', id: file.id, overrideAccess: false, user: null }),
    )
    // Nor can they see which file the question points to.
    const seen = await payload.findByID({
      collection: 'questions',
      id: question.id,
      overrideAccess: false,
      user: otherExpert,
      depth: 0,
      disableErrors: true,
    })
    expect(seen?.attachment).toBeUndefined()
  })

  it('the editor and the assigned expert can read and download it; each download is audited', async () => {
    for (const user of [org.users.editor, org.users.expert]) {
      const found = await payload.find({ collection: 'private-files', overrideAccess: false, user, depth: 0 })
      expect(
        found.docs.map((d) => d.id),
        user.email,
      ).toContain(file.id)
      const res = await download(user)
      expect(res.status, user.email).toBe(200)
      expect(res.headers.get('content-disposition')).toMatch(/attachment/)
      expect(res.headers.get('cache-control')).toMatch(/no-store/)
      expect(Buffer.from(await res.arrayBuffer()).equals(pdfFile().data)).toBe(true)
      // The admin shows the link: the question's attachment field is readable by them.
      const q = await payload.findByID({
        collection: 'questions',
        id: question.id,
        overrideAccess: false,
        user,
        depth: 1,
      })
      expect((q.attachment as PrivateFile).url).toBe(`/api/private-files/file/${file.filename}`)
    }
    const audit = await payload.find({
      collection: 'privacy-audit',
      where: { and: [{ targetCollection: { equals: 'private-files' } }, { documentId: { equals: file.filename } }] },
      overrideAccess: true,
      depth: 0,
    })
    expect(audit.docs.map((d) => d.user)).toEqual(expect.arrayContaining([org.users.editor.id, org.users.expert.id]))
  })

  it('an expert of the assigned unit can read it too', async () => {
    const as = { user: org.users.editor, overrideAccess: false, depth: 0 } as const
    const before = (await payload.find({ collection: 'private-files', overrideAccess: false, user: unitExpert })).docs
    expect(before.map((d) => d.id)).not.toContain(file.id)
    await payload.update({
      collection: 'questions',
      id: question.id,
      data: { assignedUnit: org.unitA.id } as never,
      ...as,
    })
    const after = (await payload.find({ collection: 'private-files', overrideAccess: false, user: unitExpert })).docs
    expect(after.map((d) => d.id)).toContain(file.id)
    expect((await download(unitExpert)).status).toBe(200)
  })

  it('nobody changes it; only the administrator and the editor-in-chief may delete it', async () => {
    await expectForbidden(
      payload.update({
        collection: 'private-files',
        id: file.id,
        data: { originalName: 'doi-ten.pdf' },
        overrideAccess: false,
        user: org.users.admin,
      }),
    )
    for (const user of [org.users.editor, org.users.expert, org.users.contributor]) {
      await expectForbidden(payload.delete({ collection: 'private-files', id: file.id, overrideAccess: false, user }))
    }
  })

  it('erasing the asker’s data on request deletes the file itself', async () => {
    const onDisk = path.join(privateDir(), file.filename ?? '')
    expect(fs.existsSync(onDisk)).toBe(true)
    await payload.update({
      collection: 'questions',
      id: question.id,
      data: { qaAction: 'erase' } as never,
      overrideAccess: false,
      user: org.users.editor,
    })
    expect(await peek(payload, 'private-files', file.id)).toBeNull()
    expect(fs.existsSync(onDisk)).toBe(false)
    const after = (await peek(payload, 'questions', question.id)) as Question
    expect(after.attachment ?? null).toBeNull()
    expect(after.anonymisedAt).toBeTruthy()
    expect((await download(org.users.editor)).status).not.toBe(200)
  })
})
