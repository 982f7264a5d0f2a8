import { formatShortDateVi, vietnamMidnight } from '../format'
import { PROGRAMME_PRESETS } from '../presets'

export const SUMMARY_REPORT_PATH = '/api/thong-ke/bao-cao-tong-hop'

export type SummaryReportFormProps = {
  /** the units offered (e.g. unitOptions() of the statistics module), already indented */
  units: { id: number | string; label: string }[]
  /** the unit chosen at first (a contributor's own unit) */
  unitId?: number | string | null
  /** false: no "whole province" choice (contributors report on their own unit only) */
  allowProvince?: boolean
  /** the heading's level inside the page */
  headingLevel?: 2 | 3
}

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return formatShortDateVi(vietnamMidnight(y, m, d))
}

/**
 * The summary report form: a plain GET form to the download route, so it works without any
 * client JavaScript; the two buttons choose the file format.
 */
export function SummaryReportForm({ units, unitId, allowProvince = true, headingLevel = 2 }: SummaryReportFormProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const field = { display: 'grid', gap: '0.25rem', marginBottom: '0.9rem' } as const
  const input = { padding: '0.4rem 0.5rem', font: 'inherit', maxWidth: '100%' } as const
  // Selects with long options must not widen the page on a phone.
  const wide = { ...input, width: '100%', boxSizing: 'border-box' } as const
  const hint = { fontSize: '0.875em', margin: 0, opacity: 0.85 } as const
  return (
    <section className="app-summary-report" aria-labelledby="bao-cao-tong-hop-tieu-de">
      <Heading id="bao-cao-tong-hop-tieu-de">Báo cáo tổng hợp</Heading>
      <p style={hint}>
        Lập báo cáo kết quả thực hiện một đề án, kế hoạch trong một kỳ (PDF có quốc hiệu, tiêu ngữ; XLSX có số liệu từng
        phần), tổng hợp từ đội ngũ, hoạt động, báo cáo định kỳ, tin bài, hỏi đáp và đối thoại.
      </p>
      <form method="get" action={SUMMARY_REPORT_PATH} style={{ maxWidth: '40rem', marginTop: '0.75rem' }}>
        <div style={field}>
          <label htmlFor="bctk-chuong-trinh">Đề án, kế hoạch</label>
          <select id="bctk-chuong-trinh" name="programme" defaultValue={PROGRAMME_PRESETS[0]!.key} style={wide}>
            {PROGRAMME_PRESETS.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name.charAt(0).toLocaleUpperCase('vi') + p.name.slice(1)} ({day(p.from)} – {day(p.to)})
              </option>
            ))}
          </select>
        </div>
        <div style={field}>
          <label htmlFor="bctk-ten">Hoặc tên đề án, kế hoạch khác (không bắt buộc)</label>
          <input
            id="bctk-ten"
            name="ten"
            type="text"
            maxLength={200}
            aria-describedby="bctk-ten-goi-y"
            placeholder="Ví dụ: Kế hoạch phổ biến, giáo dục pháp luật năm 2026"
            style={wide}
          />
          <p id="bctk-ten-goi-y" style={hint}>
            Nếu nhập tên khác, hãy nhập cả từ ngày và đến ngày.
          </p>
        </div>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ marginBottom: '0.4rem' }}>Kỳ báo cáo</legend>
          <p id="bctk-ky-goi-y" style={hint}>
            Để trống để dùng kỳ của đề án đã chọn. Cả hai ngày đều được tính.
          </p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', marginTop: '0.4rem' }}>
            <div style={field}>
              <label htmlFor="bctk-tu">Từ ngày</label>
              <input id="bctk-tu" name="from" type="date" aria-describedby="bctk-ky-goi-y" style={input} />
            </div>
            <div style={field}>
              <label htmlFor="bctk-den">Đến ngày</label>
              <input id="bctk-den" name="to" type="date" aria-describedby="bctk-ky-goi-y" style={input} />
            </div>
          </div>
        </fieldset>
        <div style={field}>
          <label htmlFor="bctk-don-vi">Đơn vị</label>
          <select
            id="bctk-don-vi"
            name="unit"
            defaultValue={unitId === null || unitId === undefined ? '' : String(unitId)}
            style={wide}
          >
            {allowProvince && <option value="">Toàn tỉnh</option>}
            {units.map((u) => (
              <option key={String(u.id)} value={String(u.id)}>
                {u.label}
              </option>
            ))}
          </select>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
          <button type="submit" name="format" value="pdf" className="btn btn--style-primary btn--size-medium">
            Tải báo cáo PDF
          </button>
          <button type="submit" name="format" value="xlsx" className="btn btn--style-secondary btn--size-medium">
            Tải bảng số liệu XLSX
          </button>
        </div>
      </form>
    </section>
  )
}
