'use client'

import Link from 'next/link'
import { useRef, useState, type ReactNode } from 'react'

export type ImportPreviewRow = { row: number; action: 'create' | 'update' } & Record<string, unknown>
type Answer<Row extends ImportPreviewRow> =
  | { ok: true; mode: 'preview'; total: number; creates: number; updates: number; rows: Row[] }
  | { ok: true; mode: 'import'; created: number; updated: number }
  | { ok: false; message: string; errors: string[] }

export type XlsxImportFormProps<Row extends ImportPreviewRow> = {
  /** the route that takes `file` and `mode` (preview | import) and answers the JSON above */
  endpoint: string
  inputId: string
  /** prefix of the CSS classes `__form`, `__errors` and `__ok` */
  classPrefix: string
  /** the preview table's columns after "Dòng" */
  columns: { label: string; cell: (row: Row) => ReactNode }[]
  previewText: (a: { total: number; creates: number; updates: number }) => string
  importLabel: (total: number) => string
  doneText: (a: { created: number; updated: number }) => string
  list: { href: string; label: string }
}

/**
 * The admin's all-or-nothing XLSX import (registries, contest question banks…): upload, check
 * (nothing written, errors listed "Dòng N, cột …"), then import the same file.
 */
export function XlsxImportForm<Row extends ImportPreviewRow>(props: XlsxImportFormProps<Row>) {
  const input = useRef<HTMLInputElement>(null)
  const [answer, setAnswer] = useState<Answer<Row> | null>(null)
  const [busy, setBusy] = useState(false)
  const css = props.classPrefix

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
      const res = await fetch(props.endpoint, { method: 'POST', body, credentials: 'include' })
      const json = (await res.json().catch(() => null)) as Answer<Row> | null
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
        className={`${css}__form`}
        onSubmit={(e) => {
          e.preventDefault()
          void send('preview')
        }}
      >
        <div>
          <label htmlFor={props.inputId}>Tệp XLSX</label>
          <input
            id={props.inputId}
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
          <div className={`${css}__errors`} role="alert">
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
          <div className={`${css}__ok`}>
            <p>{props.previewText(answer)}</p>
            <button
              type="button"
              className="btn btn--style-primary btn--size-medium"
              disabled={busy}
              onClick={() => void send('import')}
            >
              {props.importLabel(answer.total)}
            </button>
            <table>
              <caption>Xem trước{answer.rows.length < answer.total ? ` (${answer.rows.length} dòng đầu)` : ''}</caption>
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  {props.columns.map((c) => (
                    <th scope="col" key={c.label}>
                      {c.label}
                    </th>
                  ))}
                  <th scope="col">Thao tác</th>
                </tr>
              </thead>
              <tbody>
                {answer.rows.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    {props.columns.map((c) => (
                      <td key={c.label}>{c.cell(r)}</td>
                    ))}
                    <td>{r.action === 'create' ? 'Thêm mới' : 'Cập nhật'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {answer?.ok && answer.mode === 'import' ? (
          <div className={`${css}__ok`} role="status">
            <p>
              <strong>{props.doneText(answer)}</strong> <Link href={props.list.href}>{props.list.label}</Link>
            </p>
          </div>
        ) : null}
      </div>
    </div>
  )
}
