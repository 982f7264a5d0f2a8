import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Unit, User } from '@/payload-types'
import { readXlsx, readXlsxSheetNames } from '@/shared/xlsx/read'
import { createOrg, createUser, PASSWORD, richText, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { sessionHeaders } from '../helpers/sessions'

/**
 * The XLSX exports of the statistics (issue 5 §5): the public page's to anyone, the managers'
 * dashboard only to the editorial board and viewers (any unit) and contributors (their own unit
 * with its sub-units); bad filters are a Vietnamese 400.
 */

let t: TestPayload
let payload: Payload
let org: Org
let subUnit: Unit
let subContributor: User
const tokens = new Map<number | string, Record<string, string>>()
// Imported once the test database is chosen: the route's module reads the Payload config, whose
// adapter takes DATABASE_URL when it is first imported.
let statisticsExport: typeof import('@/modules/statistics/server/export-response').statisticsExport

beforeAll(async () => {
  t = await startTestPayload('statistics-export')
  payload = t.payload
  ;({ statisticsExport } = await import('@/modules/statistics/server/export-response'))
  org = await createOrg(payload, 'tkx')
  subUnit = await payload.create({
    collection: 'units',
    data: { title: 'Phòng trực thuộc tkx', kind: 'agency', parent: org.unitA.id },
  })
  subContributor = await createUser(payload, 'ctv-phong-tkx', 'contributor', subUnit.id)
  for (const [unit, n] of [
    [org.unitA, 2],
    [subUnit, 1],
    [org.unitB, 4],
  ] as const) {
    for (let i = 0; i < n; i++) {
      await payload.create({
        collection: 'articles',
        data: {
          title: `Bài ${unit.title} ${i}`,
          body: richText('Nội dung'),
          section: org.section.id,
          unit: unit.id,
          publishedAt: new Date('2025-05-10T03:00:00Z').toISOString(),
        },
        overrideAccess: true,
        context: {
          disableRevalidate: true,
          disableSearchIndex: true,
          systemAction: { action: 'publish', byName: 'Kiểm thử' },
        },
      })
    }
  }
})
afterAll(async () => {
  await t?.close()
})

async function get(mode: 'public' | 'internal', query: string, user: User | null): Promise<Response> {
  const headers = new Headers()
  if (user) {
    if (!tokens.has(user.id)) {
      tokens.set(user.id, await sessionHeaders(payload, user.email, PASSWORD))
    }
    for (const [name, value] of Object.entries(tokens.get(user.id) ?? {})) headers.set(name, value)
  }
  const path = mode === 'public' ? '/api/thong-ke/tai-xuong' : '/api/thong-ke/noi-bo/tai-xuong'
  return statisticsExport(new Request(`http://localhost${path}?${query}`, { headers }), mode, payload)
}

const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer())
/** The value next to a label in the first column of a sheet. */
const valueOf = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label)?.[1]

describe('the public export', () => {
  it('gives anyone the public sections, one sheet each, with the figures', async () => {
    const res = await get('public', 'ky=ca-nam&nam=2025', null)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    expect(res.headers.get('content-disposition')).toContain('thong-ke-2025-01-01-den-2025-12-31.xlsx')
    const file = await bytes(res)
    const names = readXlsxSheetNames(file)
    expect(names).toContain('Tin, bài đã đăng')
    const news = readXlsx(file, { sheet: 'Tin, bài đã đăng' }).rows
    expect(news[0]?.[0]).toBe('Tin, bài đã đăng')
    expect(String(news[1]?.[0])).toContain('01/01/2025 – 31/12/2025')
    expect(valueOf(news, 'Bài viết đã đăng')).toBe(7)
  })
  it('exports one table, and never an internal-only one', async () => {
    const res = await get('public', 'ky=ca-nam&nam=2025&bang=news.by-unit', null)
    expect(res.status).toBe(200)
    const rows = readXlsx(await bytes(res)).rows
    expect(valueOf(rows, org.unitB.title)).toBe(4)
    expect((await get('public', 'ky=ca-nam&nam=2025&bang=dialogue.by-decision', null)).status).toBe(404)
  })
  it('counts a unit with its sub-units', async () => {
    const rows = readXlsx(await bytes(await get('public', `ky=ca-nam&nam=2025&don-vi=${org.unitA.id}`, null)), {
      sheet: 'Tin, bài đã đăng',
    }).rows
    expect(valueOf(rows, 'Bài viết đã đăng')).toBe(3)
    expect(String(rows[1]?.[0])).toContain(org.unitA.title)
  })
  it.each([
    ['ky=tuy-chon&tu=2025-05-01&den=2025-04-01', '"Từ ngày" phải trước hoặc bằng "Đến ngày".'],
    ['ky=tuy-chon&tu=2001-01-01&den=2025-01-01', 'Khoảng thời gian thống kê tối đa 10 năm.'],
    ['don-vi=999999', 'Không tìm thấy đơn vị đã chọn.'],
    ['bang=<script>', 'Mã bảng không hợp lệ.'],
  ])('refuses %s with a Vietnamese 400', async (query, message) => {
    const res = await get('public', query, null)
    expect(res.status).toBe(400)
    expect(await res.text()).toBe(message)
  })
})

describe('the internal export of the dashboard', () => {
  it('is refused to a visitor and to an expert', async () => {
    const anonymous = await get('internal', 'ky=ca-nam&nam=2025', null)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).toContain('đăng nhập')
    expect((await get('internal', 'ky=ca-nam&nam=2025', org.users.expert)).status).toBe(403)
  })
  it.each(['viewer', 'editor', 'editor-in-chief', 'admin'] as const)(
    'is given to the %s for the whole province, with internal tables',
    async (role) => {
      const res = await get('internal', 'ky=ca-nam&nam=2025', org.users[role])
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('private, no-store')
      const file = await bytes(res)
      expect(valueOf(readXlsx(file, { sheet: 'Tin, bài đã đăng' }).rows, 'Bài viết đã đăng')).toBe(7)
      const dialogue = readXlsx(file, { sheet: readXlsxSheetNames(file).find((n) => n.startsWith('Đối thoại'))! }).rows
      expect(dialogue.some((r) => r[0] === 'Ý kiến theo kết quả tiếp thu, giải trình')).toBe(true)
    },
  )
  it('gives a contributor their own unit with its sub-units, and nothing else', async () => {
    const own = await get('internal', 'ky=ca-nam&nam=2025', org.users.contributor)
    expect(own.status).toBe(200)
    expect(valueOf(readXlsx(await bytes(own), { sheet: 'Tin, bài đã đăng' }).rows, 'Bài viết đã đăng')).toBe(3)
    const sub = await get('internal', `ky=ca-nam&nam=2025&don-vi=${subUnit.id}`, org.users.contributor)
    expect(sub.status).toBe(200)
    const other = await get('internal', `ky=ca-nam&nam=2025&don-vi=${org.unitB.id}`, org.users.contributor)
    expect(other.status).toBe(403)
    expect(await other.text()).toBe('Bạn chỉ xem được số liệu của đơn vị mình và các đơn vị trực thuộc.')
    // a contributor of the sub-unit cannot climb to the parent
    expect((await get('internal', `ky=ca-nam&nam=2025&don-vi=${org.unitA.id}`, subContributor)).status).toBe(403)
  })
})
