import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import QRCode from 'qrcode'
import { embedFonts, measure, printable, wrap } from '@/shared/pdf'
import { absoluteUrl } from '@/shared/ui/site-url'
import { formatCertificateCode } from './certificate-code'

export type CertificateData = {
  code: string
  holderName: string
  award: string
  score: number | null
  maxScore: number | null
  issuedAt: string
  contestTitle: string
  roundTitle: string
  organiserTitle: string | null
  signer: string | null
  signerTitle: string | null
}

export const verificationPath = (code: string): string => `/cuoc-thi/xac-minh/${code}`

const RED = rgb(0.545, 0.102, 0.102)
const INK = rgb(0.1, 0.1, 0.1)

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK): void {
  const t = printable(font, text)
  page.drawText(t, { x: (page.getWidth() - measure(font, t, size)) / 2, y, size, font, color })
}

/** Draws the QR code of `text` as dark squares, `size` points wide, with its bottom-left at (x, y). */
function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const n = qr.modules.size
  const quiet = 2
  const cell = size / (n + 2 * quiet)
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) })
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!qr.modules.get(row, col)) continue
      page.drawRectangle({
        x: x + (col + quiet) * cell,
        y: y + size - (row + quiet + 1) * cell,
        width: cell + 0.05,
        height: cell + 0.05,
        color: INK,
      })
    }
  }
}

const vnDate = (iso: string): string => {
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000)
  return `ngày ${String(d.getUTCDate()).padStart(2, '0')} tháng ${String(d.getUTCMonth() + 1).padStart(2, '0')} năm ${d.getUTCFullYear()}`
}

/**
 * The certificate as an A4 landscape PDF in Vietnamese (DejaVu Serif, subset), with the
 * verification code and a QR code pointing to the public verification page.
 */
export async function certificatePdf(c: CertificateData): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(`Giấy chứng nhận ${formatCertificateCode(c.code)}`)
  doc.setLanguage('vi-VN')
  doc.setCreator('Cổng Phổ biến, giáo dục pháp luật')
  const f = await embedFonts(doc, 'serif')
  const page = doc.addPage([841.89, 595.28])
  const W = page.getWidth()
  const H = page.getHeight()
  page.drawRectangle({ x: 20, y: 20, width: W - 40, height: H - 40, borderColor: RED, borderWidth: 3 })
  page.drawRectangle({ x: 28, y: 28, width: W - 56, height: H - 56, borderColor: RED, borderWidth: 0.8 })

  centred(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', H - 72, f.bold, 13)
  centred(page, 'Độc lập – Tự do – Hạnh phúc', H - 90, f.bold, 12)
  if (c.organiserTitle) centred(page, c.organiserTitle.toLocaleUpperCase('vi'), H - 118, f.regular, 12)
  centred(page, 'GIẤY CHỨNG NHẬN', H - 168, f.bold, 34, RED)
  centred(page, 'Chứng nhận', H - 205, f.italic, 14)
  centred(page, c.holderName, H - 240, f.bold, 26)
  let y = H - 275
  for (const line of wrap(`Đã tham gia cuộc thi “${c.contestTitle}”`, f.regular, 15, W - 200)) {
    centred(page, line, y, f.regular, 15)
    y -= 20
  }
  centred(page, c.award, y - 4, f.bold, 14, RED)
  y -= 26
  if (c.score !== null && c.maxScore !== null) {
    centred(page, `Kết quả: ${formatScore(c.score)}/${formatScore(c.maxScore)} điểm`, y - 4, f.regular, 13)
  }

  const right = W - 250
  page.drawText(printable(f.italic, `Cấp ${vnDate(c.issuedAt)}`), {
    x: right,
    y: 170,
    size: 12,
    font: f.italic,
    color: INK,
  })
  if (c.signerTitle) {
    for (const [i, line] of wrap(c.signerTitle.toLocaleUpperCase('vi'), f.bold, 11, 210).slice(0, 2).entries()) {
      page.drawText(printable(f.bold, line), { x: right, y: 150 - i * 14, size: 11, font: f.bold, color: INK })
    }
  }
  if (c.signer) page.drawText(printable(f.bold, c.signer), { x: right, y: 72, size: 13, font: f.bold, color: INK })

  const url = absoluteUrl(verificationPath(c.code))
  drawQr(page, url, 60, 60, 96)
  page.drawText(printable(f.bold, `Mã xác minh: ${formatCertificateCode(c.code)}`), {
    x: 166,
    y: 120,
    size: 11,
    font: f.bold,
    color: INK,
  })
  page.drawText(printable(f.regular, 'Quét mã QR hoặc mở địa chỉ sau để kiểm tra:'), {
    x: 166,
    y: 102,
    size: 9,
    font: f.regular,
    color: INK,
  })
  page.drawText(printable(f.regular, url), { x: 166, y: 88, size: 9, font: f.regular, color: INK })
  return doc.save()
}

const formatScore = (n: number): string =>
  Number.isInteger(n)
    ? String(n)
    : n
        .toFixed(2)
        .replace(/\.?0+$/, '')
        .replace('.', ',')
