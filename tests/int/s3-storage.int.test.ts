import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ActivityEvidence, File as FileDoc, Media, PrivateFile, User } from '@/payload-types'
import { createOrg, expectForbidden, PASSWORD, pdfFile, pngFile, type Org, type UploadFile } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startS3Server, type TestS3Server } from '../helpers/s3-server'
import { testDialect } from '../helpers/test-database'
import { sessionHeaders } from '../helpers/sessions'

/**
 * Uploads in S3-compatible object storage (profile B, issue 8): with S3_BUCKET set, every upload
 * collection writes its files — and the image sizes sharp makes — to the bucket under
 * `<S3_PREFIX>/<folder>/`, never to UPLOAD_DIR; Payload's file route still serves them after the
 * collection's access rules (private files and activity evidence only to their readers); deleting
 * a document deletes its objects; bad uploads are refused before anything is stored; backups take
 * the objects and restore them into a bucket or a directory. Against a
 * real S3 server on loopback (tests/helpers/s3-server.ts).
 */

const PREFIX = 'cong-thong-tin'
let s3: TestS3Server
let t: TestPayload
let payload: Payload
let org: Org
let rest: (url: string, user?: User | null, headers?: Record<string, string>) => Promise<Response>
const saved: Record<string, string | undefined> = {}

const key = (rel: string) => `${PREFIX}/${rel}`

async function objectBytes(rel: string): Promise<Buffer | null> {
  try {
    const got = await s3.client.getObject({ Bucket: s3.bucket, Key: key(rel) })
    return Buffer.from(await got.Body!.transformToByteArray())
  } catch (err) {
    if ((err as { name?: string }).name === 'NoSuchKey') return null
    throw err
  }
}

async function objectType(rel: string): Promise<string | undefined> {
  return (await s3.client.headObject({ Bucket: s3.bucket, Key: key(rel) })).ContentType
}

async function keysUnder(rel: string): Promise<string[]> {
  const listed = await s3.client.listObjectsV2({ Bucket: s3.bucket, Prefix: key(rel) })
  return (listed.Contents ?? []).map((o) => o.Key!).sort()
}

/** A photo large enough for every image size (the sizes are never enlarged). */
async function photo(name: string): Promise<UploadFile> {
  const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** Files under UPLOAD_DIR (none should be written while S3 is configured). */
function filesOnDisk(): string[] {
  const root = process.env.UPLOAD_DIR!
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
}

beforeAll(async () => {
  s3 = await startS3Server({ buckets: ['pbgdpl', 'pbgdpl-khoi-phuc'] })
  for (const [k, v] of Object.entries({ ...s3.env, S3_PREFIX: PREFIX })) {
    saved[k] = process.env[k]
    process.env[k] = v
  }
  t = await startTestPayload('s3-storage')
  payload = t.payload
  org = await createOrg(payload, 's3')
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const tokens = new Map<number, Record<string, string>>()
  rest = async (url, user, extra = {}) => {
    const headers = new Headers(extra)
    if (user) {
      if (!tokens.has(user.id)) {
        tokens.set(user.id, await sessionHeaders(payload, user.email, PASSWORD))
      }
      for (const [name, value] of Object.entries(tokens.get(user.id) ?? {})) headers.set(name, value)
    }
    return handleEndpoints({
      config,
      path: url.split('?')[0]!,
      request: new Request(`http://localhost${url}`, { method: 'GET', headers }),
    })
  }
}, 120_000)

afterAll(async () => {
  await t?.close()
  await s3?.close()
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

describe('files go to the bucket, behind the portal', () => {
  let image: Media
  let pdf: FileDoc
  const pdfBytes = pdfFile('ke-hoach-2026.pdf')

  it('an image uploaded by a contributor is stored in the bucket with its re-encoded sizes, not on disk', async () => {
    const file = await photo('anh-hoi-nghi.png')
    image = await payload.create({
      collection: 'media',
      data: { alt: 'Hội nghị phổ biến pháp luật tại xã' },
      file,
      overrideAccess: false,
      user: org.users.contributor,
    })
    expect(image.url).toBe(`/api/media/file/${image.filename}`)
    expect(await objectBytes(`media/${image.filename}`)).toEqual(file.data)
    expect(await objectType(`media/${image.filename}`)).toBe('image/png')
    for (const size of ['thumbnail', 'card', 'og'] as const) {
      const name = image.sizes?.[size]?.filename
      expect(name, size).toBeTruthy()
      const stored = await objectBytes(`media/${name}`)
      expect(stored, size).not.toBeNull()
      // Made by sharp from the upload (metadata dropped), in the size's own format.
      const meta = await sharp(stored!).metadata()
      expect(meta.format, size).toBe(size === 'og' ? 'jpeg' : 'webp')
    }
    expect(filesOnDisk()).toEqual([])
  })

  it('anyone downloads a public image and a PDF through /api/<collection>/file/, with ranges', async () => {
    pdf = await payload.create({
      collection: 'files',
      data: { title: 'Kế hoạch phổ biến pháp luật năm 2026' },
      file: pdfBytes,
      overrideAccess: false,
      user: org.users.editor,
    })
    expect(await objectBytes(`files/${pdf.filename}`)).toEqual(pdfBytes.data)

    const img = await rest(`/api/media/file/${image.filename}`)
    expect(img.status).toBe(200)
    expect(img.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await img.arrayBuffer()).equals((await objectBytes(`media/${image.filename}`))!)).toBe(true)
    const thumb = await rest(`/api/media/file/${image.sizes!.thumbnail!.filename}`)
    expect(thumb.status).toBe(200)
    expect(thumb.headers.get('content-type')).toBe('image/webp')

    const doc = await rest(`/api/files/file/${pdf.filename}`)
    expect(doc.status).toBe(200)
    expect(doc.headers.get('content-disposition')).toBe('attachment')
    expect(doc.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await doc.arrayBuffer()).equals(pdfBytes.data)).toBe(true)

    const part = await rest(`/api/files/file/${pdf.filename}`, null, { Range: 'bytes=0-7' })
    expect(part.status).toBe(206)
    expect(Buffer.from(await part.arrayBuffer()).toString('latin1')).toBe('%PDF-1.4')
  })

  it('a file name cannot reach another folder of the bucket', async () => {
    const secret = await payload.create({
      collection: 'private-files',
      data: {},
      file: pdfFile('bi-mat.pdf'),
      overrideAccess: false,
      user: org.users.editor,
    })
    for (const url of [
      `/api/media/file/..%2Fprivate%2F${secret.filename}`,
      `/api/media/file/%2E%2E%2Fprivate%2F${secret.filename}`,
      `/api/files/file/${secret.filename}`,
    ]) {
      const res = await rest(url)
      expect(res.status, url).not.toBe(200)
      expect(Buffer.from(await res.arrayBuffer()).includes(Buffer.from('%PDF')), url).toBe(false)
    }
  })

  it('deleting a document deletes its objects, sizes included', async () => {
    const names = [image.filename!, ...Object.values(image.sizes ?? {}).map((s) => s?.filename)].filter(Boolean)
    await payload.delete({ collection: 'media', id: image.id, overrideAccess: false, user: org.users.editor })
    for (const name of names) expect(await objectBytes(`media/${name}`), name!).toBeNull()
    await payload.delete({ collection: 'files', id: pdf.id, overrideAccess: false, user: org.users.editor })
    expect(await objectBytes(`files/${pdf.filename}`)).toBeNull()
    expect((await rest(`/api/files/file/${pdf.filename}`)).status).toBe(404)
  })

  it('a client cannot move a document to another key', async () => {
    const file = await pngFile('anh-cua-ctv.png')
    const own = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh của cộng tác viên', prefix: '../private', _objectKey: 'x' } as never,
      file,
      overrideAccess: false,
      user: org.users.contributor,
    })
    expect(own.prefix ?? '').toBe('')
    expect(own._objectKey ?? null).toBeNull()
    expect(await objectBytes(`media/${own.filename}`)).toEqual(file.data)
    const moved = await payload.update({
      collection: 'media',
      id: own.id,
      data: { prefix: 'khac', _objectKey: 'y' } as never,
      overrideAccess: false,
      user: org.users.contributor,
    })
    expect(moved.prefix ?? '').toBe('')
    expect(moved._objectKey ?? null).toBeNull()
    expect((await rest(`/api/media/file/${own.filename}`)).status).toBe(200)
  })
})

describe('private files stay private', () => {
  it('a Q&A attachment is served to the editorial board only, never to a visitor or a contributor', async () => {
    const file = pdfFile('giay-to-ca-nhan.pdf')
    const doc: PrivateFile = await payload.create({
      collection: 'private-files',
      data: {},
      file,
      overrideAccess: false,
      user: org.users.editor,
    })
    expect(await keysUnder('private/')).toContain(key(`private/${doc.filename}`))
    expect(await objectBytes(`private/${doc.filename}`)).toEqual(file.data)
    expect(doc.url).toBe(`/api/private-files/file/${doc.filename}`)

    for (const user of [null, org.users.contributor, org.users.viewer]) {
      const res = await rest(`/api/private-files/file/${doc.filename}`, user)
      expect(res.status, user?.email ?? 'visitor').toBe(403)
      expect(Buffer.from(await res.arrayBuffer()).includes(Buffer.from('%PDF'))).toBe(false)
    }
    await expectForbidden(
      payload.findByID({ collection: 'private-files', id: doc.id, overrideAccess: false, user: null }),
    )
    const res = await rest(`/api/private-files/file/${doc.filename}`, org.users.editor)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('content-disposition')).toBe('attachment')
    expect(Buffer.from(await res.arrayBuffer()).equals(file.data)).toBe(true)

    // Only the editor-in-chief deletes one; the object goes with it.
    await expectForbidden(
      payload.delete({ collection: 'private-files', id: doc.id, overrideAccess: false, user: org.users.editor }),
    )
    await payload.delete({
      collection: 'private-files',
      id: doc.id,
      overrideAccess: false,
      user: org.users['editor-in-chief'],
    })
    expect(await objectBytes(`private/${doc.filename}`)).toBeNull()
  })

  it('activity evidence is served to its uploader and the board, not to another contributor', async () => {
    const file = pdfFile('danh-sach-tham-du.pdf')
    const doc: ActivityEvidence = await payload.create({
      collection: 'activity-evidence',
      data: { title: 'Danh sách người tham dự hội nghị' },
      file,
      overrideAccess: false,
      user: org.users.contributor,
    })
    expect(await objectBytes(`evidence/${doc.filename}`)).toEqual(file.data)
    const url = `/api/activity-evidence/file/${doc.filename}`
    expect((await rest(url)).status).toBe(403)
    expect((await rest(url, org.contributorB)).status).toBe(403)
    for (const user of [org.users.contributor, org.users.editor, org.users.viewer]) {
      const res = await rest(url, user)
      expect(res.status, user.email).toBe(200)
      expect(Buffer.from(await res.arrayBuffer()).equals(file.data)).toBe(true)
    }
  })

  it('nothing is written to the uploads directory', () => {
    expect(filesOnDisk()).toEqual([])
  })
})

describe('bad uploads are still refused before anything is stored', () => {
  it('HTML disguised as a PNG, a truncated PDF, a PDF with JavaScript and a file over the limit', async () => {
    const before = await keysUnder('')
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Ảnh giả mạo' },
        file: { data: html, mimetype: 'image/png', name: 'anh.png', size: html.length },
        overrideAccess: false,
        user: org.users.contributor,
      }),
    ).rejects.toThrow(/Định dạng tệp không được chấp nhận/)
    const broken = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n')
    await expect(
      payload.create({
        collection: 'files',
        data: { title: 'PDF hỏng' },
        file: { data: broken, mimetype: 'application/pdf', name: 'hong.pdf', size: broken.length },
        overrideAccess: false,
        user: org.users.contributor,
      }),
    ).rejects.toThrow(/Tệp PDF bị hỏng/)
    const scripted = Buffer.from(
      '%PDF-1.4\n1 0 obj<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>endobj\n' +
        'xref\n0 1\n0000000000 65535 f \ntrailer<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
    )
    await expect(
      payload.create({
        collection: 'private-files',
        data: {},
        file: { data: scripted, mimetype: 'application/pdf', name: 'co-ma.pdf', size: scripted.length },
        overrideAccess: false,
        user: org.users.editor,
      }),
    ).rejects.toThrow(/Tệp PDF chứa mã JavaScript/)
    process.env.UPLOAD_MAX_BYTES = String(4 * 1024)
    try {
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(8 * 1024, 32)])
      await expect(
        payload.create({
          collection: 'activity-evidence',
          data: { title: 'Tệp quá lớn' },
          file: { data: big, mimetype: 'application/pdf', name: 'lon.pdf', size: big.length },
          overrideAccess: false,
          user: org.users.contributor,
        }),
      ).rejects.toThrow(/Tệp quá lớn/)
    } finally {
      delete process.env.UPLOAD_MAX_BYTES
    }
    expect(await keysUnder('')).toEqual(before)
  })
})

describe('/readyz probes the bucket', () => {
  it('ready with the bucket answering, leaving no probe object; not ready with a wrong secret', async () => {
    const { readinessResponse } = await import('@/shared/ops/handlers')
    const { readS3Settings } = await import('@/shared/storage/s3')
    const storageDir = path.join(process.env.UPLOAD_DIR!, 'never-used')
    const ok = await readinessResponse({ payload: async () => payload, storageDir, s3: readS3Settings })
    const body = (await ok.json()) as { status: string; checks: Record<string, { status: string }> }
    expect(ok.status, JSON.stringify(body)).toBe(200)
    expect(body.checks.storage!.status).toBe('ok')
    expect((await keysUnder('')).filter((k) => k.includes('.readyz'))).toEqual([])
    expect(fs.existsSync(storageDir)).toBe(false)

    const wrong = () => readS3Settings({ ...s3.env, S3_SECRET_ACCESS_KEY: 'sai-khoa' })
    const bad = await readinessResponse({ payload: async () => payload, storageDir, s3: wrong })
    const badBody = (await bad.json()) as { message: string; checks: Record<string, { error?: string }> }
    expect(bad.status).toBe(503)
    expect(badBody.message).toMatch(/Không ghi, đọc được tệp trong kho lưu trữ S3/)
    expect(badBody.checks.storage!.error).toBe('SignatureDoesNotMatch')
  })
})

// The files' part of a backup does not depend on the database, whose part backup.int.test.ts covers
// on both dialects; this restores into scratch SQLite files, so it runs in the SQLite suite only.
describe.skipIf(testDialect() === 'postgres')('backup and restore take the files from and to the bucket', () => {
  it('npm run backup copies every object (not the probes) with its type; restore puts them into an empty bucket or a directory', async () => {
    const { createBackup, restoreBackup } = await import('@/shared/ops/backup/archive')
    const { readS3Settings } = await import('@/shared/storage/s3')
    const kept = await payload.create({
      collection: 'private-files',
      data: {},
      file: pdfFile('don-de-nghi.pdf'),
      overrideAccess: false,
      user: org.users.editor,
    })
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh lưu trong bản sao lưu' },
      file: await photo('anh-sao-luu.png'),
      overrideAccess: false,
      user: org.users.editor,
    })
    // A probe left behind by a process that died mid-check is not an upload.
    await s3.client.putObject({ Bucket: s3.bucket, Key: key('.readyz-may-chu-1-123'), Body: 'readyz' })
    const objects = (await keysUnder('')).filter((k) => !k.includes('.readyz-'))
    expect(objects).toContain(key(`private/${kept.filename}`))

    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-s3-backup-'))
    try {
      const { file, manifest } = await createBackup({ outDir: path.join(work, 'out') })
      expect(manifest.uploadsFrom).toBe('s3')
      expect(manifest.uploads.map((u) => key(u.path)).sort()).toEqual(objects)
      const byPath = new Map(manifest.uploads.map((u) => [u.path, u]))
      expect(byPath.get(`private/${kept.filename}`)?.contentType).toBe('application/pdf')
      expect(byPath.get(`media/${image.sizes!.thumbnail!.filename}`)?.contentType).toBe('image/webp')

      // Into another, empty bucket (and an empty database): same bytes, same types.
      const target = readS3Settings({ ...s3.env, S3_BUCKET: 'pbgdpl-khoi-phuc', S3_PREFIX: 'moi' })!
      const restored = await restoreBackup(file, { databaseUrl: `file:${path.join(work, 'a.db')}`, s3: target })
      expect(restored.previousUploads).toBeNull()
      for (const u of manifest.uploads) {
        const got = await s3.client.getObject({ Bucket: 'pbgdpl-khoi-phuc', Key: `moi/${u.path}` })
        expect(Buffer.from(await got.Body!.transformToByteArray()).equals((await objectBytes(u.path))!), u.path).toBe(
          true,
        )
        expect(got.ContentType, u.path).toBe(u.contentType)
      }
      // A bucket that already holds uploads is not overwritten without --force.
      await expect(
        restoreBackup(file, { databaseUrl: `file:${path.join(work, 'b.db')}`, s3: target }),
      ).rejects.toMatchObject({ exitCode: 4, message: expect.stringMatching(/hoặc kho lưu trữ S3 đang có dữ liệu/) })

      // Into a directory (moving a portal from S3 back to the disk).
      const dir = path.join(work, 'uploads')
      await restoreBackup(file, { databaseUrl: `file:${path.join(work, 'c.db')}`, uploads: dir, s3: null })
      for (const u of manifest.uploads) {
        expect(fs.readFileSync(path.join(dir, u.path)).equals((await objectBytes(u.path))!), u.path).toBe(true)
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  })
})
