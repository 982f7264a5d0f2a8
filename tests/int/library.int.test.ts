import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LibraryItem } from '@/payload-types'
import { parseLibraryParams } from '@/modules/media/server/library-params'
import { proxy } from '@/proxy'
import { NextRequest } from 'next/server'
import {
  as,
  createOrg,
  expectForbidden,
  messagesOf,
  pdfFile,
  peek,
  pngFile,
  rejectionOf,
  VIETNAMESE,
  type Actor,
  type Org,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** The media library (issue 6 §1): kinds and their required parts, uploads, workflow, public list. */

let t: TestPayload
let org: Org
const ids = {} as {
  video: number
  vtt: number
  audio: number
  pdf: number
  image: number
  field: number
  audience: number
  doc: number
}
const fixtures = path.resolve('src/modules/media/seed/fixtures')
const VTT = Buffer.from('WEBVTT\n\n00:00.000 --> 00:03.000\nXin chào các bạn.\n', 'utf8')

const upload = (name: string, data: Buffer, mimetype: string, actor: Actor = 'admin') =>
  t.payload.create({
    collection: 'library-files',
    data: { title: name },
    file: { data, mimetype, name, size: data.length },
    depth: 0,
    ...as(org, actor),
  })

beforeAll(async () => {
  t = await startTestPayload('library')
  org = await createOrg(t.payload, 'library')
  const sys = { overrideAccess: true, depth: 0 } as const
  ids.field = (await t.payload.create({ collection: 'legal-fields', data: { title: 'Lao động' }, ...sys })).id
  ids.audience = (await t.payload.create({ collection: 'audiences', data: { title: 'Học sinh' }, ...sys })).id
  ids.doc = (
    await t.payload.create({
      collection: 'legal-documents',
      data: {
        number: '45/2019/QH14',
        type: 'bo-luat',
        title: 'Bộ luật Lao động',
        issuer: 'Quốc hội',
        issuedAt: '2019-11-20T00:00:00.000Z',
      },
      ...sys,
      context: { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableRevalidate: true },
    })
  ).id
  const webm = fs.readFileSync(path.join(fixtures, 'hop-dong-lao-dong.webm'))
  const mp3 = fs.readFileSync(path.join(fixtures, 'phat-thanh-hoc-duong.mp3'))
  const png = await pngFile()
  const [video, vtt, audio, pdf, image] = await Promise.all([
    upload('video.webm', webm, 'video/webm'),
    upload('phu-de.vtt', VTT, 'text/vtt'),
    upload('radio.mp3', mp3, 'audio/mpeg'),
    upload('sach.pdf', pdfFile().data, 'application/pdf'),
    t.payload.create({ collection: 'media', data: { alt: 'Ảnh minh họa thư viện' }, file: png, ...sys }),
  ])
  Object.assign(ids, { video: video.id, vtt: vtt.id, audio: audio.id, pdf: pdf.id, image: image.id })
}, 180_000)

afterAll(async () => {
  await t?.close()
})

const tags = () => ({ fields: [ids.field], audiences: [ids.audience] })
const base = (title: string) => ({ title, summary: `Tóm tắt nội dung của ${title} dành cho bạn đọc.`, ...tags() })
type Sample = 'video' | 'youtube' | 'audio' | 'infographic' | 'ebook'
const validData = (): Record<Sample, Record<string, unknown>> => ({
  video: {
    ...base('Video hợp đồng lao động'),
    kind: 'video',
    videoSource: 'upload',
    videoFile: ids.video,
    poster: ids.image,
    captions: [{ file: ids.vtt, language: 'vi' }],
  },
  youtube: {
    ...base('Video YouTube về lao động'),
    kind: 'video',
    videoSource: 'youtube',
    youtubeUrl: 'https://youtu.be/dQw4w9WgXcQ?t=3',
  },
  audio: {
    ...base('Phát thanh học đường'),
    kind: 'audio',
    audioFile: ids.audio,
    transcript: 'Chào các bạn học sinh. Đây là chương trình phát thanh học đường về phòng, chống bạo lực học đường.',
  },
  infographic: {
    ...base('Infographic thử nghiệm về ngày phép'),
    kind: 'infographic',
    image: ids.image,
    longDescription:
      'Người lao động làm đủ 12 tháng được nghỉ hằng năm 12 ngày làm việc hưởng nguyên lương; cứ đủ 05 năm làm việc thì được tăng thêm 01 ngày.',
  },
  ebook: {
    ...base('Cẩm nang Bộ luật Lao động'),
    kind: 'ebook',
    pdfFile: ids.pdf,
    cover: ids.image,
    author: 'Sở Tư pháp',
    publisher: 'Nhà xuất bản Tư pháp',
    year: 2025,
  },
})

const create = (data: Record<string, unknown>, actor: Actor = 'editor'): Promise<LibraryItem> =>
  t.payload.create({ collection: 'library-items', data: data as never, depth: 0, ...as(org, actor) })
const act = (id: number, data: Record<string, unknown>, actor: Actor) =>
  t.payload.update({ collection: 'library-items', id, data: data as never, depth: 0, ...as(org, actor) })

describe('kinds and their required parts', () => {
  it.each(['video', 'youtube', 'audio', 'infographic', 'ebook'])('a complete %s item is saved', async (kind) => {
    const doc = await create(validData()[kind as Sample])
    expect(doc.workflowState).toBe('draft')
    expect(doc.slug).toMatch(/^[a-z0-9-]+$/)
  })

  it.each([
    ['video', 'captions', [], /ít nhất một bản phụ đề/],
    ['video', 'poster', null, /ảnh đại diện \(poster\)/],
    ['video', 'videoFile', null, /tệp video/],
    ['video', 'videoFile', 'vtt', /không phải là video/],
    ['video', 'captions', [{ file: 'audio', language: 'vi' }], /WebVTT/],
    ['audio', 'transcript', '', /lời thoại/],
    ['audio', 'audioFile', 'pdf', /không phải là tệp âm thanh/],
    ['infographic', 'longDescription', 'Ảnh.', /mô tả chi tiết/],
    ['ebook', 'publisher', '', /nhà xuất bản/],
    ['ebook', 'year', 1800, /Năm xuất bản/],
    ['ebook', 'cover', null, /ảnh bìa/],
    ['ebook', 'fields', [], /ít nhất một lĩnh vực/],
    ['audio', 'audiences', [], /ít nhất một đối tượng/],
  ])('a %s item without a valid %s is refused in Vietnamese', async (kind, key, value, message) => {
    const data = { ...validData()[kind as Sample] }
    const ref = value === 'vtt' || value === 'pdf' || value === 'audio' ? ids[value] : value
    data[key] = key === 'captions' && Array.isArray(value) ? value.map((r) => ({ ...r, file: ids.audio })) : ref
    const err = await rejectionOf(create(data))
    expect(err.status).toBe(400)
    expect(messagesOf(err)).toMatch(message)
  })

  it('cites articles by their anchor on the document page and refuses unreadable ones', async () => {
    const doc = await create({
      ...validData().infographic,
      legalBasis: [{ document: ids.doc, article: 'khoản 1 Điều 113' }],
    })
    expect(doc.legalBasis?.[0]?.anchor).toBe('dieu-113-khoan-1')
    const err = await rejectionOf(
      create({ ...validData().audio, legalBasis: [{ document: ids.doc, article: 'chương xyz' }] }),
    )
    expect(err.status).toBe(400)
    expect(err.message).toMatch(/Không đọc được/)
  })
})

describe('YouTube addresses', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10', 'dQw4w9WgXcQ'],
    ['youtu.be/a1B2c3D4e5_', 'a1B2c3D4e5_'],
    ['https://youtube.com/shorts/a1B2c3D4e5_', 'a1B2c3D4e5_'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
  ])('%s is stored as its id and canonical address', async (url, id) => {
    const doc = await create({ ...validData().youtube, youtubeUrl: url })
    expect(doc.youtubeId).toBe(id)
    expect(doc.youtubeUrl).toBe(`https://www.youtube.com/watch?v=${id}`)
  })

  it.each(['https://vimeo.com/1234567', 'https://www.youtube.com/channel/UCabc', 'không phải địa chỉ', ''])(
    '%j is refused in Vietnamese',
    async (url) => {
      const err = await rejectionOf(create({ ...validData().youtube, youtubeUrl: url }))
      expect(err.status).toBe(400)
      expect(messagesOf(err)).toMatch(/YouTube/)
      expect(messagesOf(err)).toMatch(VIETNAMESE)
    },
  )

  it('switching a YouTube item to an uploaded video clears the id', async () => {
    const doc = await create(validData().youtube)
    const { youtubeUrl: _, ...video } = validData().video
    const changed = await act(doc.id, { ...video, videoSource: 'upload' }, 'editor')
    expect(changed.youtubeId ?? null).toBeNull()
  })
})

describe('library uploads are checked by content', () => {
  it('records the family of each accepted file', async () => {
    const files = await Promise.all(
      (['video', 'vtt', 'audio', 'pdf'] as const).map((k) => peek(t.payload, 'library-files', ids[k])),
    )
    expect(files.map((f) => f?.family)).toEqual(['video', 'captions', 'audio', 'pdf'])
    expect(files[1]?.mimeType).toBe('text/vtt')
  })

  it.each([
    [
      'an executable named .webm',
      Buffer.concat([Buffer.from([0x4d, 0x5a]), Buffer.alloc(200)]),
      'giả.webm',
      /Định dạng tệp không được chấp nhận/,
    ],
    [
      'HTML named .vtt',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'phu-de.vtt',
      /Định dạng tệp không được chấp nhận/,
    ],
    [
      'a WebM video named .mp3',
      fs.readFileSync(path.join(fixtures, 'hop-dong-lao-dong.webm')),
      'nhac.mp3',
      /Định dạng tệp không được chấp nhận/,
    ],
    ['a PNG image', null, 'anh.png', /Định dạng tệp không được chấp nhận/],
    ['a truncated PDF', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n'), 'hong.pdf', /PDF bị hỏng/],
  ])('%s is refused and nothing is stored', async (_, data, name, message) => {
    const before = await t.payload.count({ collection: 'library-files', overrideAccess: true })
    const bytes = data ?? (await pngFile()).data
    const err = await rejectionOf(upload(name, bytes, 'application/octet-stream'))
    expect(err.status).toBe(400)
    expect(err.message).toMatch(message)
    expect((await t.payload.count({ collection: 'library-files', overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('refuses captions over their size limit with 413', async () => {
    process.env.LIBRARY_CAPTIONS_MAX_MB = '0.001'
    try {
      const big = Buffer.concat([VTT, Buffer.from('\n'.repeat(2000))])
      const err = await rejectionOf(upload('dai.vtt', big, 'text/vtt'))
      expect(err.status).toBe(413)
      expect(err.message).toMatch(/quá lớn/)
    } finally {
      delete process.env.LIBRARY_CAPTIONS_MAX_MB
    }
  })

  it('lets writers upload and nobody else', async () => {
    const vtt = await upload('ctv.vtt', VTT, 'text/vtt', 'contributor')
    expect(vtt.uploadedBy).toBe(org.users.contributor.id)
    for (const actor of ['expert', 'viewer', 'anonymous'] as const) {
      await expectForbidden(upload('x.vtt', VTT, 'text/vtt', actor))
    }
  })
})

describe('approval before publication', () => {
  let itemId: number
  beforeAll(async () => {
    itemId = (await create(validData().ebook, 'contributor')).id
  })

  const publicSlugs = async () =>
    (
      await t.payload.find({ collection: 'library-items', depth: 0, pagination: false, overrideAccess: false })
    ).docs.map((d) => d.id)

  it('a contributor drafts for their own unit and cannot publish', async () => {
    const doc = await peek(t.payload, 'library-items', itemId)
    expect(doc?.unit).toBe(org.unitA.id)
    const err = await rejectionOf(act(itemId, { workflowAction: 'publish' }, 'contributor'))
    expect(err.status).toBe(403)
    expect(await publicSlugs()).not.toContain(itemId)
  })

  it('experts, viewers and visitors cannot write library items', async () => {
    for (const actor of ['expert', 'viewer', 'anonymous'] as const) {
      await expectForbidden(create(validData().audio, actor))
    }
  })

  it('another unit’s contributor cannot edit the draft', async () => {
    const err = await rejectionOf(
      t.payload.update({
        collection: 'library-items',
        id: itemId,
        data: { title: 'Sửa trộm' },
        user: org.contributorB,
        overrideAccess: false,
      }),
    )
    expect([403, 404]).toContain(err.status)
  })

  it('submitted, it is locked for the contributor; the board approves and publishes', async () => {
    expect((await act(itemId, { workflowAction: 'submit' }, 'contributor')).workflowState).toBe('submitted')
    await expectForbidden(act(itemId, { title: 'Sửa sau khi gửi' }, 'contributor'))
    expect(await publicSlugs()).not.toContain(itemId)
    expect((await act(itemId, { workflowAction: 'approve' }, 'editor')).workflowState).toBe('approved')
    expect(await publicSlugs()).not.toContain(itemId)
    const published = await act(itemId, { workflowAction: 'publish' }, 'editor')
    expect(published.workflowState).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    expect(await publicSlugs()).toContain(itemId)
  })

  it('serves an item’s files to the public only while it is published', async () => {
    const visible = async (id: number) =>
      (await t.payload.find({ collection: 'library-files', where: { id: { equals: id } }, overrideAccess: false }))
        .totalDocs === 1
    const pdf = await upload('rieng.pdf', pdfFile().data, 'application/pdf', 'contributor')
    const draft = await create(
      { ...validData().ebook, title: 'Sách chờ duyệt có tệp riêng', pdfFile: pdf.id },
      'contributor',
    )
    expect(await visible(pdf.id)).toBe(false)
    const staff = await t.payload.find({
      collection: 'library-files',
      where: { id: { equals: pdf.id } },
      ...as(org, 'viewer'),
    })
    expect(staff.totalDocs).toBe(1)
    await act(draft.id, { workflowAction: 'publish' }, 'editor-in-chief')
    expect(await visible(pdf.id)).toBe(true)
    await act(draft.id, { workflowAction: 'unpublish' }, 'editor')
    expect(await visible(pdf.id)).toBe(false)
  })

  it('exports an uploaded video with its captions in the open data standard (schema-valid), for portals that follow this one', async () => {
    const { serializeLibraryItem } = await import('@/modules/data-exchange/open-api/serialize')
    const { schemaProblem } = await import('@/modules/data-exchange/sync/validate')
    const item = await create({ ...validData().video, title: 'Video có phụ đề để xuất' }, 'editor-in-chief')
    await act(item.id, { workflowAction: 'publish' }, 'editor-in-chief')
    // The open API reads published items with depth 1, as here (a system read of a public item).
    const doc = await t.payload.findByID({ collection: 'library-items', id: item.id, depth: 1, overrideAccess: true })
    const record = serializeLibraryItem(doc)
    expect(record.captions).toEqual([{ url: expect.stringMatching(/^https?:\/\/.+\.vtt$/), language: 'vi' }])
    expect(record.media?.url).toMatch(/\.webm$/)
    expect(schemaProblem('library-items', record)).toBeNull()
    const youtube = await create({ ...validData().youtube, title: 'Video YouTube để xuất' }, 'editor-in-chief')
    const other = serializeLibraryItem(
      await t.payload.findByID({ collection: 'library-items', id: youtube.id, depth: 1, overrideAccess: true }),
    )
    expect(other.captions).toEqual([])
  })

  it('only the chiefs publish a draft directly', async () => {
    const draft = await create(validData().audio, 'contributor')
    await expectForbidden(act(draft.id, { workflowAction: 'publish' }, 'editor'))
    expect((await act(draft.id, { workflowAction: 'publish' }, 'editor-in-chief')).workflowState).toBe('published')
  })

  it('a published item is found by site search by its transcript, under the library label', async () => {
    const { siteSearch } = await import('@/modules/search')
    const result = await siteSearch.search({ query: 'phat thanh hoc duong bao luc', page: 1, limit: 10 })
    const hit = result.hits.find((h) => h.url.startsWith('/thu-vien/'))
    expect(hit, JSON.stringify(result.hits.map((h) => h.url))).toBeDefined()
  })
})

describe('the public list query string', () => {
  const call = (query: string) => proxy(new NextRequest(`http://localhost/thu-vien${query}`))

  it.each(['?loai=phim', '?linh-vuc=%3Cscript%3E', '?doi-tuong=A%20B', '?trang=0', '?loai=video&loai=am-thanh'])(
    '%s is answered with a Vietnamese 400 page',
    async (query) => {
      const res = await call(query)
      expect(res.status).toBe(400)
      expect(await res.text()).toMatch(/Yêu cầu không hợp lệ/)
    },
  )

  it('library pages carry their own CSP, with YouTube privacy-enhanced frames on item pages only', async () => {
    const list = (await call('?loai=video')).headers.get('content-security-policy') ?? ''
    const item = (await proxy(new NextRequest('http://localhost/thu-vien/mot-video'))).headers.get(
      'content-security-policy',
    )
    expect(list).toContain("default-src 'self'")
    expect(list).not.toContain('youtube')
    expect(item).toContain("frame-src 'self' https://www.youtube-nocookie.com")
  })

  it('good filters pass', async () => {
    expect((await call('?loai=sach-dien-tu&linh-vuc=lao-dong&doi-tuong=hoc-sinh&trang=2')).status).toBe(200)
    expect(parseLibraryParams({ loai: 'infographic' })).toMatchObject({ ok: true })
  })
})

describe('demo library', () => {
  it('seeds every kind, published, once', async () => {
    const ensure = async (collection: 'legal-fields' | 'audiences', slug: string) => {
      const found = await t.payload.count({ collection, where: { slug: { equals: slug } } })
      if (found.totalDocs === 0) await t.payload.create({ collection, data: { title: slug, slug }, depth: 0 })
    }
    for (const slug of ['lao-dong', 'tre-em', 'giao-duc']) await ensure('legal-fields', slug)
    for (const slug of [
      'nguoi-lao-dong',
      'thanh-nien',
      'hoc-sinh',
      'sinh-vien',
      'doanh-nghiep',
      'can-bo-cong-chuc-vien-chuc',
    ]) {
      await ensure('audiences', slug)
    }
    const { seedLibrary } = await import('@/modules/media/seed/seed-library')
    await seedLibrary(t.payload)
    await seedLibrary(t.payload)
    const { LIBRARY_DEMO } = await import('@/modules/media/seed/library-data')
    const seeded = await t.payload.find({
      collection: 'library-items',
      where: { slug: { in: LIBRARY_DEMO.map((d) => d.slug) } },
      pagination: false,
      depth: 1,
      overrideAccess: false,
    })
    const demo = seeded.docs
    expect(demo).toHaveLength(LIBRARY_DEMO.length)
    const kinds = (kind: string) => demo.filter((d) => d.kind === kind && d.workflowState === 'published')
    const uploadedVideos = kinds('video').filter((v) => v.videoSource === 'upload' && (v.captions ?? []).length > 0)
    expect(uploadedVideos.length).toBeGreaterThanOrEqual(2)
    expect(kinds('video').some((v) => v.videoSource === 'youtube' && v.youtubeId === 'aqz-KE-bpKQ')).toBe(true)
    expect(kinds('audio').some((a) => (a.transcript ?? '').includes('tổng đài 111'))).toBe(true)
    expect(kinds('infographic').some((i) => (i.longDescription ?? '').length > 200)).toBe(true)
    const books = kinds('ebook')
    expect(books).toHaveLength(2)
    for (const b of books) {
      const pdf = b.pdfFile as { family?: string; filesize?: number }
      expect(pdf.family).toBe('pdf')
      expect(b.pages).toBeGreaterThanOrEqual(2)
    }
  }, 120_000)
})
