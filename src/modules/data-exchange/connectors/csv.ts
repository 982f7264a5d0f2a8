/**
 * CSV import of legal documents: UTF-8 with or without BOM, `;` or `,` as separator (detected from
 * the header line), quoted fields with doubled quotes and line breaks. All or nothing: every row is
 * checked first and every problem reported as "Dòng N, cột …: …". Pure: no database.
 */
import { fold } from '@/shared/text/vietnamese'
import { mapSourceRow, type SourceRow } from './map-row'
import type { ConnectorIssue, ConnectorRecord, ParseResult } from './types'

/** The template's columns, in order: header text → row field. */
export const CSV_COLUMNS: { header: string; field: keyof SourceRow; required: boolean }[] = [
  { header: 'Số ký hiệu', field: 'number', required: true },
  { header: 'Loại văn bản', field: 'type', required: true },
  { header: 'Trích yếu', field: 'title', required: true },
  { header: 'Cơ quan ban hành', field: 'agency', required: true },
  { header: 'Ngày ban hành', field: 'issuedAt', required: true },
  { header: 'Ngày có hiệu lực', field: 'effectiveFrom', required: false },
  { header: 'Ngày hết hiệu lực', field: 'effectiveTo', required: false },
  { header: 'Tình trạng hiệu lực', field: 'effectStatus', required: false },
  { header: 'Người ký', field: 'signer', required: false },
  { header: 'Chức vụ người ký', field: 'signerTitle', required: false },
  { header: 'Lĩnh vực', field: 'fields', required: false },
  { header: 'Địa chỉ nguồn', field: 'url', required: false },
]

/** The template editors download: header, one filled example row, `;` separated, with BOM for Excel. */
export function csvTemplate(): string {
  const example = [
    '12/2024/QĐ-UBND',
    'Quyết định',
    'Ban hành Quy chế phối hợp trong công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh',
    'Ủy ban nhân dân tỉnh Tây Ninh',
    '15/03/2024',
    '25/03/2024',
    '',
    'Còn hiệu lực',
    'Nguyễn Văn Út',
    'Chủ tịch',
    'Phổ biến, giáo dục pháp luật',
    '',
  ]
  const line = (cells: string[]) => cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')
  return `\ufeff${line(CSV_COLUMNS.map((c) => c.header))}\r\n${line(example)}\r\n`
}

/** Splits CSV text into rows of cells, with the line each row starts on. */
export function splitCsv(text: string, separator: string): { line: number; cells: string[] }[] | { error: string } {
  const rows: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        cell += ch
      }
      continue
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true
      cell = ''
    } else if (ch === separator) {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      cells.push(cell)
      rows.push({ line: rowLine, cells })
      cells = []
      cell = ''
      line++
      rowLine = line
    } else cell += ch
  }
  if (quoted) return { error: `Dòng ${rowLine}: dấu ngoặc kép mở nhưng không đóng.` }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell)
    rows.push({ line: rowLine, cells })
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''))
}

const headerKey = (text: string): string =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

export function parseCsv(input: Buffer | string, fetchedAt: Date): ParseResult {
  const fail = (message: string, line = 0): ParseResult => ({ ok: false, errors: [{ line, message }] })
  let text: string
  if (typeof input === 'string') text = input
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      return fail('Tệp không phải UTF-8: hãy lưu lại bằng “CSV UTF-8 (phân cách bằng dấu phẩy)”.')
    }
  }
  text = text.replace(/^\ufeff/, '')
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  const separator = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const rows = splitCsv(text, separator)
  if ('error' in rows) return fail(rows.error)
  const [header, ...body] = rows
  if (!header) return fail('Tệp trống.')
  const byKey = new Map(CSV_COLUMNS.map((c) => [headerKey(c.header), c]))
  const columns = header.cells.map((h) => byKey.get(headerKey(h)) ?? null)
  const unknown = header.cells.filter((h, i) => !columns[i] && h.trim() !== '')
  const missing = CSV_COLUMNS.filter((c) => c.required && !columns.includes(c))
  const errors: ConnectorIssue[] = []
  if (missing.length > 0) {
    errors.push({ line: 1, message: `Dòng 1: thiếu cột ${missing.map((c) => `“${c.header}”`).join(', ')}.` })
  }
  if (unknown.length > 0) {
    errors.push({
      line: 1,
      message: `Dòng 1: không biết cột ${unknown.map((h) => `“${h.trim().slice(0, 60)}”`).join(', ')}; hãy dùng tệp mẫu.`,
    })
  }
  if (errors.length > 0) return { ok: false, errors }
  if (body.length === 0) return fail('Tệp chỉ có dòng tiêu đề, không có văn bản nào.', 1)
  const records: ConnectorRecord[] = []
  for (const { line, cells } of body) {
    if (cells.length > header.cells.length) {
      errors.push({
        line,
        message: `Dòng ${line}: có ${cells.length} cột, nhiều hơn dòng tiêu đề (${header.cells.length}).`,
      })
      continue
    }
    const row: SourceRow = {}
    columns.forEach((column, i) => {
      if (column) row[column.field] = cells[i] ?? ''
    })
    const mapped = mapSourceRow(row, fetchedAt)
    if (!mapped.ok) {
      for (const p of mapped.problems) {
        const column = p.field ? CSV_COLUMNS.find((c) => c.field === p.field)?.header : null
        errors.push({
          line,
          message: column ? `Dòng ${line}, cột “${column}”: ${p.message}` : `Dòng ${line}: ${p.message}`,
        })
      }
      continue
    }
    records.push({
      line,
      input: mapped.input,
      warnings: mapped.warnings,
      provenance: {
        source: 'csv',
        sourceId: mapped.sourceKey,
        sourceUrl: mapped.sourceUrl,
        fetchedAt: fetchedAt.toISOString(),
      },
    })
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records }
}
