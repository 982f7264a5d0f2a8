import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { embedFonts } from '@/shared/pdf'
import { looksLikeCompletePdf, pdfActiveContent, pdfProblem } from './pdf-check'

/** A real PDF (pdf-lib, embedded DejaVu subsets, Vietnamese text), optionally with an action. */
async function makePdf({ js = false, objectStreams = true } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create()
  const fonts = await embedFonts(doc, 'serif')
  for (let i = 0; i < 3; i++) {
    const page = doc.addPage([595, 842])
    page.drawText(`Trang ${i + 1}: Luật Phổ biến, giáo dục pháp luật — Điều ${i + 1}`, {
      x: 50,
      y: 780,
      size: 12,
      font: fonts.regular,
    })
  }
  if (js) {
    const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("x")') })
    doc.catalog.set(PDFName.of('OpenAction'), action)
  }
  return Buffer.from(await doc.save({ useObjectStreams: objectStreams }))
}

const minimal = (body: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog ${body} >>\nendobj\nxref\n0 2\ntrailer\n<< /Root 1 0 R >>\nstartxref\n0\n%%EOF\n`,
    'latin1',
  )

describe('PDF checks', () => {
  it('accepts an ordinary PDF with embedded fonts, with or without object streams', async () => {
    for (const objectStreams of [true, false]) {
      const pdf = await makePdf({ objectStreams })
      expect(looksLikeCompletePdf(pdf)).toBe(true)
      expect(pdfActiveContent(pdf)).toBeNull()
      expect(pdfProblem(pdf)).toBeNull()
    }
  })

  it('finds JavaScript in a plain dictionary and inside a compressed object stream', async () => {
    expect(pdfActiveContent(await makePdf({ js: true, objectStreams: false }))).toBe('mã JavaScript')
    const hidden = await makePdf({ js: true, objectStreams: true })
    // The action is not readable in the file as it is: it sits in a compressed object stream.
    expect(hidden.toString('latin1')).not.toContain('/JavaScript')
    expect(pdfActiveContent(hidden)).toBe('mã JavaScript')
    expect(pdfProblem(hidden)).toMatch(/^Tệp PDF chứa mã JavaScript/)
  })

  it('decodes #-escaped names and finds launch actions, embedded files, rich media and XFA', () => {
    expect(pdfActiveContent(minimal('/OpenAction << /S /J#61vaScript /JS (x) >>'))).toBe('mã JavaScript')
    expect(pdfActiveContent(minimal('/OpenAction << /S /Launch /F (cmd.exe) >>'))).toMatch(/Launch/)
    expect(pdfActiveContent(minimal('/Names << /EmbeddedFiles 2 0 R >>'))).toBe('tệp đính kèm bên trong')
    expect(pdfActiveContent(minimal('/AcroForm << /XFA 3 0 R >>'))).toBe('biểu mẫu XFA')
    expect(pdfActiveContent(minimal('/Annots [<< /Subtype /RichMedia >>]'))).toBe('nội dung đa phương tiện nhúng')
    // A name that merely starts the same way is not active content.
    expect(pdfActiveContent(minimal('/Font << /JSBold 4 0 R /JS-Regular 5 0 R >>'))).toBeNull()
  })

  it('ignores look-alike bytes inside binary streams', () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Length 20 /Filter /DCTDecode >>\nstream\n\u00ff\u00d8/JS /Launch\u00ff\u00d9\nendstream\nendobj\nxref\ntrailer\n<< >>\nstartxref\n0\n%%EOF\n',
      'latin1',
    )
    expect(pdfActiveContent(pdf)).toBeNull()
  })

  it('refuses a truncated file', async () => {
    const pdf = await makePdf()
    expect(pdfProblem(pdf.subarray(0, pdf.length - 200))).toMatch(/bị hỏng hoặc không đầy đủ/)
    expect(pdfProblem(Buffer.from('<html>không phải PDF</html>'))).toMatch(/bị hỏng/)
  })
})
