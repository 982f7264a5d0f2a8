import fs from 'node:fs'
import path from 'node:path'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import {
  ACTORS,
  BOARD,
  CHIEFS,
  STAFF_ROLES,
  WORKFLOW_SLUGS,
  WRITERS,
  as,
  createOrg,
  createUser,
  expectForbidden,
  messagesOf,
  pdfFile,
  peek,
  pngFile,
  rejectionOf,
  workflowData,
  type Actor,
  type Org,
  type UploadFile,
  type WorkflowSlug,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * Who may do what: every role (and an anonymous visitor) against every collection and the global,
 * for create, read, update and delete, through the Local API with access control enforced.
 */

let t: TestPayload
let org: Org
/** documents the read cases look for, per collection */
const readFixtures = new Map<string, { id: number; published: boolean; unit: number | null }[]>()
/** the document each update case changes, per collection */
const updateTargets = new Map<string, number>()
let seq = 0
const label = (prefix: string): string => `${prefix} ${++seq}`

const system = (action: 'save' | 'publish'): { context: WorkflowContext } => ({
  context: { systemAction: { action, byName: 'Kiểm thử' } },
})

type Subject = {
  slug: CollectionSlug
  create: readonly Actor[]
  update: readonly Actor[]
  delete: readonly Actor[]
  /** what each actor sees among the read fixtures, as a sentence and a filter (null: refused) */
  read: (actor: Actor) => {
    says: string
    sees: ((doc: { published: boolean; unit: number | null; id: number }) => boolean) | null
  }
  data: () => Record<string, unknown>
  file?: () => Promise<UploadFile>
  updateData: () => Record<string, unknown>
  /** makes a document as the system (for the read, update and delete cases) */
  make: (opts?: { published?: boolean; unit?: number | null }) => Promise<number>
}

const everyone = (): ReturnType<Subject['read']> => ({ says: 'reads every document', sees: () => true })

function workflowSubject(slug: WorkflowSlug): Subject {
  const contributorsWrite = slug !== 'pages'
  return {
    slug,
    create: contributorsWrite ? WRITERS : BOARD,
    update: contributorsWrite ? WRITERS : BOARD,
    delete: BOARD,
    read: (actor) => {
      if (BOARD.includes(actor) || actor === 'viewer') {
        return { says: "reads every document, other units' drafts included", sees: () => true }
      }
      if (actor === 'contributor' && contributorsWrite) {
        return {
          says: "reads published documents and its own unit's drafts, not another unit's",
          sees: (d) => d.published || d.unit === org.unitA.id,
        }
      }
      return { says: 'reads only published documents', sees: (d) => d.published }
    },
    data: () => workflowData(slug, org, label(`Tài liệu ${slug}`)),
    updateData: () => ({ title: label(`Tiêu đề sửa ${slug}`) }),
    make: async ({ published = false, unit = org.unitA.id } = {}) => {
      const doc = await t.payload.create({
        collection: slug,
        data: { ...workflowData(slug, org, label(`Mẫu ${slug}`)), unit } as never,
        ...system(published ? 'publish' : 'save'),
      })
      return doc.id
    },
  }
}

function taxonomySubject(slug: 'sections' | 'legal-fields' | 'audiences' | 'areas'): Subject {
  return {
    slug,
    create: CHIEFS,
    update: CHIEFS,
    delete: CHIEFS,
    read: everyone,
    data: () => ({ title: label(`Mục ${slug}`) }),
    updateData: () => ({ title: label(`Mục sửa ${slug}`) }),
    make: async () => (await t.payload.create({ collection: slug, data: { title: label(`Mục mẫu ${slug}`) } })).id,
  }
}

const SUBJECTS: Subject[] = [
  ...WORKFLOW_SLUGS.map(workflowSubject),
  ...(['sections', 'legal-fields', 'audiences', 'areas'] as const).map(taxonomySubject),
  {
    slug: 'units',
    create: ['admin'],
    update: ['admin'],
    delete: ['admin'],
    read: everyone,
    data: () => ({ title: label('Đơn vị'), kind: 'agency' }),
    updateData: () => ({ title: label('Đơn vị sửa') }),
    make: async () =>
      (await t.payload.create({ collection: 'units', data: { title: label('Đơn vị mẫu'), kind: 'school' } })).id,
  },
  {
    slug: 'users',
    create: ['admin'],
    update: ['admin'],
    delete: ['admin'],
    read: (actor) => {
      if (actor === 'anonymous') return { says: 'is refused the user list', sees: null }
      if (BOARD.includes(actor)) return { says: 'reads every user', sees: () => true }
      return { says: 'reads only its own account', sees: (d) => d.id === org.users[actor].id }
    },
    data: () => ({
      email: `tao-moi-${++seq}@example.vn`,
      password: 'Mat-khau-manh-123',
      name: label('Người mới'),
      role: 'viewer',
    }),
    updateData: () => ({ name: label('Tên sửa') }),
    make: async () => (await createUser(t.payload, `muc-tieu-${++seq}`, 'viewer')).id,
  },
  {
    slug: 'officials',
    create: BOARD,
    update: BOARD,
    delete: BOARD,
    read: everyone,
    data: () => ({ name: label('Nguyễn Văn'), position: 'Phó Giám đốc', unit: org.unitA.id }),
    updateData: () => ({ position: label('Giám đốc') }),
    make: async () =>
      (
        await t.payload.create({
          collection: 'officials',
          data: { name: label('Trần Thị'), position: 'Chánh Văn phòng', unit: org.unitA.id },
        })
      ).id,
  },
  {
    slug: 'media',
    create: WRITERS,
    update: BOARD,
    delete: BOARD,
    read: everyone,
    data: () => ({ alt: label('Ảnh minh họa hội nghị') }),
    file: () => pngFile(`anh-${++seq}.png`),
    updateData: () => ({ alt: label('Mô tả ảnh đã sửa') }),
    // uploaded by the other unit's contributor, so the contributor under test is not the uploader
    make: async () =>
      (
        await t.payload.create({
          collection: 'media',
          data: { alt: label('Ảnh mẫu của đơn vị khác') },
          file: await pngFile(`mau-${++seq}.png`),
          user: org.contributorB,
        })
      ).id,
  },
  {
    slug: 'files',
    create: WRITERS,
    update: BOARD,
    delete: BOARD,
    read: everyone,
    data: () => ({ title: label('Kế hoạch tuyên truyền') }),
    file: async () => pdfFile(`tep-${++seq}.pdf`),
    updateData: () => ({ title: label('Tên tệp đã sửa') }),
    make: async () =>
      (
        await t.payload.create({
          collection: 'files',
          data: { title: label('Tệp mẫu của đơn vị khác') },
          file: pdfFile(`mau-${++seq}.pdf`),
          user: org.contributorB,
        })
      ).id,
  },
]

beforeAll(async () => {
  t = await startTestPayload('access-matrix')
  org = await createOrg(t.payload, 'matrix')
  for (const subject of SUBJECTS) {
    if ((WORKFLOW_SLUGS as readonly string[]).includes(subject.slug)) {
      const unitless = subject.slug === 'pages'
      const docs = [
        { published: true, unit: unitless ? null : org.unitA.id },
        { published: false, unit: unitless ? null : org.unitA.id },
        { published: false, unit: unitless ? null : org.unitB.id },
      ]
      readFixtures.set(subject.slug, await Promise.all(docs.map(async (d) => ({ ...d, id: await subject.make(d) }))))
    } else if (subject.slug === 'users') {
      const all = [...STAFF_ROLES.map((r) => org.users[r]), org.contributorB]
      readFixtures.set(
        'users',
        all.map((u) => ({ id: u.id, published: true, unit: null })),
      )
    } else {
      readFixtures.set(subject.slug, [{ id: await subject.make(), published: true, unit: null }])
    }
    // users: a separate account, so no update case changes a caller
    updateTargets.set(
      subject.slug,
      subject.slug === 'users'
        ? await subject.make()
        : (readFixtures.get(subject.slug)![1]?.id ?? readFixtures.get(subject.slug)![0]!.id),
    )
  }
  await t.payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Trang thông tin PBGDPL', tagline: 'Ban đầu' },
  })
})

afterAll(async () => {
  await t?.close()
})

const verb = (allowed: boolean, op: string): string => (allowed ? `may ${op}` : `may not ${op}`)

type Op = 'create' | 'read' | 'update' | 'delete'
const OPS: readonly Op[] = ['create', 'read', 'update', 'delete']

function caseName(s: Subject, op: Op, actor: Actor): string {
  if (op === 'read') return `${actor} ${s.read(actor).says} in ${s.slug}`
  return `${actor} ${verb(s[op].includes(actor), op)} ${s.slug}`
}

async function createCase(s: Subject, actor: Actor): Promise<void> {
  const file = s.file ? await s.file() : undefined
  const before = (await t.payload.count({ collection: s.slug })).totalDocs
  const attempt = t.payload.create({ collection: s.slug, data: s.data() as never, file, depth: 0, ...as(org, actor) })
  if (s.create.includes(actor)) {
    expect((await attempt).id).toBeTruthy()
    expect((await t.payload.count({ collection: s.slug })).totalDocs).toBe(before + 1)
  } else {
    await expectForbidden(attempt)
    expect((await t.payload.count({ collection: s.slug })).totalDocs).toBe(before)
  }
}

async function readCase(s: Subject, actor: Actor): Promise<void> {
  const fixtures = readFixtures.get(s.slug)!
  const { sees } = s.read(actor)
  const attempt = t.payload.find({
    collection: s.slug,
    where: { id: { in: fixtures.map((f) => f.id) } },
    depth: 0,
    pagination: false,
    ...as(org, actor),
  })
  if (!sees) {
    await expectForbidden(attempt)
    return
  }
  const found = (await attempt).docs.map((d) => d.id).sort((a, b) => a - b)
  expect(found).toEqual(
    fixtures
      .filter(sees)
      .map((f) => f.id)
      .sort((a, b) => a - b),
  )
}

async function updateCase(s: Subject, actor: Actor): Promise<void> {
  const id = updateTargets.get(s.slug)!
  const before = await peek(t.payload, s.slug, id)
  const data = s.updateData()
  const attempt = t.payload.update({ collection: s.slug, id, data: data as never, depth: 0, ...as(org, actor) })
  if (s.update.includes(actor)) {
    await attempt
    expect(await peek(t.payload, s.slug, id)).toMatchObject(data)
  } else {
    await expectForbidden(attempt)
    expect(await peek(t.payload, s.slug, id)).toEqual(before)
  }
}

async function deleteCase(s: Subject, actor: Actor): Promise<void> {
  const allowed = s.delete.includes(actor)
  // a refused delete leaves its target in place, so those cases share one
  const id = allowed ? await s.make() : updateTargets.get(s.slug)!
  const attempt = t.payload.delete({ collection: s.slug, id, depth: 0, ...as(org, actor) })
  if (allowed) {
    await attempt
    expect(await peek(t.payload, s.slug, id)).toBeNull()
  } else {
    await expectForbidden(attempt)
    expect(await peek(t.payload, s.slug, id)).not.toBeNull()
  }
}

const RUN: Record<Op, (s: Subject, actor: Actor) => Promise<void>> = {
  create: createCase,
  read: readCase,
  update: updateCase,
  delete: deleteCase,
}

describe('access matrix: role × collection × operation', () => {
  for (const s of SUBJECTS) {
    describe(s.slug, () => {
      for (const op of OPS) {
        for (const actor of ACTORS) {
          it(caseName(s, op, actor), () => RUN[op](s, actor))
        }
      }
    })
  }

  describe('site-settings (global)', () => {
    for (const actor of ACTORS) {
      it(`${actor} may read the site settings`, async () => {
        const settings = await t.payload.findGlobal({ slug: 'site-settings', depth: 0, ...as(org, actor) })
        expect(settings.siteName).toBe('Trang thông tin PBGDPL')
      })
    }
    for (const actor of ACTORS) {
      const allowed = actor === 'admin'
      it(`${actor} ${verb(allowed, 'update')} the site settings`, async () => {
        const tagline = label('Khẩu hiệu')
        const before = await t.payload.findGlobal({ slug: 'site-settings', depth: 0 })
        const attempt = t.payload.updateGlobal({
          slug: 'site-settings',
          data: { tagline },
          depth: 0,
          ...as(org, actor),
        })
        if (allowed) await attempt
        else await expectForbidden(attempt)
        const after = await t.payload.findGlobal({ slug: 'site-settings', depth: 0 })
        expect(after.tagline).toBe(allowed ? tagline : before.tagline)
      })
    }
  })
})

describe('contributors are held to their own unit', () => {
  const contributing = WORKFLOW_SLUGS.filter((s) => s !== 'pages')

  it.each(contributing)("a contributor opens its own unit's draft of %s but not another unit's", async (slug) => {
    const [, draftA, draftB] = readFixtures.get(slug)!
    const own = await t.payload.findByID({ collection: slug, id: draftA!.id, depth: 0, ...as(org, 'contributor') })
    expect(own.id).toBe(draftA!.id)
    const err = await rejectionOf(
      t.payload.findByID({ collection: slug, id: draftB!.id, depth: 0, ...as(org, 'contributor') }),
    )
    expect([403, 404]).toContain(err.status)
  })

  it.each(contributing)("a contributor cannot update another unit's %s draft, which stays unchanged", async (slug) => {
    const [, , draftB] = readFixtures.get(slug)!
    const before = await peek(t.payload, slug, draftB!.id)
    await expectForbidden(
      t.payload.update({
        collection: slug,
        id: draftB!.id,
        data: { title: 'Chiếm quyền' } as never,
        ...as(org, 'contributor'),
      }),
    )
    expect(await peek(t.payload, slug, draftB!.id)).toEqual(before)
  })

  it.each(contributing)("a contributor cannot update another unit's published %s either", async (slug) => {
    const id = await workflowSubject(slug).make({ published: true, unit: org.unitB.id })
    await expectForbidden(
      t.payload.update({ collection: slug, id, data: { title: 'Chiếm quyền' } as never, ...as(org, 'contributor') }),
    )
  })

  it.each(contributing)(
    'a contributor creating %s for another unit, or in another name, gets its own',
    async (slug) => {
      const doc = await t.payload.create({
        collection: slug,
        data: {
          ...workflowData(slug, org, label('Gắn nhầm đơn vị')),
          unit: org.unitB.id,
          createdBy: org.contributorB.id,
        } as never,
        depth: 0,
        ...as(org, 'contributor'),
      })
      expect(doc.unit).toBe(org.unitA.id)
      expect(doc.createdBy).toBe(org.users.contributor.id)
    },
  )

  it.each(contributing)("a contributor cannot edit its own unit's %s once published", async (slug) => {
    const id = await workflowSubject(slug).make({ published: true, unit: org.unitA.id })
    const before = await peek(t.payload, slug, id)
    const err = await expectForbidden(
      t.payload.update({
        collection: slug,
        id,
        data: { title: 'Sửa bài đã đăng' } as never,
        ...as(org, 'contributor'),
      }),
    )
    expect(err.message).toContain('Đã xuất bản')
    expect(await peek(t.payload, slug, id)).toEqual(before)
  })

  it.each(contributing)('a contributor cannot move its own %s to another unit', async (slug) => {
    const [, draftA] = readFixtures.get(slug)!
    const doc = await t.payload.update({
      collection: slug,
      id: draftA!.id,
      data: { unit: org.unitB.id } as never,
      depth: 0,
      ...as(org, 'contributor'),
    })
    expect(doc.unit).toBe(org.unitA.id)
    expect((await peek(t.payload, slug, draftA!.id))?.unit).toBe(org.unitA.id)
  })

  it('a contributor cannot read other users, by list or by id', async () => {
    const list = await t.payload.find({ collection: 'users', depth: 0, pagination: false, ...as(org, 'contributor') })
    expect(list.docs.map((u) => u.id)).toEqual([org.users.contributor.id])
    const err = await rejectionOf(
      t.payload.findByID({ collection: 'users', id: org.users.editor.id, ...as(org, 'contributor') }),
    )
    expect([403, 404]).toContain(err.status)
  })
})

describe('nobody but an administrator changes roles and units', () => {
  it.each(STAFF_ROLES.filter((r) => r !== 'admin'))(
    'a signed-in %s may rename itself but not raise its own role',
    async (role) => {
      const me = org.users[role]
      const updated = await t.payload.update({
        collection: 'users',
        id: me.id,
        data: { name: `Tên mới của ${role}`, role: 'admin', unit: org.unitB.id },
        depth: 0,
        ...as(org, role),
      })
      expect(updated.name).toBe(`Tên mới của ${role}`)
      const stored = await peek(t.payload, 'users', me.id)
      expect(stored?.role).toBe(role)
      expect(stored?.unit ?? null).toBe(role === 'contributor' ? org.unitA.id : null)
    },
  )

  it.each(STAFF_ROLES.filter((r) => r !== 'admin'))('a %s cannot update another user', async (role) => {
    await expectForbidden(
      t.payload.update({ collection: 'users', id: org.contributorB.id, data: { role: 'viewer' }, ...as(org, role) }),
    )
    expect((await peek(t.payload, 'users', org.contributorB.id))?.role).toBe('contributor')
  })

  it('a non-admin cannot create an account with a chosen role', async () => {
    await expectForbidden(
      t.payload.create({
        collection: 'users',
        data: { email: 'tu-phong@example.vn', password: 'Mat-khau-manh-123', name: 'Tự phong', role: 'admin' },
        ...as(org, 'editor-in-chief'),
      }),
    )
  })

  it('an administrator may change another user’s role and unit', async () => {
    const user = await createUser(t.payload, 'doi-vai-tro', 'viewer')
    const updated = await t.payload.update({
      collection: 'users',
      id: user.id,
      data: { role: 'contributor', unit: org.unitB.id },
      depth: 0,
      ...as(org, 'admin'),
    })
    expect(updated.role).toBe('contributor')
    expect(updated.unit).toBe(org.unitB.id)
  })

  it('a contributor account without a unit is refused in Vietnamese', async () => {
    const err = await rejectionOf(
      t.payload.create({
        collection: 'users',
        data: {
          email: 'khong-don-vi@example.vn',
          password: 'Mat-khau-manh-123',
          name: 'Không đơn vị',
          role: 'contributor',
        },
        ...as(org, 'admin'),
      }),
    )
    expect(messagesOf(err)).toContain('Cộng tác viên phải thuộc một đơn vị.')
  })
})

describe('uploads', () => {
  const uploadDir = (collection: 'media' | 'files'): string => path.join(process.env.UPLOAD_DIR!, collection)
  const storedFiles = (collection: 'media' | 'files'): string[] =>
    fs.existsSync(uploadDir(collection)) ? fs.readdirSync(uploadDir(collection)).sort() : []

  it('a contributor uploads a PNG, which is stored with the contributor as uploader', async () => {
    const image = await t.payload.create({
      collection: 'media',
      data: { alt: 'Ảnh hội nghị triển khai Luật' },
      file: await pngFile('hoi-nghi.png'),
      depth: 0,
      ...as(org, 'contributor'),
    })
    expect(image.mimeType).toBe('image/png')
    expect(image.width).toBe(16)
    expect(image.uploadedBy).toBe(org.users.contributor.id)
    expect(storedFiles('media')).toContain(image.filename)
  })

  it.each(['media', 'files'] as const)(
    'a contributor may update and delete its own upload in %s',
    async (collection) => {
      const doc =
        collection === 'media'
          ? await t.payload.create({
              collection,
              data: { alt: 'Ảnh của tôi' },
              file: await pngFile('cua-toi.png'),
              ...as(org, 'contributor'),
            })
          : await t.payload.create({
              collection,
              data: { title: 'Tệp của tôi' },
              file: pdfFile('cua-toi.pdf'),
              ...as(org, 'contributor'),
            })
      const data = collection === 'media' ? { alt: 'Ảnh của tôi, đã sửa' } : { title: 'Tệp của tôi, đã sửa' }
      await t.payload.update({ collection, id: doc.id, data, ...as(org, 'contributor') })
      await t.payload.delete({ collection, id: doc.id, ...as(org, 'contributor') })
      expect(await peek(t.payload, collection, doc.id)).toBeNull()
    },
  )

  it('the uploader cannot be forged on create or changed on update', async () => {
    const doc = await t.payload.create({
      collection: 'files',
      data: { title: 'Giả người tải', uploadedBy: org.contributorB.id },
      file: pdfFile('gia-mao.pdf'),
      depth: 0,
      ...as(org, 'contributor'),
    })
    expect(doc.uploadedBy).toBe(org.users.contributor.id)
    for (const actor of ['contributor', 'editor'] as const) {
      await t.payload.update({
        collection: 'files',
        id: doc.id,
        data: { title: `Đổi người tải (${actor})`, uploadedBy: org.contributorB.id },
        ...as(org, actor),
      })
      expect((await peek(t.payload, 'files', doc.id))?.uploadedBy).toBe(org.users.contributor.id)
    }
  })

  it('files accept a small PDF', async () => {
    const doc = await t.payload.create({
      collection: 'files',
      data: { title: 'Kế hoạch năm 2026' },
      file: pdfFile('ke-hoach-2026.pdf'),
      depth: 0,
      ...as(org, 'editor'),
    })
    expect(doc.mimeType).toBe('application/pdf')
    expect(storedFiles('files')).toContain(doc.filename)
  })

  const rejected: { name: string; collection: 'media' | 'files'; file: () => Promise<UploadFile> }[] = [
    {
      name: 'files reject an HTML page sent as text/html',
      collection: 'files',
      file: async () => {
        const data = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
        return { data, mimetype: 'text/html', name: 'trang.html', size: data.length }
      },
    },
    {
      name: 'files reject an HTML page disguised as a PDF',
      collection: 'files',
      file: async () => {
        const data = Buffer.from('<html><body><script>alert(1)</script></body></html>')
        return { data, mimetype: 'application/pdf', name: 'gia-pdf.pdf', size: data.length }
      },
    },
    { name: 'media reject a PDF', collection: 'media', file: async () => pdfFile('khong-phai-anh.pdf') },
  ]
  for (const { name, collection, file } of rejected) {
    it(`${name} and store nothing`, async () => {
      const before = (await t.payload.count({ collection })).totalDocs
      const filesBefore = storedFiles(collection)
      const data = collection === 'media' ? { alt: 'Không phải ảnh hợp lệ' } : { title: 'Tệp không hợp lệ' }
      const err = await rejectionOf(t.payload.create({ collection, data, file: await file(), ...as(org, 'editor') }))
      expect(err.status).toBe(400)
      expect((await t.payload.count({ collection })).totalDocs).toBe(before)
      expect(storedFiles(collection)).toEqual(filesBefore)
    })
  }
})
