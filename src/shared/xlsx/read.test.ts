import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { parseCellRef, readXlsx, readXlsxSheetNames, XlsxReadError } from './read'
import { writeXlsx } from './write'

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A package made by hand, the way other producers lay it out. */
function pack(files: Record<string, string>, level: 0 | 6 = 6): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([n, x]) => [n, [strToU8(x), { level }]])))
}

const rels = (target: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${target}"/></Relationships>`

/** Excel's style: prefixed namespaces, absolute targets, rich text and phonetic runs, inline strings. */
function excelLike(): Uint8Array {
  return pack({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': rels('/xl/workbook.xml'),
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${NS}" xmlns:r="${REL_NS}"><x:sheets><x:sheet name="Ẩn" sheetId="3" r:id="rId7"/><x:sheet name="Danh sách" sheetId="1" r:id="rId2"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${REL_NS}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId7" Type="${REL_NS}/worksheet" Target="worksheets/hidden.xml"/><Relationship Id="rId9" Type="${REL_NS}/sharedStrings" Target="strings.xml"/></Relationships>`,
    'xl/strings.xml': `<x:sst xmlns:x="${NS}"><x:si><x:t>Họ và tên</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Nguyễn </x:t></x:r><x:r><x:t>Văn A</x:t></x:r><x:rPh><x:t>phonetic</x:t></x:rPh></x:si><x:si><x:t>A &amp; B &lt;C&gt; &#272;</x:t></x:si></x:sst>`,
    'xl/worksheets/data.xml': `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Ghi chú</x:t></x:is></x:c></x:row><x:row r="4"><x:c r="A4" t="s"><x:v>1</x:v></x:c><x:c r="B4"><x:v>45366</x:v></x:c><x:c r="D4" t="b"><x:v>1</x:v></x:c><x:c r="E4" t="str"><x:f>A4</x:f><x:v>tính</x:v></x:c><x:c r="F4" t="s"><x:v>2</x:v></x:c><x:c r="G4"/></x:row></x:sheetData></x:worksheet>`,
    'xl/worksheets/hidden.xml': `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>-1.5E3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    'xl/media/image1.png': 'not really a png',
  })
}

/** LibreOffice's style: default namespace, relative targets, rows and cells without references. */
function libreOfficeLike(): Uint8Array {
  return pack(
    {
      '_rels/.rels': rels('xl/workbook.xml'),
      'xl/workbook.xml': `<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Trang tính1" sheetId="1" state="visible" r:id="rId2"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      'xl/sharedStrings.xml': `<sst xmlns="${NS}" count="2" uniqueCount="2"><si><t xml:space="preserve"> Trần Thị B </t></si><si><t>FALSE</t></si></sst>`,
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${NS}"><sheetData><row><c s="1" t="s"><v>0</v></c><c t="n"><v>12</v></c></row><row><c t="b"><v>0</v></c><c t="e"><v>#DIV/0!</v></c></row></sheetData></worksheet>`,
    },
    0,
  )
}

describe('readXlsx', () => {
  it('reads back what writeXlsx wrote, on every sheet', () => {
    const bytes = writeXlsx([
      { name: 'Một', rows: [{ cells: ['Họ và tên', 'Số'], style: 'header' }, { cells: ['Lê Văn Cường', 42] }] },
      { name: 'Hai', rows: [{ cells: [null, '', 'ở cột C'] }, { cells: [] }, { cells: [3.25] }] },
    ])
    expect(readXlsxSheetNames(bytes)).toEqual(['Một', 'Hai'])
    expect(readXlsx(bytes).rows).toEqual([
      ['Họ và tên', 'Số'],
      ['Lê Văn Cường', 42],
    ])
    const second = readXlsx(bytes, { sheet: 'Hai' })
    expect(second.name).toBe('Hai')
    expect(second.rows).toEqual([[null, null, 'ở cột C'], [], [3.25]])
    expect(readXlsx(bytes, { sheet: 1 }).rows).toEqual(second.rows)
  })

  it('reads an Excel-style package: prefixes, rich text, inline strings, gaps, booleans, formulas', () => {
    const bytes = excelLike()
    expect(readXlsxSheetNames(bytes)).toEqual(['Ẩn', 'Danh sách'])
    expect(readXlsx(bytes).rows).toEqual([[-1500]])
    const { rows } = readXlsx(bytes, { sheet: 'Danh sách' })
    expect(rows).toEqual([
      ['Họ và tên', null, 'Ghi chú'],
      [],
      [],
      ['Nguyễn Văn A', 45366, null, true, 'tính', 'A & B <C> Đ'],
    ])
  })

  it('reads a LibreOffice-style package: stored entries, rows and cells without references', () => {
    const { name, rows } = readXlsx(libreOfficeLike())
    expect(name).toBe('Trang tính1')
    expect(rows).toEqual([
      [' Trần Thị B ', 12],
      [false, '#DIV/0!'],
    ])
  })

  it('refuses files that are not workbooks with a Vietnamese message', () => {
    const bad = [
      strToU8('Họ và tên,Đơn vị\nA,B'),
      new Uint8Array(0),
      writeXlsx([{ name: 'A', rows: [{ cells: ['x'] }] }]).slice(0, 200),
      pack({ 'hello.txt': 'no workbook here' }),
      pack({ '_rels/.rels': rels('xl/workbook.xml'), 'xl/workbook.xml': `<workbook xmlns="${NS}"><sheets>` }),
    ]
    for (const bytes of bad) {
      expect(() => readXlsx(bytes)).toThrow(XlsxReadError)
      expect(() => readXlsx(bytes)).toThrow(/không phải là bảng tính XLSX hợp lệ|bị hỏng/)
    }
  })

  it('refuses a sheet that does not exist', () => {
    expect(() => readXlsx(libreOfficeLike(), { sheet: 'Không có' })).toThrow(/không có trang “Không có”/)
    expect(() => readXlsx(libreOfficeLike(), { sheet: 4 })).toThrow(XlsxReadError)
  })

  it('refuses a zip bomb before inflating it', () => {
    // 30 MB of one repeated cell compresses to a few tens of kilobytes.
    const row = '<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>'
    const huge = `<worksheet xmlns="${NS}"><sheetData>${row.repeat(400_000)}</sheetData></worksheet>`
    const bytes = pack({
      '_rels/.rels': rels('xl/workbook.xml'),
      'xl/workbook.xml': `<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/s.xml"/></Relationships>`,
      'xl/worksheets/s.xml': huge,
    })
    expect(bytes.length).toBeLessThan(1024 * 1024)
    expect(() => readXlsx(bytes, { maxUncompressedBytes: 5 * 1024 * 1024 })).toThrow(/quá lớn khi giải nén/)
  })

  it('parses cell references', () => {
    expect(parseCellRef('A1')).toEqual({ col: 0, row: 0 })
    expect(parseCellRef('$AB$12')).toEqual({ col: 27, row: 11 })
    expect(parseCellRef('XFD1048576')).toEqual({ col: 16383, row: 1048575 })
    expect(parseCellRef('1A')).toBeNull()
  })
})
