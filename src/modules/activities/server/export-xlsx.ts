import type { Payload, TypedUser, Where } from 'payload'
import type { Activity } from '@/payload-types'
import { isContributor, isEditorial, hasRole, ROLES, unitIdOf, type RoleUser } from '@/shared/access/roles'
import { userError } from '@/shared/errors'
import { formatDate } from '@/shared/text/vietnamese'
import { writeXlsx, type XlsxRow } from '@/shared/xlsx/write'
import { ACTIVITIES_SLUG, ACTIVITY_FORMS, isStatus } from '../constants'
import { STATUS_LABELS } from '../states'

export const EXPORT_ROW_LIMIT = 20_000

export type ExportFilter = { unit?: number | null; from?: Date | null; to?: Date | null; status?: string | null }

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

/** Reads the list filters of the export URL (?don-vi=&tu-ngay=yyyy-mm-dd&den-ngay=&tinh-trang=). */
export function parseExportFilter(params: URLSearchParams): ExportFilter {
  const filter: ExportFilter = {}
  const unit = params.get('don-vi')
  if (unit) {
    if (!/^\d{1,10}$/.test(unit)) throw userError('Mã đơn vị không hợp lệ.', 400)
    filter.unit = Number(unit)
  }
  // Days are Vietnam days: 00:00 at UTC+7.
  const day = (name: string, label: string, offsetDays: number) => {
    const value = params.get(name)
    if (!value) return null
    if (!DATE_RE.test(value) || Number.isNaN(new Date(`${value}T00:00:00+07:00`).getTime())) {
      throw userError(`${label} phải có dạng năm-tháng-ngày (ví dụ 2026-01-31).`, 400)
    }
    return new Date(new Date(`${value}T00:00:00+07:00`).getTime() + offsetDays * 86_400_000)
  }
  filter.from = day('tu-ngay', 'Từ ngày', 0)
  filter.to = day('den-ngay', 'Đến ngày', 1)
  if (filter.from && filter.to && filter.to <= filter.from) throw userError('“Đến ngày” phải sau “Từ ngày”.', 400)
  const status = params.get('tinh-trang')
  if (status) {
    if (!isStatus(status)) throw userError(`Tình trạng “${status}” không hợp lệ.`, 400)
    filter.status = status
  }
  return filter
}

const titles = async (payload: Payload, collection: 'units' | 'legal-fields' | 'audiences' | 'areas') => {
  // Names of public reference data (units and taxonomies): read as the system.
  const found = await payload.find({
    collection,
    limit: 0,
    pagination: false,
    depth: 0,
    select: { title: true },
    overrideAccess: true,
  })
  return new Map(found.docs.map((d) => [d.id, d.title]))
}

/** The activities list as a workbook, read with the user's rights (a contributor: their unit only). */
export async function exportActivities(payload: Payload, user: TypedUser | null, filter: ExportFilter) {
  const staff = user as RoleUser | null
  if (!staff || !(isEditorial(staff) || isContributor(staff) || hasRole(staff, ROLES.viewer))) {
    throw userError('Bạn không có quyền xuất danh sách hoạt động PBGDPL.', 403)
  }
  if (isContributor(staff) && filter.unit && String(filter.unit) !== String(unitIdOf(staff))) {
    throw userError('Bạn chỉ xuất được hoạt động của đơn vị mình.', 403)
  }
  const and: Where[] = []
  if (filter.unit) and.push({ unit: { equals: filter.unit } })
  if (filter.from) and.push({ date: { greater_than_equal: filter.from.toISOString() } })
  if (filter.to) and.push({ date: { less_than: filter.to.toISOString() } })
  if (filter.status) and.push({ status: { equals: filter.status } })
  const found = await payload.find({
    collection: ACTIVITIES_SLUG,
    where: and.length ? { and } : {},
    sort: 'date',
    limit: EXPORT_ROW_LIMIT,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const [units, fields, audiences, areas] = await Promise.all([
    titles(payload, 'units'),
    titles(payload, 'legal-fields'),
    titles(payload, 'audiences'),
    titles(payload, 'areas'),
  ])
  const names = (map: Map<number, string>, values: Activity['fields']) =>
    (values ?? [])
      .map((v) => map.get(typeof v === 'object' ? v.id : v))
      .filter(Boolean)
      .join('; ')
  const formLabel = Object.fromEntries(ACTIVITY_FORMS.map((f) => [f.value, f.label])) as Record<string, string>
  const header = [
    'STT',
    'Ngày tổ chức',
    'Đến ngày',
    'Nội dung, chủ đề',
    'Hình thức',
    'Đơn vị thực hiện',
    'Lĩnh vực',
    'Đối tượng',
    'Địa bàn',
    'Số cuộc',
    'Số lượt người',
    'Tài liệu (bản)',
    'Kinh phí (đồng)',
    'Tình trạng',
  ]
  const sums = [0, 0, 0, 0]
  const rows: XlsxRow[] = found.docs.map((a, i) => {
    const copies = (a.materials ?? []).reduce((s, m) => s + (m.count ?? 0), 0)
    const values = [a.sessions ?? 0, a.participants ?? 0, copies, a.cost ?? 0]
    values.forEach((v, j) => (sums[j]! += v))
    const unit = a.unit === null || a.unit === undefined ? null : typeof a.unit === 'object' ? a.unit.id : a.unit
    return {
      cells: [
        i + 1,
        formatDate(a.date),
        formatDate(a.endDate),
        a.title,
        formLabel[a.form] ?? a.form,
        unit ? (units.get(unit) ?? '') : '',
        names(fields, a.fields),
        names(audiences, a.audiences),
        names(areas, a.areas),
        ...values,
        STATUS_LABELS[a.status] ?? a.status,
      ],
      style: 'wrap',
    }
  })
  const described = [
    filter.unit
      ? `Đơn vị: ${units.get(filter.unit) ?? filter.unit}`
      : isContributor(staff)
        ? 'Đơn vị của bạn'
        : 'Tất cả đơn vị',
    filter.from ? `từ ${formatDate(filter.from)}` : null,
    filter.to ? `đến ${formatDate(new Date(filter.to.getTime() - 1))}` : null,
    filter.status ? `tình trạng: ${STATUS_LABELS[filter.status as keyof typeof STATUS_LABELS]}` : null,
  ]
    .filter(Boolean)
    .join(', ')
  const truncated = found.totalDocs > found.docs.length
  const bytes = writeXlsx([
    {
      name: 'Hoạt động PBGDPL',
      widths: [6, 12, 12, 48, 30, 30, 24, 24, 20, 10, 14, 14, 16, 16],
      merges: ['A1:N1', 'A2:N2'],
      rows: [
        { cells: ['DANH SÁCH HOẠT ĐỘNG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT'], style: 'title' },
        {
          cells: [
            `${described}. Xuất ngày ${formatDate(new Date())}.${truncated ? ` Chỉ gồm ${EXPORT_ROW_LIMIT.toLocaleString('vi-VN')} hoạt động đầu tiên trên tổng số ${found.totalDocs.toLocaleString('vi-VN')}; hãy thu hẹp bộ lọc.` : ''}`,
          ],
        },
        { cells: header, style: 'header' },
        ...rows,
        {
          cells: [
            '',
            '',
            '',
            `Tổng cộng: ${found.docs.length.toLocaleString('vi-VN')} hoạt động`,
            '',
            '',
            '',
            '',
            '',
            ...sums,
            '',
          ],
          style: 'bold-number',
        },
      ],
    },
  ])
  return { bytes, count: found.docs.length, total: found.totalDocs }
}
