import type { StatsFigure, StatsSection } from '../types'
import { formatNumberVi, formatShortDateVi, vietnamDay } from './format'
import type { ReportFigure, ReportIssuer, ReportSection, SummaryReport } from './model'

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n)

/** "1.234 cuộc" */
export const figureValue = (f: Pick<StatsFigure, 'value' | 'measure'>): string =>
  f.measure ? `${formatNumberVi(f.value)} ${f.measure}` : formatNumberVi(f.value)

/** "giai đoạn 2019–2021", "năm 2021", or "từ ngày 01/03/2021 đến ngày 30/06/2021". */
export function periodLabel(from: Date, to: Date): string {
  const a = vietnamDay(from)
  const b = vietnamDay(to)
  if (a.day === 1 && a.month === 1 && b.day === 31 && b.month === 12) {
    return a.year === b.year ? `năm ${a.year}` : `giai đoạn ${a.year}–${b.year}`
  }
  return `từ ngày ${formatShortDateVi(from)} đến ngày ${formatShortDateVi(to)}`
}

type Figures = Map<string, StatsFigure>

/** A sentence from well-known figure keys, written only when every key it needs is there. */
type Headline = { keys: string[]; text: (n: (key: string) => string) => string }

const HEADLINES: Headline[] = [
  {
    keys: ['activities.count', 'activities.sessions', 'activities.participants'],
    text: (n) =>
      `Tổ chức, thực hiện ${n('activities.count')} hoạt động phổ biến, giáo dục pháp luật (${n('activities.sessions')} cuộc, buổi) với ${n('activities.participants')} lượt người tham dự.`,
  },
  {
    keys: ['activities.direct.sessions', 'activities.direct.participants'],
    text: (n) =>
      `Trong đó, tổ chức ${n('activities.direct.sessions')} cuộc phổ biến pháp luật trực tiếp cho ${n('activities.direct.participants')} lượt người.`,
  },
  {
    keys: ['activities.materials'],
    text: (n) => `Biên soạn, phát hành ${n('activities.materials')} bản tài liệu phổ biến, giáo dục pháp luật.`,
  },
  {
    keys: ['registries.reporter.active', 'registries.propagandist.active'],
    text: (n) =>
      `Đội ngũ đang hoạt động gồm ${n('registries.reporter.active')} báo cáo viên pháp luật và ${n('registries.propagandist.active')} tuyên truyền viên pháp luật.`,
  },
  {
    keys: ['news.articles'],
    text: (n) => `Đăng tải ${n('news.articles')} tin, bài trên Trang thông tin điện tử phổ biến, giáo dục pháp luật.`,
  },
  {
    keys: ['qa.received', 'qa.answered'],
    text: (n) =>
      `Tiếp nhận ${n('qa.received')} câu hỏi pháp luật của người dân, đã trả lời ${n('qa.answered')} câu hỏi.`,
  },
  {
    keys: ['dialogue.dialogues', 'dialogue.comments'],
    text: (n) =>
      `Tổ chức ${n('dialogue.dialogues')} cuộc đối thoại, lấy ý kiến về chính sách, pháp luật, tiếp nhận ${n('dialogue.comments')} ý kiến góp ý.`,
  },
  {
    keys: ['reports.expected', 'reports.submitted'],
    text: (n) =>
      `${n('reports.submitted')}/${n('reports.expected')} báo cáo định kỳ của các đơn vị đã được gửi đúng quy định.`,
  },
]

/** Part I: sentences from the headline figures; a section no template covers gets a generic one. */
function overview(sections: StatsSection[], figures: Figures): string[] {
  const used = new Set<string>()
  const lines: string[] = []
  const show = (key: string) => formatNumberVi(figures.get(key)!.value)
  for (const h of HEADLINES) {
    if (!h.keys.every((k) => figures.has(k))) continue
    h.keys.forEach((k) => used.add(k))
    lines.push(h.text(show))
  }
  for (const s of sections) {
    if (s.figures.length === 0 || s.figures.some((f) => used.has(f.key))) continue
    const first = s.figures.slice(0, 4).map((f) => `${lowerFirst(f.label)} ${figureValue(f)}`)
    lines.push(`${s.title}: ${first.join('; ')}.`)
  }
  return lines
}

const lowerFirst = (s: string): string => (/^[A-ZÀ-Ỹ][a-zà-ỹ]/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s)

export type ComposeInput = {
  sections: StatsSection[]
  programme: { name: string; basis: string | null }
  from: Date
  to: Date
  unit: { id: number | string; title: string } | null
  issuer: ReportIssuer
  /** "tỉnh Long An", for "trên địa bàn tỉnh Long An" */
  provinceName: string
  issuedAt: Date
}

/** Turns the providers' sections into the report's text and tables (pure; ./build.ts collects). */
export function composeReport(input: ComposeInput): SummaryReport {
  const sections = [...input.sections].sort((a, b) => a.order - b.order)
  const figures: Figures = new Map(sections.flatMap((s) => s.figures.map((f) => [f.key, f] as const)))
  const label = periodLabel(input.from, input.to)
  // A unit's report speaks for the unit (its name is the issuer); the province's for its territory.
  const scope = input.unit ? '' : ` trên địa bàn ${input.provinceName}`
  const opening = input.programme.basis
    ? `Thực hiện ${input.programme.basis}, ${input.issuer.name} báo cáo kết quả thực hiện ${input.programme.name} ${label}${scope} như sau:`
    : `${input.issuer.name} báo cáo kết quả thực hiện ${input.programme.name} ${label}${scope} như sau:`
  let tableNumber = 0
  const reportSections: ReportSection[] = sections
    .filter((s) => s.figures.length > 0 || s.tables.length > 0)
    .map((s, i) => ({
      number: String(i + 1),
      key: s.key,
      title: s.title,
      figures: s.figures.map((f): ReportFigure => ({ ...f, text: `${f.label}: ${figureValue(f)}.` })),
      tables: s.tables.filter((t) => t.rows.length > 0).map((t) => ({ ...t, number: ++tableNumber })),
    }))
  return {
    issuer: input.issuer,
    unit: input.unit,
    programme: input.programme,
    from: input.from,
    to: input.to,
    periodLabel: label,
    issuedAt: input.issuedAt,
    subtitle: `Kết quả thực hiện ${input.programme.name} ${label}`,
    intro: [
      opening,
      `Số liệu được tổng hợp tự động từ hồ sơ hoạt động, báo cáo định kỳ của các đơn vị và dữ liệu trên Trang thông tin điện tử phổ biến, giáo dục pháp luật, kỳ số liệu từ ngày ${formatShortDateVi(input.from)} đến ngày ${formatShortDateVi(input.to)}.`,
    ],
    overview: [
      ...overview(sections, figures),
      // A provider that failed is named, so a missing part is never mistaken for zero.
      ...sections
        .filter((s) => (s as { failed?: boolean }).failed)
        .map((s) => `Chưa tổng hợp được số liệu phần "${s.title}" do lỗi hệ thống; đề nghị lập lại báo cáo sau.`),
    ],
    sections: reportSections,
    recipients: [
      'Bộ Tư pháp (Vụ Phổ biến, giáo dục pháp luật);',
      `${input.issuer.superior};`,
      'Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh;',
      'Lưu: VT.',
    ],
  }
}
