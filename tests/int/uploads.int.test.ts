import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  process.env.UPLOAD_MAX_BYTES = String(64 * 1024)
  t = await startTestPayload('uploads')
}, 120_000)

afterAll(async () => {
  delete process.env.UPLOAD_MAX_BYTES
  await t?.close()
})

const png = () =>
  sharp({ create: { width: 32, height: 32, channels: 3, background: '#8b1a1a' } })
    .png()
    .toBuffer()

describe('uploads are checked by content and size', () => {
  it('accepts a real PNG image with its alt text', async () => {
    const data = await png()
    const doc = await t.payload.create({
      collection: 'media',
      data: { alt: 'Ảnh thử nghiệm màu đỏ' },
      file: { data, mimetype: 'image/png', name: 'anh.png', size: data.length },
      overrideAccess: true,
    })
    expect(doc.mimeType).toBe('image/png')
  })

  it('rejects HTML disguised as a PNG with a Vietnamese message and stores nothing', async () => {
    const before = await t.payload.count({ collection: 'media', overrideAccess: true })
    const data = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(
      t.payload.create({
        collection: 'media',
        data: { alt: 'Ảnh giả mạo' },
        file: { data, mimetype: 'image/png', name: 'anh.png', size: data.length },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/Định dạng tệp không được chấp nhận/)
    const after = await t.payload.count({ collection: 'media', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('accepts a PDF attachment and refuses an executable renamed to .pdf', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n9\n%%EOF\n',
    )
    const ok = await t.payload.create({
      collection: 'files',
      data: { title: 'Kế hoạch năm 2026' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'ke-hoach.pdf', size: pdf.length },
      overrideAccess: true,
    })
    expect(ok.filename).toMatch(/\.pdf$/)
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)])
    await expect(
      t.payload.create({
        collection: 'files',
        data: { title: 'Giả PDF' },
        file: { data: elf, mimetype: 'application/pdf', name: 'gia.pdf', size: elf.length },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/Định dạng tệp không được chấp nhận/)
  })

  it('refuses a truncated PDF with a Vietnamese message', async () => {
    const data = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n')
    await expect(
      t.payload.create({
        collection: 'files',
        data: { title: 'PDF hỏng' },
        file: { data, mimetype: 'application/pdf', name: 'hong.pdf', size: data.length },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/Tệp PDF bị hỏng/)
  })

  it('refuses a PDF carrying JavaScript (active content) and stores nothing', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>endobj\n' +
        'xref\n0 1\n0000000000 65535 f \ntrailer<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
    )
    // The upload hook under test runs for every caller; the counts are the system's own reads.
    const before = await t.payload.count({ collection: 'files', overrideAccess: true })
    await expect(
      t.payload.create({
        collection: 'files',
        data: { title: 'PDF có mã' },
        file: { data: pdf, mimetype: 'application/pdf', name: 'co-ma.pdf', size: pdf.length },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/Tệp PDF chứa mã JavaScript/)
    expect((await t.payload.count({ collection: 'files', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a file over the size limit with a Vietnamese message', async () => {
    const data = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(70 * 1024, 32)])
    await expect(
      t.payload.create({
        collection: 'files',
        data: { title: 'Tệp quá lớn' },
        file: { data, mimetype: 'application/pdf', name: 'lon.pdf', size: data.length },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/Tệp quá lớn/)
  })
})
