import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type Payload,
} from 'payload'
import type { RegistryMember } from '@/payload-types'
import { canHandlePersonalData } from '@/shared/access/personal-data'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { revalidatePublicSite } from '@/shared/cache/revalidate'
import { noMarkup } from '@/shared/fields/common'
import { fold, nfc } from '@/shared/text/vietnamese'
import { readXlsx, XlsxReadError, type XlsxValue } from '@/shared/xlsx/read'
import {
  REGISTRY_KINDS,
  REGISTRY_LEVELS,
  REGISTRY_MEMBERS_SLUG,
  REGISTRY_STATUSES,
  type RegistryKind,
  type RegistryLevel,
} from '../constants'
import { dayFromSerial, isoFromDay, parseViDay } from '../dates'
import { decisionDateProblem, dismissalOrderProblem, statusFromDismissal } from '../rules'
import { COLUMNS, MAX_IMPORT_ROWS, type ColumnKey } from './columns'

/** Something wrong with the file or one of its cells; `row` is the sheet's row number. */
export type ImportProblem = { row?: number; column?: string; message: string }

export type MemberData = {
  fullName: string
  kind: RegistryKind
  level: RegistryLevel
  unit: number
  position: string | null
  fields: number[]
  recognition: { number: string | null; date: string | null; issuer: string | null }
  dismissal: { number: string | null; date: string | null; issuer: string | null; reason: string | null }
  contact?: { phone: string | null; email: string | null }
  note?: string | null
}

export type PlannedRow = { row: number; data: MemberData; existingId: number | null; unitTitle: string }
export type ImportPlan = { ok: true; rows: PlannedRow[] } | { ok: false; status: number; problems: ImportProblem[] }

export const problemText = (p: ImportProblem): string =>
  [p.row ? `Dòng ${p.row}` : null, p.column ? `cột ${p.column}` : null].filter(Boolean).join(', ') +
  (p.row || p.column ? ': ' : '') +
  p.message

const failure = (status: number, message: string): ImportPlan => ({ ok: false, status, problems: [{ message }] })
const key = (text: string) => fold(text).replace(/\s+/g, ' ').trim()
const LIMITS: Partial<Record<ColumnKey, number>> = {
  fullName: 120,
  position: 200,
  recognitionNumber: 60,
  recognitionIssuer: 200,
  dismissalNumber: 60,
  dismissalIssuer: 200,
  dismissalReason: 1000,
  phone: 40,
  note: 2000,
}

/** Builds an index from folded names to ids that remembers names shared by several records. */
function index(entries: { id: number; names: (string | null | undefined)[] }[]): Map<string, number | 'ambiguous'> {
  const map = new Map<string, number | 'ambiguous'>()
  for (const { id, names } of entries) {
    for (const name of new Set(names.filter((n): n is string => Boolean(n)).map(key))) {
      const known = map.get(name)
      map.set(name, known !== undefined && known !== id ? 'ambiguous' : id)
    }
  }
  return map
}

/** Finds the header row among the first rows (an export has a title above it). */
function findHeader(rows: XlsxValue[][]): number {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    if (rows[r]?.some((v) => typeof v === 'string' && key(v) === key(COLUMNS[0].header))) return r
  }
  return -1
}

const cellText = (value: XlsxValue | undefined): string =>
  value === null || value === undefined ? '' : nfc(String(value)).replace(/\s+/g, ' ').trim()

function dateOf(value: XlsxValue | undefined): { day: string | null; error?: string } {
  if (value === null || value === undefined || value === '') return { day: null }
  if (typeof value === 'number') {
    const day = dayFromSerial(value)
    return day ? { day } : { day: null, error: `“${value}” không phải là ngày hợp lệ.` }
  }
  const text = cellText(value)
  if (text === '') return { day: null }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(text)
  const day = iso ? parseViDay(`${iso[3]}/${iso[2]}/${iso[1]}`) : parseViDay(text)
  return day ? { day } : { day: null, error: `“${text}” không phải là ngày hợp lệ (nhập theo dạng dd/mm/yyyy).` }
}

/**
 * Reads and checks a whole workbook before anything is written: every problem of every row is
 * listed, and the plan is only returned when there is none. Rows that match a member already
 * recorded (same name, unit and registry) update that member.
 */
export async function planImport(payload: Payload, user: RoleUser, bytes: Uint8Array): Promise<ImportPlan> {
  if (!isEditorial(user)) return failure(403, 'Chỉ Ban Biên tập được nhập danh sách đội ngũ từ tệp.')
  let rows: XlsxValue[][]
  try {
    rows = readXlsx(bytes).rows
  } catch (err) {
    if (err instanceof XlsxReadError) return failure(400, err.message)
    throw err
  }
  const headerAt = findHeader(rows)
  if (headerAt === -1) {
    return failure(
      400,
      `Không tìm thấy dòng tiêu đề cột (cột đầu tiên phải là “${COLUMNS[0].header}”). Hãy dùng tệp mẫu.`,
    )
  }
  const header = rows[headerAt] ?? []
  const positions = new Map<ColumnKey, number>()
  const problems: ImportProblem[] = []
  header.forEach((value, c) => {
    const text = cellText(value)
    if (text === '') return
    const column = COLUMNS.find((col) => key(col.header) === key(text))
    if (!column) problems.push({ row: headerAt + 1, message: `Cột “${text}” không có trong mẫu.` })
    else if (positions.has(column.key)) problems.push({ row: headerAt + 1, message: `Cột “${text}” bị lặp lại.` })
    else positions.set(column.key, c)
  })
  const missing = COLUMNS.filter((c) => c.required && !positions.has(c.key)).map((c) => `“${c.header}”`)
  if (missing.length) problems.push({ row: headerAt + 1, message: `Thiếu cột ${missing.join(', ')}.` })
  if (problems.length) return { ok: false, status: 400, problems }
  const withContact = positions.has('phone') || positions.has('email')
  if (withContact && !canHandlePersonalData(user)) {
    return failure(403, 'Bạn không có quyền nhập thông tin liên hệ (Điện thoại, Thư điện tử).')
  }

  const body = rows
    .slice(headerAt + 1)
    .map((cells, i) => ({ row: headerAt + 2 + i, cells }))
    .filter(({ cells }) => cells.some((v) => cellText(v) !== ''))
  if (body.length === 0) return failure(400, 'Bảng tính không có dòng dữ liệu nào dưới dòng tiêu đề.')
  if (body.length > MAX_IMPORT_ROWS) {
    return failure(413, `Tệp có ${body.length} dòng; mỗi lần chỉ nhập tối đa ${MAX_IMPORT_ROWS} dòng.`)
  }

  const [units, fields, existing] = await Promise.all([
    payload.find({
      collection: 'units',
      pagination: false,
      depth: 0,
      select: { title: true, shortName: true, slug: true },
      overrideAccess: false,
      user: user as never,
    }),
    payload.find({
      collection: 'legal-fields',
      pagination: false,
      depth: 0,
      select: { title: true, slug: true },
      overrideAccess: false,
      user: user as never,
    }),
    payload.find({
      collection: REGISTRY_MEMBERS_SLUG,
      pagination: false,
      depth: 0,
      select: { nameFolded: true, fullName: true, kind: true, unit: true },
      overrideAccess: false,
      user: user as never,
    }),
  ])
  const unitIndex = index(units.docs.map((u) => ({ id: u.id, names: [u.title, u.shortName, u.slug] })))
  const unitTitles = new Map(units.docs.map((u) => [u.id, u.title]))
  const fieldIndex = index(fields.docs.map((f) => ({ id: f.id, names: [f.title, f.slug] })))
  const kindIndex = new Map(REGISTRY_KINDS.flatMap((k) => [k.value, k.label, k.plural].map((n) => [key(n), k.value])))
  const levelIndex = new Map<string, RegistryLevel>(
    REGISTRY_LEVELS.flatMap((l) => [l.value, l.label, l.label.replace(/^Cấp /, '')].map((n) => [key(n), l.value])),
  )
  const statusIndex = new Map(REGISTRY_STATUSES.flatMap((s) => [s.value, s.label].map((n) => [key(n), s.value])))
  const memberKey = (name: string, unit: number, kind: string) => `${key(name)}|${unit}|${kind}`
  const existingIds = new Map<string, number>()
  for (const m of existing.docs as RegistryMember[]) {
    const unit = typeof m.unit === 'object' ? m.unit?.id : m.unit
    if (unit !== undefined) existingIds.set(memberKey(m.fullName, unit, m.kind), m.id)
  }

  const seen = new Map<string, number>()
  const planned: PlannedRow[] = []
  for (const { row, cells } of body) {
    const rowProblems: ImportProblem[] = []
    const problem = (column: ColumnKey, message: string) =>
      rowProblems.push({ row, column: COLUMNS.find((c) => c.key === column)!.header, message })
    const raw = (column: ColumnKey): XlsxValue | undefined => {
      const at = positions.get(column)
      return at === undefined ? undefined : cells[at]
    }
    const text = (column: ColumnKey): string | null => {
      const value = cellText(raw(column))
      if (value === '') return null
      const limit = LIMITS[column]
      if (limit && value.length > limit) problem(column, `Dài quá ${limit} ký tự.`)
      const markup = noMarkup(value)
      if (markup !== true) problem(column, markup)
      return value
    }

    const fullName = text('fullName')
    if (!fullName) problem('fullName', 'Không được để trống.')
    const kindText = text('kind')
    const kind = kindText ? kindIndex.get(key(kindText)) : undefined
    if (!kindText) problem('kind', 'Không được để trống.')
    else if (!kind)
      problem('kind', `“${kindText}” không phải là đội ngũ nào (${REGISTRY_KINDS.map((k) => k.label).join('; ')}).`)
    const levelText = text('level')
    const level = levelText ? levelIndex.get(key(levelText)) : undefined
    if (!levelText) problem('level', 'Không được để trống.')
    else if (!level) problem('level', `“${levelText}” không hợp lệ (Cấp tỉnh hoặc Cấp xã).`)
    const unitText = text('unit')
    const unit = unitText ? unitIndex.get(key(unitText)) : undefined
    if (!unitText) problem('unit', 'Không được để trống.')
    else if (unit === 'ambiguous') problem('unit', `Có nhiều đơn vị tên “${unitText}”; hãy ghi tên đầy đủ.`)
    else if (unit === undefined) problem('unit', `Không có đơn vị “${unitText}” trong danh mục đơn vị.`)
    const fieldIds: number[] = []
    for (const name of (text('fields') ?? '')
      .split(/[;\n]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const id = fieldIndex.get(key(name))
      if (id === 'ambiguous' || id === undefined) problem('fields', `Không có lĩnh vực “${name}” trong danh mục.`)
      else if (!fieldIds.includes(id)) fieldIds.push(id)
    }
    const recognitionDate = dateOf(raw('recognitionDate'))
    if (recognitionDate.error) problem('recognitionDate', recognitionDate.error)
    const dismissalDate = dateOf(raw('dismissalDate'))
    if (dismissalDate.error) problem('dismissalDate', dismissalDate.error)
    const recognitionIso = recognitionDate.day ? isoFromDay(recognitionDate.day) : null
    const dismissalIso = dismissalDate.day ? isoFromDay(dismissalDate.day) : null
    const future = decisionDateProblem(recognitionIso)
    if (future) problem('recognitionDate', future)
    const dismissedFuture = decisionDateProblem(dismissalIso)
    if (dismissedFuture) problem('dismissalDate', dismissedFuture)
    const order = dismissalOrderProblem(recognitionIso, dismissalIso)
    if (order) problem('dismissalDate', order)
    const dismissal = {
      number: text('dismissalNumber'),
      date: dismissalIso,
      issuer: text('dismissalIssuer'),
      reason: text('dismissalReason'),
    }
    if (dismissal.number && !dismissalDate.day && !dismissalDate.error) {
      problem('dismissalDate', 'Hãy nhập ngày của quyết định miễn nhiệm.')
    }
    if (dismissalDate.day && !dismissal.number) problem('dismissalNumber', 'Hãy nhập số của quyết định miễn nhiệm.')
    const statusText = text('status')
    if (statusText) {
      const status = statusIndex.get(key(statusText))
      if (!status) problem('status', `“${statusText}” không hợp lệ (Đang hoạt động hoặc Đã miễn nhiệm, cho thôi).`)
      else if (!rowProblems.length && status !== statusFromDismissal(dismissal)) {
        problem(
          'status',
          status === 'dismissed'
            ? 'Người đã miễn nhiệm phải có số và ngày QĐ miễn nhiệm.'
            : 'Người có QĐ miễn nhiệm không thể “Đang hoạt động”; hãy xóa QĐ miễn nhiệm hoặc sửa tình trạng.',
        )
      }
    }
    const email = text('email')
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      problem('email', `“${email}” không phải là địa chỉ thư điện tử.`)
    const phone = text('phone')
    if (phone && !/^[0-9+().\s-]{6,40}$/.test(phone)) problem('phone', `“${phone}” không phải là số điện thoại.`)
    const note = positions.has('note') ? text('note') : undefined

    if (fullName && kind && typeof unit === 'number' && !rowProblems.length) {
      const k = memberKey(fullName, unit, kind)
      const earlier = seen.get(k)
      if (earlier !== undefined) problem('fullName', `Trùng với dòng ${earlier} (cùng họ tên, đơn vị và đội ngũ).`)
      seen.set(k, row)
    }
    if (rowProblems.length) {
      problems.push(...rowProblems)
      continue
    }
    const data: MemberData = {
      fullName: fullName!,
      kind: kind!,
      level: level!,
      unit: unit as number,
      position: text('position'),
      fields: fieldIds,
      recognition: { number: text('recognitionNumber'), date: recognitionIso, issuer: text('recognitionIssuer') },
      dismissal,
      ...(withContact ? { contact: { phone, email } } : {}),
      ...(note !== undefined ? { note } : {}),
    }
    planned.push({
      row,
      data,
      existingId: existingIds.get(memberKey(data.fullName, data.unit, data.kind)) ?? null,
      unitTitle: unitTitles.get(data.unit) ?? '',
    })
  }
  if (problems.length) return { ok: false, status: 400, problems }
  return { ok: true, rows: planned }
}

/**
 * Writes a checked plan with the importer's own rights: either every row is created or updated,
 * or (on any failure) nothing is. PostgreSQL runs it in one transaction; the SQLite adapter has
 * transactions switched off (Payload's default), so there the rows already written are undone:
 * created members deleted, updated ones put back as they were.
 */
export async function applyImport(
  payload: Payload,
  user: RoleUser,
  rows: PlannedRow[],
): Promise<{ ok: true; created: number; updated: number } | { ok: false; status: number; problems: ImportProblem[] }> {
  const req = await createLocalReq({ user: user as never, context: { disableRevalidate: true } }, payload)
  const inTransaction = await initTransaction(req)
  const createdIds: number[] = []
  const previous: RegistryMember[] = []
  let current: PlannedRow | null = null
  try {
    for (const row of rows) {
      current = row
      const data = row.data as unknown as Partial<RegistryMember>
      const common = {
        collection: REGISTRY_MEMBERS_SLUG as typeof REGISTRY_MEMBERS_SLUG,
        req,
        overrideAccess: false,
        user: user as never,
        depth: 0,
      }
      if (row.existingId !== null) {
        if (!inTransaction) {
          previous.push(await payload.findByID({ ...common, id: row.existingId, overrideAccess: true }))
        }
        await payload.update({ ...common, id: row.existingId, data })
      } else {
        createdIds.push((await payload.create({ ...common, data: data as RegistryMember })).id)
      }
    }
    if (inTransaction) await commitTransaction(req)
  } catch (err) {
    if (inTransaction) await killTransaction(req)
    else await undo(payload, createdIds, previous)
    const message = validationMessage(err)
    if (message === null) throw err
    return { ok: false, status: 400, problems: [{ row: current?.row, message: `${message} Chưa nhập dòng nào.` }] }
  }
  await revalidatePublicSite(payload, 'registry import')
  const updated = rows.filter((r) => r.existingId !== null).length
  return { ok: true, created: rows.length - updated, updated }
}

/** Undoes the writes of a failed import where no transaction was available. */
async function undo(payload: Payload, createdIds: number[], previous: RegistryMember[]): Promise<void> {
  // System work: the importer had the right to make these changes, and they are being reverted.
  const system = {
    collection: REGISTRY_MEMBERS_SLUG as typeof REGISTRY_MEMBERS_SLUG,
    overrideAccess: true,
    depth: 0,
    context: { disableRevalidate: true },
  }
  if (createdIds.length) await payload.delete({ ...system, where: { id: { in: createdIds } } })
  for (const doc of previous.reverse()) {
    const { id, createdAt: _c, updatedAt: _u, ...data } = doc
    await payload.update({ ...system, id, data })
  }
}

/** The user-facing message of a refused write (validation or access), or null for other failures. */
function validationMessage(err: unknown): string | null {
  if (!(err instanceof APIError) && !(err instanceof ValidationError)) return null
  const data = (err as { data?: { errors?: { message?: string; label?: string }[] } }).data
  const details = (data?.errors ?? []).map((e) => e.message).filter(Boolean)
  return details.length ? details.join(' ') : err.message
}
