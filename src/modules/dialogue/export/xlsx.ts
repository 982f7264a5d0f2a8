import { strToU8, zipSync } from 'fflate'
import { formatDate } from '@/shared/text/vietnamese'
import type { Summary } from '../server/summary'

/**
 * The summary table as an Office Open XML workbook (one sheet, shared strings, a bold header and
 * wrapped text), written by hand and zipped with fflate: a few lines instead of a spreadsheet
 * library, and opened by Excel and LibreOffice alike.
 */

const esc = (s: string): string =>
  s
    // Characters XML 1.0 forbids (control characters pasted into a comment) are dropped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

const column = (i: number): string => {
  let n = i + 1
  let name = ''
  while (n > 0) {
    const r = (n - 1) % 26
    name = String.fromCharCode(65 + r) + name
    n = Math.floor((n - 1) / 26)
  }
  return name
}

export const XLSX_HEADERS = [
  'STT',
  'Điều, mục',
  'Người góp ý',
  'Nội dung góp ý',
  'Kết quả',
  'Nội dung tiếp thu, giải trình',
]

export function summaryXlsx(summary: Summary): Uint8Array {
  const strings: string[] = []
  const index = new Map<string, number>()
  const shared = (s: string): number => {
    const known = index.get(s)
    if (known !== undefined) return known
    strings.push(s)
    index.set(s, strings.length - 1)
    return strings.length - 1
  }
  type Cell = string | number
  const period = `Thời gian lấy ý kiến: ${formatDate(summary.period.opensAt)} – ${formatDate(summary.period.closesAt)}`
  const table: { cells: Cell[]; style: number }[] = [
    { cells: [`Bảng tổng hợp tiếp thu, giải trình ý kiến: ${summary.title}`], style: 1 },
    { cells: [summary.unit ? `${summary.unit}. ${period}` : period], style: 0 },
    { cells: [], style: 0 },
    { cells: XLSX_HEADERS, style: 1 },
    ...summary.rows.map((r) => ({
      cells: [r.index, r.section, r.author, r.comment, r.decision, r.reason] as Cell[],
      style: 2,
    })),
    { cells: [], style: 0 },
    ...summary.counts.map((c) => ({ cells: [c.label, c.count] as Cell[], style: 0 })),
  ]
  const rows = table
    .map((row, r) => {
      const cells = row.cells
        .map((value, c) => {
          const ref = `${column(c)}${r + 1}`
          if (typeof value === 'number') return `<c r="${ref}" s="${row.style}"><v>${value}</v></c>`
          return `<c r="${ref}" t="s" s="${row.style}"><v>${shared(value)}</v></c>`
        })
        .join('')
      return `<row r="${r + 1}">${cells}</row>`
    })
    .join('')
  const widths = [6, 28, 16, 60, 20, 60]
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>${widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('')}</cols><sheetData>${rows}</sheetData></worksheet>`
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
    .join('')}</sst>`
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs></styleSheet>`
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tổng hợp" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheet,
    'xl/sharedStrings.xml': sst,
    'xl/styles.xml': styles,
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)])))
}
