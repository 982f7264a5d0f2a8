import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { expect } from 'vitest'
import type { Article, Section, Unit, User } from '@/payload-types'

/** Shared fixtures for the integration tests: units, one user per role, sample documents, files. */

export const STAFF_ROLES = ['admin', 'editor-in-chief', 'editor', 'contributor', 'expert', 'viewer'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]
/** Every kind of caller: the six roles and an anonymous visitor. */
export type Actor = StaffRole | 'anonymous'
export const ACTORS: readonly Actor[] = [...STAFF_ROLES, 'anonymous']

export const BOARD: readonly Actor[] = ['admin', 'editor-in-chief', 'editor']
export const CHIEFS: readonly Actor[] = ['admin', 'editor-in-chief']
export const WRITERS: readonly Actor[] = [...BOARD, 'contributor']

export const PASSWORD = 'Mat-khau-manh-123'

export const WORKFLOW_SLUGS = ['articles', 'events', 'announcements', 'plans', 'pages'] as const
export type WorkflowSlug = (typeof WORKFLOW_SLUGS)[number]

export type Org = {
  unitA: Unit
  unitB: Unit
  section: Section
  /** one user per role; the contributor belongs to unit A */
  users: Record<StaffRole, User>
  /** a second contributor, in unit B */
  contributorB: User
}

/** Local API options acting as `actor`, with access control enforced. */
export function as(org: Org, actor: Actor): { user?: User; overrideAccess: false } {
  return actor === 'anonymous' ? { overrideAccess: false } : { user: org.users[actor], overrideAccess: false }
}

/** Creates two units, a section and a user for every role (written as the system). */
export async function createOrg(payload: Payload, tag = 'org'): Promise<Org> {
  const unitA = await payload.create({ collection: 'units', data: { title: `Sở Tư pháp ${tag}`, kind: 'department' } })
  const unitB = await payload.create({ collection: 'units', data: { title: `UBND xã Mỹ Yên ${tag}`, kind: 'commune' } })
  const section = await payload.create({ collection: 'sections', data: { title: `Tin tức ${tag}` } })
  // The very first account of an installation is made an administrator, so the admin comes first.
  const admin = await createUser(payload, `admin-${tag}`, 'admin')
  // Password hashing dominates and runs off the main thread, so the other accounts are made together.
  const others = STAFF_ROLES.filter((role) => role !== 'admin')
  const [contributorB, ...staff] = await Promise.all([
    createUser(payload, `contributor-b-${tag}`, 'contributor', unitB.id),
    ...others.map((role) => createUser(payload, `${role}-${tag}`, role, role === 'contributor' ? unitA.id : undefined)),
  ])
  const users = { admin, ...Object.fromEntries(others.map((role, i) => [role, staff[i]!])) } as Record<StaffRole, User>
  for (const role of STAFF_ROLES) {
    if (users[role].role !== role)
      throw new Error(`fixture user ${users[role].email} has role ${users[role].role}, not ${role}`)
  }
  return { unitA, unitB, section, users, contributorB: contributorB! }
}

export async function createUser(payload: Payload, handle: string, role: StaffRole, unit?: number): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email: `${handle}@example.vn`, password: PASSWORD, name: `Người dùng ${handle}`, role, unit: unit ?? null },
    depth: 0,
  })
}

/** A Lexical document with one paragraph. */
export function richText(text: string): Article['body'] {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  }
}

/** The smallest valid data for a new document of a workflow collection. */
export function workflowData(slug: WorkflowSlug, org: Org, title: string): Record<string, unknown> {
  const day = '2026-05-01T02:00:00.000Z'
  switch (slug) {
    case 'articles':
      return { title, body: richText(`Nội dung ${title}`), section: org.section.id }
    case 'events':
      return { title, startsAt: day, endsAt: '2026-05-01T04:00:00.000Z', place: 'Hội trường Sở Tư pháp' }
    case 'announcements':
      return { title, issuedAt: day, kind: 'thong-bao' }
    case 'plans':
      return { title, issuedAt: day, kind: 'ke-hoach', periodFrom: 2026, periodTo: 2030 }
    case 'pages':
      return { title, body: richText(`Nội dung ${title}`) }
  }
}

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

let pngCache: Buffer | undefined
/** A small PNG made in memory. */
export async function pngFile(name = 'anh-thu.png'): Promise<UploadFile> {
  pngCache ??= await sharp({ create: { width: 16, height: 12, channels: 3, background: { r: 200, g: 30, b: 40 } } })
    .png()
    .toBuffer()
  return { data: pngCache, mimetype: 'image/png', name, size: pngCache.length }
}

/** A tiny but well-formed one-page PDF. */
export function pdfFile(name = 'van-ban.pdf'): UploadFile {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const data = Buffer.from(body, 'latin1')
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

export type CaughtError = { name: string; status?: number; message: string; data?: unknown; isPublic?: boolean }

/** Awaits a promise that must fail and returns what it failed with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<CaughtError> {
  try {
    await promise
  } catch (err) {
    return err as CaughtError
  }
  return expect.unreachable('the operation was expected to fail but succeeded')
}

/** Fails unless the operation is refused by an access rule (HTTP 403). */
export async function expectForbidden(promise: Promise<unknown>): Promise<CaughtError> {
  const err = await rejectionOf(promise)
  expect(err.status, `${err.name}: ${err.message}`).toBe(403)
  return err
}

/** All the messages a Payload error carries: its own and its field errors'. */
export function messagesOf(err: CaughtError): string {
  const data = err.data as { errors?: { message?: string }[] } | undefined
  return [err.message, ...(data?.errors ?? []).map((e) => e.message ?? '')].join(' | ')
}

/** Vietnamese text carries letters outside ASCII (ư, ơ, đ, ạ…). */
export const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i

/** Reads one document as the system, or null when it is gone. */
export async function peek<T extends CollectionSlug>(payload: Payload, collection: T, id: number | string) {
  return payload.findByID({ collection, id, depth: 0, disableErrors: true })
}
