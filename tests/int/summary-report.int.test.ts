import { spawnSync } from 'node:child_process'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { createOrg, PASSWORD, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { pdfTexts } from './dialogue-helpers'
import { sessionHeaders } from '../helpers/sessions'

/**
 * The summary report (issue 5 §5): the PDF's text (national header, title, period, figures,
 * tables, closing blocks) and the XLSX read back, for known provider figures; the download route
 * over real activity records for the staff who may read them, and its refusals.
 */

let t: TestPayload
let payload: Payload
let org: Org
let report: typeof import('@/modules/statistics/report/build')
let pdf: typeof import('@/modules/statistics/report/pdf')
let xlsx: typeof import('@/modules/statistics/report/xlsx')
let fixture: typeof import('@/modules/statistics/report/fixture')
let response: typeof import('@/modules/statistics/report/response')
let reader: typeof import('@/shared/xlsx/read')
let presets: typeof import('@/modules/statistics/report/presets')
const tokens = new Map<number, Record<string, string>>()

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0

/** The PDF's text, page by page: pdftotext when installed, else our own decoding (one page). */
function pdfPages(bytes: Uint8Array): string[] {
  if (!hasPdftotext) return [pdfTexts(bytes).join('\n')]
  const out = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: Buffer.from(bytes) })
  if (out.status !== 0) throw new Error(out.stderr.toString())
  return out.stdout
    .toString('utf8')
    .split('\f')
    .filter((p) => p.trim())
}
/** Text with the layout's runs of spaces made single, so phrases can be looked for. */
const flat = (s: string) => s.normalize('NFC').replace(/[ \t]+/g, ' ')

async function get(query: string, user: User | null): Promise<Response> {
  const headers = new Headers()
  if (user) {
    if (!tokens.has(user.id)) {
      tokens.set(user.id, await sessionHeaders(payload, user.email, PASSWORD))
    }
    for (const [name, value] of Object.entries(tokens.get(user.id) ?? {})) headers.set(name, value)
  }
  const request = new Request(`http://localhost/api/thong-ke/bao-cao-tong-hop?${query}`, { headers })
  return response.summaryReportResponse(request, payload)
}

async function activity(unit: number, date: string, participants: number, status: string) {
  // Written as the system, which may set any status (the lifecycle is tested by the activities module).
  return payload.create({
    collection: 'activities',
    data: {
      title: `Hội nghị phổ biến pháp luật ${date}`,
      date,
      form: 'direct',
      sessions: 2,
      participants,
      unit,
      status,
    } as never,
  })
}

beforeAll(async () => {
  t = await startTestPayload('summary-report')
  payload = t.payload
  org = await createOrg(payload, 'bc')
  report = await import('@/modules/statistics/report/build')
  pdf = await import('@/modules/statistics/report/pdf')
  xlsx = await import('@/modules/statistics/report/xlsx')
  fixture = await import('@/modules/statistics/report/fixture')
  response = await import('@/modules/statistics/report/response')
  reader = await import('@/shared/xlsx/read')
  presets = await import('@/modules/statistics/report/presets')
  await activity(org.unitA.id, '2021-03-10T02:00:00.000Z', 150, 'verified')
  await activity(org.unitA.id, '2021-11-20T02:00:00.000Z', 1200, 'submitted')
  await activity(org.unitA.id, '2021-06-01T02:00:00.000Z', 999, 'draft')
  await activity(org.unitB.id, '2021-08-15T02:00:00.000Z', 85, 'verified')
  // Outside 2021: 31/12/2020 23:30 in Vietnam.
  await activity(org.unitB.id, '2020-12-31T16:30:00.000Z', 7000, 'verified')
}, 120_000)

afterAll(async () => {
  await t?.close()
})

const fixtureReport = (extraRows = 0) => {
  const preset = presets.presetByKey('de-an-471')!
  const providers = fixture.fixtureProviders()
  if (extraRows > 0) {
    // A long table, to see its header repeated on the next pages.
    const base = providers[0]!
    providers[0] = {
      ...base,
      collect: async (p, q) => {
        const c = await base.collect(p, q)
        const [first, ...others] = c.tables
        const rows = Array.from({ length: extraRows }, (_, i) => ({
          key: `u${i}`,
          label: `Ủy ban nhân dân xã số ${i + 1}`,
          values: [i, i * 100],
        }))
        return { ...c, tables: [{ ...first!, rows: [...first!.rows, ...rows] }, ...others] }
      },
    }
  }
  return report.buildSummaryReport(payload, {
    programme: { name: preset.name, basis: preset.basis },
    fromDay: '2019-01-01',
    toDay: '2021-12-31',
    providers,
    // The fixture providers share their keys with the real ones: no cached figures.
    cache: false,
    issuedAt: new Date('2026-03-04T18:30:00.000Z'),
  })
}

describe('the summary report PDF', () => {
  it('has the national header, the title, the period and the figures in Vietnamese style', async () => {
    const bytes = await pdf.summaryReportPdf(await fixtureReport())
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-')
    const text = flat(pdfPages(bytes).join('\n'))
    for (const phrase of [
      'ỦY BAN NHÂN DÂN TỈNH LONG AN',
      'SỞ TƯ PHÁP',
      '/BC-STP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Long An, ngày 05 tháng 3 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện Đề án 471 giai đoạn 2019–2021',
      'I. TÌNH HÌNH CHUNG',
      'II. KẾT QUẢ CỤ THỂ',
      '1. Hoạt động phổ biến, giáo dục pháp luật',
      'Số lượt người tham dự: 1.234.567 lượt người.',
      'Kinh phí: 3.500.000.000 đồng.',
      'Thời gian trả lời trung bình: 12,5 ngày.',
      'Bảng 1. Hoạt động theo hình thức',
      'Nơi nhận:',
      'GIÁM ĐỐC',
    ]) {
      if (hasPdftotext) expect(text).toContain(phrase)
      else expect(text.replace(/\s+/g, '')).toContain(phrase.replace(/\s+/g, ''))
    }
  })

  it('repeats a long table’s header on every page it continues on, and numbers the pages', async () => {
    if (!hasPdftotext) return // page-by-page text needs pdftotext
    const pages = pdfPages(await pdf.summaryReportPdf(await fixtureReport(250))).map(flat)
    expect(pages.length).toBeGreaterThanOrEqual(4)
    const withRows = pages.filter((p) => /Ủy ban nhân dân xã số \d+/.test(p))
    expect(withRows.length).toBeGreaterThanOrEqual(3)
    for (const page of withRows) expect(page).toMatch(/STT Hình thức .*Số cuộc/)
    // Page numbers from page 2, at the top.
    pages.slice(1).forEach((page, i) => expect(page.trimStart().split('\n')[0]!.trim()).toBe(String(i + 2)))
  })
})

describe('the summary report XLSX', () => {
  it('has a cover sheet with the header and the headline figures as numbers, and a sheet per section', async () => {
    const bytes = xlsx.summaryReportXlsx(await fixtureReport())
    const names = reader.readXlsxSheetNames(bytes)
    expect(names[0]).toBe('Báo cáo')
    expect(names).toHaveLength(7)
    expect(names[1]).toMatch(/^1\. Hoạt động phổ biến/)
    const cover = reader.readXlsx(bytes).rows
    const cells = cover.flat()
    expect(cells).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(cells).toContain('ỦY BAN NHÂN DÂN TỈNH LONG AN')
    expect(cells).toContain('SỞ TƯ PHÁP')
    expect(cells).toContain('Kết quả thực hiện Đề án 471 giai đoạn 2019–2021')
    expect(cover.find((r) => r[4] === 'activities.participants')?.slice(1, 4)).toEqual([
      'Số lượt người tham dự',
      1234567,
      'lượt người',
    ])
    expect(cover.find((r) => r[4] === 'qa.avg-answer-days')?.[2]).toBe(12.5)
    const activities = reader.readXlsx(bytes, { sheet: 1 }).rows
    expect(activities).toContainEqual([1, 'Phổ biến pháp luật trực tiếp (hội nghị, tập huấn, tọa đàm)', 812, 98765])
    expect(activities.flat()).toContain('Bảng 2. Hoạt động theo tháng')
  })
})

describe('GET /api/thong-ke/bao-cao-tong-hop', () => {
  const YEAR = 'programme=de-an-471&from=2021-01-01&to=2021-12-31'
  const participantsOf = async (res: Response) => {
    const cover = reader.readXlsx(new Uint8Array(await res.arrayBuffer())).rows
    return cover.find((r) => r[4] === 'activities.participants')?.[2]
  }

  it('gives a viewer the province-wide XLSX counting submitted and verified records of the period', async () => {
    const res = await get(`${YEAR}&format=xlsx`, org.users.viewer)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="bao-cao-de-an-471-2021.xlsx"; filename*=UTF-8''${encodeURIComponent('Báo cáo Đề án 471 2021.xlsx')}`,
    )
    expect(await participantsOf(res)).toBe(150 + 1200 + 85)
  })

  it('gives an administrator the PDF with the same total in the text', async () => {
    const res = await get(`${YEAR}&format=pdf`, org.users.admin)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const text = flat(pdfPages(new Uint8Array(await res.arrayBuffer())).join('\n'))
    if (hasPdftotext) {
      expect(text).toContain('Kết quả thực hiện Đề án 471 năm 2021')
      expect(text).toContain('1.435 lượt người')
    }
  })

  it('counts one unit with its sub-units when a unit is chosen, and names the unit as issuer', async () => {
    const res = await get(`${YEAR}&format=xlsx&unit=${org.unitA.id}`, org.users.editor)
    expect(res.status).toBe(200)
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain(org.unitA.title)
    expect(await participantsOf(res)).toBe(150 + 1200)
  })

  it('lets a contributor download their own unit’s report, chosen for them when left empty', async () => {
    const own = await get(`${YEAR}&format=xlsx&unit=`, org.users.contributor)
    expect(own.status).toBe(200)
    expect(await participantsOf(own)).toBe(150 + 1200)
    const explicit = await get(`${YEAR}&format=xlsx&unit=${org.unitA.id}`, org.users.contributor)
    expect(explicit.status).toBe(200)
  })

  it('refuses a contributor asking for another unit, an expert and an anonymous visitor', async () => {
    const other = await get(`${YEAR}&unit=${org.unitB.id}`, org.users.contributor)
    expect(other.status).toBe(403)
    expect(await other.text()).toBe('Cộng tác viên chỉ được lập báo cáo của đơn vị mình và các đơn vị trực thuộc.')
    const expert = await get(YEAR, org.users.expert)
    expect(expert.status).toBe(403)
    expect(await expert.text()).toBe('Tài khoản của bạn không có quyền lập báo cáo tổng hợp.')
    const anonymous = await get(YEAR, null)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).toMatch(/đăng nhập/)
  })

  it('answers bad parameters with a Vietnamese 400', async () => {
    const cases: [string, string][] = [
      ['programme=de-an-471&format=docx', 'Định dạng phải là "pdf" hoặc "xlsx".'],
      ['programme=de-an-471&from=2021-13-01&to=2021-12-31', '"Từ ngày" không hợp lệ (ví dụ: 01/01/2019).'],
      ['programme=de-an-471&from=2022-01-01&to=2021-12-31', '"Từ ngày" phải trước hoặc bằng "Đến ngày".'],
      ['programme=de-an-471&unit=-3', 'Mã đơn vị không hợp lệ.'],
      ['programme=de-an-471&unit=987654', 'Không tìm thấy đơn vị đã chọn.'],
      ['programme=de-an-471&x=1', 'Tham số "x" không được hỗ trợ.'],
    ]
    for (const [query, message] of cases) {
      const res = await get(query, org.users.admin)
      expect(res.status, query).toBe(400)
      expect(await res.text()).toBe(message)
    }
  })
})
