import zlib from 'node:zlib'

/**
 * Checks of an uploaded PDF before it is stored (ASVS V12: no active content in files the portal
 * serves). A PDF is refused when it is truncated, or when it carries what a reader could run or
 * open by itself: JavaScript, a Launch action, embedded files, rich media (Flash, 3D) or XFA forms.
 * The names are looked for in the file's dictionaries, including those inside compressed object
 * streams, within a budget so a "zip bomb" cannot exhaust memory.
 */

/** A PDF starts with %PDF- and ends with a cross-reference table and %%EOF (what Payload also checks). */
export function looksLikeCompletePdf(data: Buffer): boolean {
  if (!data.subarray(0, 8).toString('latin1').startsWith('%PDF-')) return false
  const tail = data.subarray(Math.max(0, data.length - 1024)).toString('latin1')
  return tail.includes('%%EOF') && (tail.includes('xref') || tail.includes('startxref'))
}

// PDF names may hide letters as #xx escapes (/J#61vaScript): they are decoded before matching.
const ACTIVE_NAMES: [RegExp, string][] = [
  [/\/(JavaScript|JS)(?![A-Za-z0-9+_.-])/, 'mã JavaScript'],
  [/\/Launch(?![A-Za-z0-9+_.-])/, 'lệnh mở chương trình (Launch)'],
  [/\/(EmbeddedFile|EmbeddedFiles)(?![A-Za-z0-9+_.-])/, 'tệp đính kèm bên trong'],
  [/\/(RichMedia|Movie|Sound|3D)(?![A-Za-z0-9+_.-])/, 'nội dung đa phương tiện nhúng'],
  [/\/XFA(?![A-Za-z0-9+_.-])/, 'biểu mẫu XFA'],
]

const decodeNames = (text: string) =>
  text.replace(/\/[^\s/<>[\]()%]+/g, (name) =>
    name.includes('#')
      ? name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      : name,
  )

function findActive(text: string): string | null {
  const decoded = decodeNames(text)
  for (const [pattern, label] of ACTIVE_NAMES) if (pattern.test(decoded)) return label
  return null
}

/**
 * What active content the PDF carries (a Vietnamese description), or null when none was found.
 * Dictionaries are read outside the streams (stream data is binary: short names would match there
 * by chance) and inside object streams (/Type /ObjStm), which are inflated up to `budgetBytes` in
 * all (default 64 MB); beyond it the rest is not read.
 */
export function pdfActiveContent(data: Buffer, budgetBytes = 64 * 1024 * 1024): string | null {
  const raw = data.toString('latin1')
  const outside: string[] = []
  let budget = budgetBytes
  let position = 0
  const streamPattern = /stream\r?\n/g
  let match: RegExpExecArray | null
  while ((match = streamPattern.exec(raw))) {
    const start = match.index + match[0].length
    const end = raw.indexOf('endstream', start)
    if (end < 0) break
    outside.push(raw.slice(position, match.index))
    const dict = raw.slice(Math.max(0, match.index - 400), match.index)
    if (budget > 0 && /\/Type\s*\/ObjStm/.test(dict) && /\/FlateDecode/.test(dict)) {
      try {
        const inflated = zlib.inflateSync(data.subarray(start, end), { maxOutputLength: Math.max(1, budget) })
        budget -= inflated.length
        const found = findActive(inflated.toString('latin1'))
        if (found) return found
      } catch {
        // A stream that does not inflate (damaged, or over the budget) is not read further.
      }
    }
    position = end + 'endstream'.length
    streamPattern.lastIndex = position
  }
  outside.push(raw.slice(position))
  return findActive(outside.join('\n'))
}

/** The Vietnamese reason to refuse the PDF, or null when it may be stored. */
export function pdfProblem(data: Buffer): string | null {
  if (!looksLikeCompletePdf(data)) {
    return 'Tệp PDF bị hỏng hoặc không đầy đủ. Vui lòng xuất lại tệp và tải lên lần nữa.'
  }
  const active = pdfActiveContent(data)
  if (active) {
    return `Tệp PDF chứa ${active}, có thể tự chạy khi mở nên không được chấp nhận. Vui lòng in lại ra PDF (“Microsoft Print to PDF” hoặc “Lưu dưới dạng PDF”) rồi tải lên.`
  }
  return null
}
