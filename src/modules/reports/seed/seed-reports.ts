/**
 * Demo reporting periods, using the built-in indicator template: "Báo cáo 6 tháng đầu năm 2026"
 * (closed, nearly every unit's report accepted, one sent late, one never sent) and "Báo cáo năm
 * 2026" (open, due 05/12/2026: some units have sent theirs, one was returned, a few are drafting,
 * the rest have not started). Reports go through the real lifecycle hook as the demo editor and the
 * demo contributors, so values are pre-filled from the seeded activities and registries.
 */
import type { Payload, RequestContext } from 'payload'
import type { UnitReport, User } from '@/payload-types'
import { units as demoUnits } from '@/modules/demo/data'
import { REPORT_PERIODS_SLUG, UNIT_REPORTS_SLUG } from '../constants'
import type { ReportValues } from '../indicators'

type Log = (message: string) => void

const TEXTS: ReportValues = {
  highlights:
    'Tổ chức hội nghị phổ biến Luật Đất đai 2024 và các nghị định hướng dẫn; duy trì chuyên mục pháp luật trên trang thông tin điện tử; phối hợp tổ chức Ngày Pháp luật tại các xã.',
  difficulties: 'Kinh phí cho công tác phổ biến ở cơ sở còn hạn chế; đội ngũ báo cáo viên kiêm nhiệm nhiều việc.',
  proposals: 'Đề nghị Sở Tư pháp tiếp tục cung cấp tài liệu, đề cương giới thiệu văn bản luật mới.',
}

async function userByEmail(payload: Payload, email: string): Promise<User | null> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

export async function seedReports(payload: Payload, log: Log = () => {}): Promise<void> {
  const editor = await userByEmail(payload, 'bientap@pbgdpl.local')
  if (!editor) {
    log('Báo cáo định kỳ: bỏ qua (không có tài khoản biên tập viên mẫu)')
    return
  }
  const communeKeys = demoUnits.filter((u) => u.kind === 'commune').map((u) => u.key)
  const communes = await payload.find({
    collection: 'units',
    where: { slug: { in: communeKeys } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const departments = await payload.find({
    collection: 'units',
    where: { kind: { equals: 'department' } },
    pagination: false,
    depth: 0,
    sort: 'order',
    overrideAccess: true,
  })
  const expected = [...departments.docs, ...communes.docs]
  const ctx = (now: string): RequestContext => ({ reportsNow: now, disableRevalidate: true })
  // The seed acts as the demo editor (a board member may open and send a unit's report), through the hooks.
  const asEditor = { user: editor, overrideAccess: true, depth: 0 } as const

  const period = (data: Record<string, unknown>) =>
    payload.create({ collection: REPORT_PERIODS_SLUG, data: { useTemplate: true, ...data } as never, ...asEditor })
  const open = (periodId: number, unit: number, now: string) =>
    payload.create({
      collection: UNIT_REPORTS_SLUG,
      data: { period: periodId, unit } as never,
      context: ctx(now),
      ...asEditor,
    })
  const step = (report: UnitReport, data: Record<string, unknown>, now: string) =>
    payload.update({
      collection: UNIT_REPORTS_SLUG,
      id: report.id,
      data: data as never,
      context: ctx(now),
      ...asEditor,
    })
  const submit = (report: UnitReport, now: string) =>
    step(report, { values: { ...(report.values as ReportValues), ...TEXTS }, reportAction: 'submit' }, now)

  const unitIds = expected.map((u) => u.id)
  const h1 = await period({
    title: 'Báo cáo 6 tháng đầu năm 2026',
    kind: 'semiannual',
    from: '2026-01-01T00:00:00.000Z',
    to: '2026-06-30T00:00:00.000Z',
    deadline: '2026-07-15T00:00:00.000Z',
    unitKinds: ['department'],
    units: communes.docs.map((u) => u.id),
    remindDaysBefore: 5,
    instructions:
      'Các cơ quan, đơn vị báo cáo kết quả công tác phổ biến, giáo dục pháp luật 6 tháng đầu năm 2026 theo các chỉ tiêu dưới đây; số liệu tính từ 01/01/2026 đến 30/6/2026.',
  })
  for (const [i, unit] of unitIds.entries()) {
    if (i === unitIds.length - 1) continue // one unit never reported
    const day = i === 3 ? '2026-07-18' : `2026-07-${String(5 + (i % 9)).padStart(2, '0')}`
    const report = await open(h1.id, unit, `${day}T01:00:00.000Z`)
    const sent = await submit(report, `${day}T02:00:00.000Z`)
    await step(sent, { reportAction: 'accept', reportNote: 'Đã tiếp nhận, tổng hợp.' }, '2026-07-20T03:00:00.000Z')
  }
  await payload.update({ collection: REPORT_PERIODS_SLUG, id: h1.id, data: { open: false }, ...asEditor })

  const year = await period({
    title: 'Báo cáo năm 2026',
    kind: 'annual',
    from: '2026-01-01T00:00:00.000Z',
    to: '2026-11-30T00:00:00.000Z',
    deadline: '2026-12-05T00:00:00.000Z',
    unitKinds: ['department'],
    units: communes.docs.map((u) => u.id),
    remindDaysBefore: 5,
    instructions:
      'Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026 (số liệu từ 01/01/2026 đến 30/11/2026), làm căn cứ tổng hợp báo cáo Ủy ban nhân dân tỉnh và Bộ Tư pháp.',
  })
  for (const [i, unit] of unitIds.entries()) {
    if (i >= 9) break // the rest have not started
    const report = await open(year.id, unit, '2026-11-20T02:00:00.000Z')
    if (i >= 7) continue // drafting
    const sent = await submit(report, `2026-11-${String(22 + i).padStart(2, '0')}T03:00:00.000Z`)
    if (i === 0) {
      await step(
        sent,
        { reportAction: 'return', reportNote: 'Đề nghị bổ sung số liệu tài liệu phát hành theo từng loại.' },
        '2026-11-28T02:00:00.000Z',
      )
    }
  }
  log(`Báo cáo định kỳ: 2 kỳ, ${unitIds.length} đơn vị phải báo cáo mỗi kỳ`)
}
