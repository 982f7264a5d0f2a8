'use client'

import Link from 'next/link'
import { useRef, useState } from 'react'

type PreviewRow = { row: number; code: string; text: string; action: 'create' | 'update' }
type Answer =
  | { ok: true; mode: 'preview'; total: number; creates: number; updates: number; rows: PreviewRow[] }
  | { ok: true; mode: 'import'; created: number; updated: number }
  | { ok: false; message: string; errors: string[] }

/** Upload, check (nothing written), then import the same file. */
export function QuestionImportForm() {
  const input = useRef<HTMLInputElement>(null)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(mode: 'preview' | 'import') {
    const file = input.current?.files?.[0]
    if (!file) {
      setAnswer({ ok: false, message: 'Hãy chọn tệp XLSX trước.', errors: [] })
      return
    }
    setBusy(true)
    const body = new FormData()
    body.set('file', file)
    body.set('mode', mode)
    try {
      const res = await fetch('/api/quan-tri/cuoc-thi/cau-hoi/nhap', { method: 'POST', body, credentials: 'include' })
      const json = (await res.json().catch(() => null)) as Answer | null
      setAnswer(json ?? { ok: false, message: `Máy chủ trả lời lỗi ${res.status}.`, errors: [] })
    } catch {
      setAnswer({ ok: false, message: 'Không gửi được tệp; hãy kiểm tra kết nối và thử lại.', errors: [] })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div>
      <form
        className="app-ct-admin__form"
        onSubmit={(e) => {
          e.preventDefault()
          void send('preview')
        }}
      >
        <div>
          <label htmlFor="ct-question-file">Tệp XLSX</label>
          <input
            id="ct-question-file"
            ref={input}
            type="file"
            name="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={() => setAnswer(null)}
          />
        </div>
        <button type="submit" className="btn btn--style-secondary btn--size-medium" disabled={busy}>
          Kiểm tra tệp
        </button>
      </form>
      <div aria-live="polite">
        {busy ? <p>Đang xử lý…</p> : null}
        {answer && !answer.ok ? (
          <div className="app-ct-admin__errors" role="alert">
            <p>
              <strong>{answer.message}</strong>
            </p>
            {answer.errors.length ? (
              <ul>
                {answer.errors.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {answer?.ok && answer.mode === 'preview' ? (
          <div className="app-ct-admin__ok">
            <p>
              Tệp hợp lệ: {answer.total} câu hỏi — thêm mới {answer.creates}, cập nhật {answer.updates}. Chưa có gì được
              ghi.
            </p>
            <button
              type="button"
              className="btn btn--style-primary btn--size-medium"
              disabled={busy}
              onClick={() => void send('import')}
            >
              Nhập {answer.total} câu hỏi
            </button>
            <table>
              <caption>Xem trước{answer.rows.length < answer.total ? ` (${answer.rows.length} dòng đầu)` : ''}</caption>
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  <th scope="col">Mã câu hỏi</th>
                  <th scope="col">Nội dung</th>
                  <th scope="col">Thao tác</th>
                </tr>
              </thead>
              <tbody>
                {answer.rows.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{r.code}</td>
                    <td>{r.text}</td>
                    <td>{r.action === 'create' ? 'Thêm mới' : 'Cập nhật'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {answer?.ok && answer.mode === 'import' ? (
          <div className="app-ct-admin__ok" role="status">
            <p>
              <strong>
                Đã nhập xong: thêm mới {answer.created} câu hỏi, cập nhật {answer.updated} câu hỏi.
              </strong>{' '}
              <Link href="/admin/collections/contest-questions">Xem ngân hàng câu hỏi</Link>
            </p>
          </div>
        ) : null}
      </div>
    </div>
  )
}
