import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LegalField, RegistryMember, Unit } from '@/payload-types'
import { isoFromDay } from '@/modules/registries/dates'
import { parseMemberParams } from '@/modules/registries/server/list-params'
import { registriesStatistics } from '@/modules/registries/statistics'
import { columnsFor, COLUMNS } from '@/modules/registries/xlsx/columns'
import { staffExport } from '@/modules/registries/xlsx/export'
import { applyImport, planImport, problemText, type PlannedRow } from '@/modules/registries/xlsx/import'
import type { RoleUser } from '@/shared/access/roles'
import { readXlsx } from '@/shared/xlsx/read'
import { writeXlsx, type XlsxCell } from '@/shared/xlsx/write'
import {
  ACTORS,
  as,
  BOARD,
  createOrg,
  expectForbidden,
  messagesOf,
  peek,
  rejectionOf,
  type Actor,
  type Org,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** Registries: rights of each role, the status hook, validation, XLSX import/export, statistics. */

let t: TestPayload
let org: Org
let fieldA: LegalField
let fieldB: LegalField
let ward: Unit

const day = (d: string) => isoFromDay(d)
const base = (overrides: Partial<RegistryMember> = {}): Partial<RegistryMember> => ({
  fullName: 'Nguyễn Văn Thử',
  kind: 'reporter',
  level: 'province',
  unit: org.unitA.id,
  position: 'Chuyên viên',
  recognition: { number: '125/QĐ-UBND', date: day('2023-03-15'), issuer: 'UBND tỉnh' },
  contact: { phone: '0909 123 456', email: 'thu@example.vn' },
  ...overrides,
})
const create = (data: Partial<RegistryMember>, actor: Actor = 'editor') =>
  t.payload.create({ collection: 'registry-members', data: data as RegistryMember, depth: 0, ...as(org, actor) })
const update = (id: number, data: Partial<RegistryMember>, actor: Actor = 'editor') =>
  t.payload.update({ collection: 'registry-members', id, data, depth: 0, ...as(org, actor) })
const userOf = (actor: Exclude<Actor, 'anonymous'>) => org.users[actor] as unknown as RoleUser

async function clearMembers() {
  await t.payload.delete({ collection: 'registry-members', where: { id: { exists: true } } })
}

beforeAll(async () => {
  t = await startTestPayload('registries')
  org = await createOrg(t.payload, 'reg')
  fieldA = await t.payload.create({ collection: 'legal-fields', data: { title: 'Đất đai' } })
  fieldB = await t.payload.create({ collection: 'legal-fields', data: { title: 'Hôn nhân và gia đình' } })
  ward = await t.payload.create({
    collection: 'units',
    data: { title: 'Ủy ban nhân dân xã Tuyên Bình', shortName: 'Xã Tuyên Bình', kind: 'commune' },
  })
})

afterAll(async () => {
  await t?.close()
})

describe('rights of each role', () => {
  it('lets the editorial board create, update and delete any member', async () => {
    for (const actor of BOARD) {
      const m = await create(base({ fullName: `Thành viên của ${actor}`, unit: org.unitB.id }), actor)
      const changed = await update(m.id, { position: 'Trưởng phòng' }, actor)
      expect(changed.position).toBe('Trưởng phòng')
      await t.payload.delete({ collection: 'registry-members', id: m.id, ...as(org, actor) })
      expect(await peek(t.payload, 'registry-members', m.id)).toBeNull()
    }
  })

  it('refuses writes to experts, viewers and anonymous visitors', async () => {
    const m = await create(base({ fullName: 'Người của ban' }))
    for (const actor of ['expert', 'viewer', 'anonymous'] as const) {
      await expectForbidden(create(base({ fullName: `Của ${actor}` }), actor))
      await expectForbidden(update(m.id, { position: 'Đổi' }, actor))
      await expectForbidden(t.payload.delete({ collection: 'registry-members', id: m.id, ...as(org, actor) }))
    }
  })

  it('locks a contributor to their own unit', async () => {
    // Without a unit: filled in with theirs.
    const own = await create(
      { ...base({ fullName: 'Tuyên truyền viên của đơn vị A' }), unit: undefined },
      'contributor',
    )
    expect(own.unit).toBe(org.unitA.id)
    // Another unit: refused with a Vietnamese message, nothing created.
    const refused = await rejectionOf(create(base({ fullName: 'Người đơn vị B', unit: org.unitB.id }), 'contributor'))
    expect(refused.status).toBe(403)
    expect(refused.message).toMatch(/đơn vị mình/)
    expect(
      (await t.payload.count({ collection: 'registry-members', where: { fullName: { equals: 'Người đơn vị B' } } }))
        .totalDocs,
    ).toBe(0)
    // Updating their unit's member works; moving it to another unit does not.
    expect((await update(own.id, { position: 'Trưởng ấp' }, 'contributor')).position).toBe('Trưởng ấp')
    await expectForbidden(update(own.id, { unit: org.unitB.id }, 'contributor'))
    // Another unit's member is out of reach.
    const other = await create(base({ fullName: 'Báo cáo viên đơn vị B', unit: org.unitB.id }))
    const err = await rejectionOf(update(other.id, { position: 'Đổi' }, 'contributor'))
    expect([403, 404]).toContain(err.status)
    await expectForbidden(t.payload.delete({ collection: 'registry-members', id: own.id, ...as(org, 'contributor') }))
    // A contributor of unit B may only touch unit B.
    const b = await t.payload.create({
      collection: 'registry-members',
      data: { ...base({ fullName: 'Của cộng tác viên B' }), unit: undefined } as unknown as RegistryMember,
      user: org.contributorB,
      overrideAccess: false,
      depth: 0,
    })
    expect(b.unit).toBe(org.unitB.id)
  })

  it('shows the contact only to those who handle personal data', async () => {
    const m = await create(base({ fullName: 'Người có liên hệ' }))
    for (const actor of ACTORS) {
      const read = await t.payload.findByID({ collection: 'registry-members', id: m.id, depth: 0, ...as(org, actor) })
      expect(read.fullName).toBe('Người có liên hệ')
      if (BOARD.includes(actor)) expect(read.contact?.phone, actor).toBe('0909 123 456')
      else expect(read.contact?.phone, actor).toBeUndefined()
      if (!BOARD.includes(actor)) expect(read.contact?.email, actor).toBeUndefined()
    }
    // Imported late: find-members reads the Payload config, which must see the test database.
    const { findMembers } = await import('@/modules/registries/server/find-members')
    const list = await findMembers('reporter', { ...parsed(''), query: 'nguoi co lien he' }, t.payload)
    expect(list.docs).toHaveLength(1)
    expect(JSON.stringify(list.docs)).not.toMatch(/0909|example\.vn/)
  })

  it('does not let a contributor change a contact they cannot read', async () => {
    const own = await create({ ...base({ fullName: 'Liên hệ giữ nguyên' }), unit: undefined }, 'contributor')
    await update(own.id, { contact: { phone: '0000 000 000' } }, 'contributor')
    const stored = (await peek(t.payload, 'registry-members', own.id)) as RegistryMember
    expect(stored.contact?.phone).toBe('0909 123 456')
  })
})

function parsed(query: string) {
  const result = parseMemberParams(Object.fromEntries(new URLSearchParams(query)))
  if (!result.ok) throw new Error(result.message)
  return result.filters
}

describe('status and validation', () => {
  it('follows the dismissal decision', async () => {
    const m = await create(base({ fullName: 'Người sẽ miễn nhiệm' }))
    expect(m.status).toBe('active')
    const dismissed = await update(m.id, {
      dismissal: { number: '3012/QĐ-UBND', date: day('2025-10-06'), issuer: 'UBND tỉnh', reason: 'Nghỉ hưu' },
    })
    expect(dismissed.status).toBe('dismissed')
    // A partial update keeps the decision and the status.
    expect((await update(m.id, { note: 'Ghi chú' })).status).toBe('dismissed')
    // Nobody sets the status by hand against the decision.
    expect((await update(m.id, { status: 'active' })).status).toBe('dismissed')
    const restored = await update(m.id, { dismissal: { number: null, date: null, issuer: null, reason: null } })
    expect(restored.status).toBe('active')
    const created = await create(
      base({ fullName: 'Đã miễn nhiệm từ đầu', dismissal: { number: '1/QĐ-UBND', date: day('2024-01-02') } }),
    )
    expect(created.status).toBe('dismissed')
  })

  it('refuses a dismissal dated before the recognition', async () => {
    const err = await rejectionOf(
      create(base({ fullName: 'Sai ngày', dismissal: { number: '2/QĐ-UBND', date: day('2023-03-14') } })),
    )
    expect(err.status).toBe(400)
    expect(messagesOf(err)).toMatch(/không được trước ngày quyết định công nhận/)
    const m = await create(base({ fullName: 'Sai ngày khi sửa' }))
    const later = await rejectionOf(update(m.id, { dismissal: { number: '2/QĐ-UBND', date: day('2020-01-01') } }))
    expect(messagesOf(later)).toMatch(/không được trước ngày quyết định công nhận/)
  })

  it('refuses a decision dated in the future and a half-filled dismissal', async () => {
    const tomorrow = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString()
    const future = await rejectionOf(
      create(base({ fullName: 'Tương lai', recognition: { number: '1', date: tomorrow } })),
    )
    expect(messagesOf(future)).toMatch(/không được ở tương lai/)
    const half = await rejectionOf(create(base({ fullName: 'Thiếu ngày', dismissal: { number: '9/QĐ-UBND' } })))
    expect(messagesOf(half)).toMatch(/Hãy nhập ngày của quyết định miễn nhiệm/)
  })
})

/** A workbook in the import layout: header row, then the given rows by column header. */
function workbook(rows: Record<string, XlsxCell>[], headers: string[] = COLUMNS.map((c) => c.header)) {
  return writeXlsx([
    {
      name: 'Đội ngũ',
      rows: [{ cells: headers }, ...rows.map((r) => ({ cells: headers.map((h) => r[h] ?? null) }))],
    },
  ])
}

const goodRow = (name: string, extra: Record<string, XlsxCell> = {}): Record<string, XlsxCell> => ({
  'Họ và tên': name,
  'Đội ngũ': 'Tuyên truyền viên pháp luật',
  Cấp: 'Cấp xã',
  'Đơn vị': 'Xã Tuyên Bình',
  'Chức vụ': 'Trưởng ấp',
  'Lĩnh vực': 'Đất đai; hôn nhân và gia đình',
  'Số QĐ công nhận': '66/QĐ-UBND',
  'Ngày QĐ công nhận': '03/03/2026',
  'Cơ quan công nhận': 'UBND xã Tuyên Bình',
  ...extra,
})

describe('XLSX import', () => {
  it('lists every problem with its row and column, and imports nothing', async () => {
    const before = (await t.payload.count({ collection: 'registry-members' })).totalDocs
    const bytes = workbook([
      goodRow('Lê Thị Đúng'),
      goodRow('Trần Văn Sai Ngày', { 'Ngày QĐ công nhận': '31/02/2024' }),
      goodRow('Phạm Văn Sai Đơn Vị', { 'Đơn vị': 'Xã Không Có' }),
      goodRow('', { 'Đội ngũ': 'Đội bóng' }),
      goodRow('Võ Thị Miễn Nhiệm', { 'Số QĐ miễn nhiệm': '7/QĐ-UBND', 'Ngày QĐ miễn nhiệm': '01/01/2025' }),
      goodRow('Lê Thị Đúng'),
    ])
    const plan = await planImport(t.payload, userOf('editor'), bytes)
    expect(plan.ok).toBe(false)
    if (plan.ok) return
    const texts = plan.problems.map(problemText)
    expect(texts).toContain(
      'Dòng 3, cột Ngày QĐ công nhận: “31/02/2024” không phải là ngày hợp lệ (nhập theo dạng dd/mm/yyyy).',
    )
    expect(texts).toContain('Dòng 4, cột Đơn vị: Không có đơn vị “Xã Không Có” trong danh mục đơn vị.')
    expect(texts).toContain('Dòng 5, cột Họ và tên: Không được để trống.')
    expect(texts.some((s) => s.startsWith('Dòng 5, cột Đội ngũ: “Đội bóng” không phải là đội ngũ nào'))).toBe(true)
    expect(texts).toContain(
      'Dòng 6, cột Ngày QĐ miễn nhiệm: Ngày quyết định miễn nhiệm không được trước ngày quyết định công nhận.',
    )
    expect(texts).toContain('Dòng 7, cột Họ và tên: Trùng với dòng 2 (cùng họ tên, đơn vị và đội ngũ).')
    expect((await t.payload.count({ collection: 'registry-members' })).totalDocs).toBe(before)
  })

  it('refuses wrong columns, broken files, empty sheets, too many rows and non-editors', async () => {
    const expectFailure = async (
      bytes: Uint8Array,
      status: number,
      pattern: RegExp,
      actor: 'editor' | 'contributor' = 'editor',
    ) => {
      const plan = await planImport(t.payload, userOf(actor), bytes)
      expect(plan.ok).toBe(false)
      if (plan.ok) return
      expect(plan.status).toBe(status)
      expect(plan.problems.map(problemText).join('\n')).toMatch(pattern)
    }
    const headers = COLUMNS.map((c) => c.header)
    await expectFailure(
      workbook(
        [goodRow('A')],
        headers.filter((h) => h !== 'Đơn vị'),
      ),
      400,
      /Thiếu cột “Đơn vị”/,
    )
    await expectFailure(workbook([goodRow('A')], [...headers, 'Ngày sinh']), 400, /Cột “Ngày sinh” không có trong mẫu/)
    await expectFailure(workbook([goodRow('A')], ['Tên', 'Đơn vị']), 400, /Không tìm thấy dòng tiêu đề cột/)
    await expectFailure(new TextEncoder().encode('Họ và tên;Đơn vị\nA;B'), 400, /không phải là bảng tính XLSX hợp lệ/)
    await expectFailure(workbook([goodRow('A')]).slice(0, 300), 400, /không phải là bảng tính XLSX hợp lệ/)
    await expectFailure(workbook([]), 400, /không có dòng dữ liệu nào/)
    const many = Array.from({ length: 5001 }, (_, i) => goodRow(`Người thứ ${i}`))
    await expectFailure(workbook(many), 413, /tối đa 5000 dòng/)
    await expectFailure(workbook([goodRow('A')]), 403, /Chỉ Ban Biên tập/, 'contributor')
  })

  it('imports every row in one transaction, and none when a write fails', async () => {
    await clearMembers()
    const plan = await planImport(t.payload, userOf('editor'), workbook([goodRow('Lê Văn Một'), goodRow('Lê Văn Hai')]))
    if (!plan.ok) throw new Error(plan.problems.map(problemText).join('\n'))
    // A row that slipped past the checks (forged here) makes the whole import roll back.
    const forged: PlannedRow = {
      ...plan.rows[1]!,
      row: 9,
      data: {
        ...plan.rows[1]!.data,
        fullName: 'Lê Văn Ba',
        dismissal: { number: '1', date: day('2001-01-01'), issuer: null, reason: null },
      },
    }
    const failed = await applyImport(t.payload, userOf('editor'), [...plan.rows, forged])
    expect(failed.ok).toBe(false)
    if (!failed.ok) expect(problemText(failed.problems[0]!)).toMatch(/^Dòng 9: .*Chưa nhập dòng nào\.$/)
    expect((await t.payload.count({ collection: 'registry-members' })).totalDocs).toBe(0)
    const done = await applyImport(t.payload, userOf('editor'), plan.rows)
    expect(done).toEqual({ ok: true, created: 2, updated: 0 })
    const one = await t.payload.find({
      collection: 'registry-members',
      where: { fullName: { equals: 'Lê Văn Một' } },
      depth: 0,
    })
    expect(one.docs[0]).toMatchObject({
      kind: 'propagandist',
      level: 'commune',
      unit: ward.id,
      fields: [fieldA.id, fieldB.id],
    })
    expect(one.docs[0]!.recognition?.date).toBe(day('2026-03-03'))
    // The same file again updates instead of duplicating; an Excel day serial is a date too.
    const again = await planImport(
      t.payload,
      userOf('editor'),
      workbook([
        goodRow('Lê Văn Một', { 'Chức vụ': 'Bí thư Chi bộ', 'Ngày QĐ công nhận': 46084 }),
        goodRow('lê văn hai'),
      ]),
    )
    if (!again.ok) throw new Error(again.problems.map(problemText).join('\n'))
    expect(again.rows.every((r) => r.existingId !== null)).toBe(true)
    expect(await applyImport(t.payload, userOf('editor'), again.rows)).toEqual({ ok: true, created: 0, updated: 2 })
    const after = await t.payload.find({
      collection: 'registry-members',
      where: { fullName: { equals: 'Lê Văn Một' } },
      depth: 0,
    })
    expect(after.docs[0]!.position).toBe('Bí thư Chi bộ')
    expect(after.docs[0]!.recognition?.date).toBe(day('2026-03-03'))
    expect((await t.payload.count({ collection: 'registry-members' })).totalDocs).toBe(2)
  })

  it('round-trips: an export imported into an empty registry gives the same records', async () => {
    await clearMembers()
    const originals = [
      base({ fullName: 'Huỳnh Thị Ngọc Lan', fields: [fieldA.id, fieldB.id], note: 'Ghi chú nội bộ' }),
      base({
        fullName: 'Trần Quốc Việt',
        kind: 'council-member',
        unit: org.unitB.id,
        fields: [],
        contact: { phone: null, email: null },
        dismissal: {
          number: '3012/QĐ-UBND',
          date: day('2025-10-06'),
          issuer: 'UBND tỉnh',
          reason: 'Nghỉ hưu; chuyển công tác',
        },
      }),
      base({
        fullName: 'Phạm Văn Đông',
        kind: 'mediator',
        level: 'commune',
        unit: ward.id,
        position: null,
        recognition: {},
      }),
    ]
    for (const o of originals) await create(o)
    const snapshot = async () => {
      const all = await t.payload.find({
        collection: 'registry-members',
        sort: 'fullName',
        pagination: false,
        depth: 0,
      })
      return all.docs.map((m) => ({
        fullName: m.fullName,
        kind: m.kind,
        level: m.level,
        unit: m.unit,
        position: m.position ?? null,
        fields: [...(m.fields ?? [])].sort(),
        recognition: {
          number: m.recognition?.number ?? null,
          date: m.recognition?.date ?? null,
          issuer: m.recognition?.issuer ?? null,
        },
        dismissal: {
          number: m.dismissal?.number ?? null,
          date: m.dismissal?.date ?? null,
          issuer: m.dismissal?.issuer ?? null,
          reason: m.dismissal?.reason ?? null,
        },
        status: m.status,
        contact: { phone: m.contact?.phone ?? null, email: m.contact?.email ?? null },
        note: m.note ?? null,
      }))
    }
    const before = await snapshot()
    const bytes = await staffExport(t.payload, userOf('editor'), null)
    const sheet = readXlsx(bytes).rows
    expect(sheet[3]).toEqual(columnsFor('personal-data').map((c) => c.header))
    await clearMembers()
    const plan = await planImport(t.payload, userOf('editor'), bytes)
    if (!plan.ok) throw new Error(plan.problems.map(problemText).join('\n'))
    expect(await applyImport(t.payload, userOf('editor'), plan.rows)).toEqual({ ok: true, created: 3, updated: 0 })
    expect(await snapshot()).toEqual(before)
  })

  it('leaves contact columns out of exports for those who may not read them', async () => {
    const viewerFile = readXlsx(await staffExport(t.payload, userOf('viewer'), 'reporter')).rows
    expect(viewerFile[3]).not.toContain('Điện thoại')
    expect(viewerFile[3]).not.toContain('Thư điện tử')
    expect(JSON.stringify(viewerFile)).not.toContain('0909 123 456')
    expect(columnsFor('public').map((c) => c.header)).not.toContain('Điện thoại')
  })
})

describe('statistics', () => {
  it('counts active, recognised and dismissed members by period and unit', async () => {
    await clearMembers()
    const rows: Partial<RegistryMember>[] = [
      // unit A: two provincial reporters (one dismissed in 2025), one propagandist recognised in 2025
      base({ fullName: 'A1', recognition: { number: '1', date: day('2022-01-18') } }),
      base({
        fullName: 'A2',
        recognition: { number: '1', date: day('2022-01-18') },
        dismissal: { number: '2', date: day('2025-10-06') },
      }),
      base({
        fullName: 'A3',
        kind: 'propagandist',
        level: 'commune',
        recognition: { number: '3', date: day('2025-01-01') },
      }),
      // unit B: a commune reporter recognised on the last day of 2024 in Vietnam (17:30 UTC the day before)
      base({
        fullName: 'B1',
        level: 'commune',
        unit: org.unitB.id,
        recognition: { number: '4', date: '2024-12-30T17:30:00.000Z' },
      }),
      base({ fullName: 'B2', kind: 'mediator', level: 'commune', unit: org.unitB.id, recognition: {} }),
    ]
    for (const r of rows) await create(r)
    const vn = (d: string) => new Date(`${d}T00:00:00+07:00`)
    const figures = async (from: string, to: string, unitIds: number[] | null) => {
      const out = await registriesStatistics.collect(t.payload, {
        from: vn(from),
        to: vn(to),
        unitIds,
        scope: 'public',
      })
      return { map: Object.fromEntries(out.figures.map((f) => [f.key, f.value])), tables: out.tables }
    }
    const y2025 = await figures('2025-01-01', '2026-01-01', null)
    expect(y2025.map['registries.reporter.active']).toBe(2) // A1 and B1 (A2 left in October)
    expect(y2025.map['registries.reporter.province.active']).toBe(1)
    expect(y2025.map['registries.reporter.commune.active']).toBe(1)
    expect(y2025.map['registries.reporter.recognised']).toBe(0)
    expect(y2025.map['registries.reporter.dismissed']).toBe(1)
    expect(y2025.map['registries.propagandist.active']).toBe(1)
    expect(y2025.map['registries.propagandist.recognised']).toBe(1)
    expect(y2025.map['registries.mediator.active']).toBe(1)
    expect(y2025.map['registries.council-member.active']).toBe(0)
    const y2024 = await figures('2024-01-01', '2025-01-01', null)
    expect(y2024.map['registries.reporter.active']).toBe(3)
    expect(y2024.map['registries.reporter.recognised']).toBe(1)
    expect(y2024.map['registries.propagandist.active']).toBe(0)
    const unitA = await figures('2025-01-01', '2026-01-01', [org.unitA.id])
    expect(unitA.map['registries.reporter.active']).toBe(1)
    expect(unitA.map['registries.reporter.dismissed']).toBe(1)
    expect(unitA.map['registries.mediator.active']).toBe(0)
    const none = await figures('2025-01-01', '2026-01-01', [])
    expect(none.map['registries.reporter.active']).toBe(0)

    const all = await figures('2020-01-01', '2027-01-01', null)
    const table = (key: string) => all.tables.find((tb) => tb.key === key)!
    expect(table('registries.by-kind-level').rows.find((r) => r.key === 'reporter')!.values).toEqual([1, 1, 2])
    const byUnit = table('registries.by-unit').rows
    expect(byUnit.map((r) => [r.label, r.values.at(-1)])).toEqual([
      [org.unitA.title, 2],
      [org.unitB.title, 2],
    ])
    expect(table('registries.by-year').rows.map((r) => [r.label, ...r.values])).toEqual([
      ['2022', 2, 0],
      ['2024', 1, 0],
      ['2025', 1, 1],
    ])
  })
})
