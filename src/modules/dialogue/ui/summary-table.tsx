import type { Summary } from '../server/summary'

/** The summary table (bảng tổng hợp tiếp thu, giải trình) with counts and downloads. */
export function SummaryTable({ summary, slug }: { summary: Summary; slug: string }) {
  return (
    <>
      <ul className="app-dlg-counts" aria-label="Số ý kiến theo kết quả xử lý">
        <li>
          Tổng số ý kiến: <strong>{summary.rows.length}</strong>
        </li>
        {summary.counts
          .filter((c) => c.value !== 'chua-xu-ly' || c.count > 0)
          .map((c) => (
            <li key={c.value}>
              {c.label}: <strong>{c.count}</strong>
            </li>
          ))}
      </ul>
      <ul className="app-dlg-downloads">
        <li>
          <a href={`/doi-thoai/${slug}/tong-hop.xlsx`} download>
            Tải bảng tổng hợp (Excel, XLSX)
          </a>
        </li>
        <li>
          <a href={`/doi-thoai/${slug}/tong-hop.pdf`} download>
            Tải bảng tổng hợp (PDF)
          </a>
        </li>
      </ul>
      {summary.rows.length === 0 ? (
        <p>Chưa có góp ý nào được đăng.</p>
      ) : (
        <div className="app-dlg-table-wrap" role="region" aria-labelledby="dlg-table-caption" tabIndex={0}>
          <table className="app-dlg-table">
            <caption id="dlg-table-caption" className="app-visually-hidden">
              Bảng tổng hợp tiếp thu, giải trình ý kiến góp ý
            </caption>
            <thead>
              <tr>
                <th scope="col">STT</th>
                <th scope="col">Điều, mục</th>
                <th scope="col">Người góp ý</th>
                <th scope="col">Nội dung góp ý</th>
                <th scope="col">Kết quả</th>
                <th scope="col">Nội dung tiếp thu, giải trình</th>
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((r) => (
                <tr key={r.index}>
                  <td>{r.index}</td>
                  <td>{r.section}</td>
                  <td>{r.author}</td>
                  <td>{r.comment}</td>
                  <td>{r.decision}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
