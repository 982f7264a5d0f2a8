import type { Field, Payload } from 'payload'
import { isCalendarDay, type CalendarOptions } from './working-days'

/**
 * The working-calendar part of the site settings: the days the government moved (an extra Tết
 * day off, a Saturday worked in exchange…), entered as dd/mm/yyyy with a note.
 */

const DMY = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/

/** 'dd/mm/yyyy' → 'YYYY-MM-DD', or null when it is not a real day. */
export function parseDmyDay(value: string): string | null {
  const m = DMY.exec(value)
  if (!m) return null
  const day = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
  return isCalendarDay(day) ? day : null
}

const validateDay = (value: unknown): true | string =>
  typeof value === 'string' && parseDmyDay(value) !== null
    ? true
    : 'Nhập một ngày có thật theo dạng dd/mm/yyyy, ví dụ 02/01/2026.'

const dayRows = (name: string, label: string, description: string): Field => ({
  name,
  label,
  type: 'array',
  maxRows: 200,
  labels: { singular: 'Ngày', plural: 'Các ngày' },
  admin: { description, initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          label: 'Ngày (dd/mm/yyyy)',
          type: 'text',
          required: true,
          maxLength: 10,
          validate: validateDay,
          admin: { placeholder: '02/01/2026', width: '30%' },
        },
        { name: 'note', label: 'Ghi chú', type: 'text', maxLength: 200, admin: { width: '70%' } },
      ],
    },
  ],
})

/** The collapsible "Lịch làm việc" group added to the site settings. */
export const workingCalendarSettingsField: Field = {
  type: 'collapsible',
  label: 'Lịch làm việc',
  admin: {
    initCollapsed: true,
    description:
      'Hạn trả lời tính theo ngày làm việc: trừ thứ Bảy, Chủ nhật, ngày lễ, Tết theo Bộ luật Lao động và ngày nghỉ bù. ' +
      'Ghi thêm ở đây những ngày Chính phủ quyết định khác (nghỉ thêm, hoán đổi ngày làm việc).',
  },
  fields: [
    dayRows(
      'extraDaysOff',
      'Ngày nghỉ thêm',
      'Ngày nghỉ không có trong quy tắc mặc định (ví dụ ngày nghỉ Tết hoán đổi).',
    ),
    dayRows(
      'extraWorkingDays',
      'Ngày làm việc bù',
      'Ngày làm việc dù là thứ Bảy, Chủ nhật hoặc ngày nghỉ mặc định (ví dụ thứ Bảy làm bù).',
    ),
  ],
}

type DayRow = { date?: string | null }
const days = (rows: unknown): string[] =>
  Array.isArray(rows)
    ? rows.flatMap((r: DayRow) => {
        const day = typeof r?.date === 'string' ? parseDmyDay(r.date) : null
        return day ? [day] : []
      })
    : []

/** The calendar options from the site settings (read by the system: deadlines apply to everyone). */
export async function loadCalendarOptions(payload: Payload): Promise<CalendarOptions> {
  // overrideAccess: the settings are public anyway and deadlines are computed for the system, not a visitor.
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    select: { extraDaysOff: true, extraWorkingDays: true },
    overrideAccess: true,
  })
  return { extraDaysOff: days(settings.extraDaysOff), extraWorkingDays: days(settings.extraWorkingDays) }
}
