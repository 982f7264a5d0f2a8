'use client'

import Link from 'next/link'
import { useRef, useState } from 'react'

type Answer =
  | {
      ok: true
      mode: 'preview' | 'import'
      total: number
      created: number
      updated: number
      unchanged: number
      warnings: string[]
      /** Công báo lines skipped or batches not written */
      errors?: string[]
    }
  | { ok: false; message: string; errors: string[] }

/** Choose the format and the file, check it (nothing written), then import it. */
export function ConnectorImportForm() {
  const input = useRef<HTMLInputElement>(null)
  const [format, setFormat] = useState<'vbpl' | 'congbao' | 'csv'>('vbpl')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(mode: 'preview' | 'import') {
    const file = input.current?.files?.[0]
    if (!file) {
      setAnswer({ ok: false, message: 'Hãy chọn tệp trước.', errors: [] })
      return
    }
    setBusy(true)
    const body = new FormData()
    body.set('file', file)
    body.set('format', format)
    body.set('mode', mode)
    try {
      const res = await fetch('/api/quan-tri/nhap-van-ban', { method: 'POST', body, credentials: 'include' })
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
        className="app-connector-import__form"
        onSubmit={(e) => {
          e.preventDefault()
          void send('preview')
        }}
      >
        <fieldset>
          <legend>Định dạng tệp</legend>
          <label>
            <input
              type="radio"
              name="format"
              value="vbpl"
              checked={format === 'vbpl'}
              onChange={() => {
                setFormat('vbpl')
                setAnswer(null)
              }}
            />{' '}
            JSON của Cơ sở dữ liệu quốc gia về văn bản pháp luật
          </label>
          <label>
            <input
              type="radio"
              name="format"
              value="congbao"
              checked={format === 'congbao'}
              onChange={() => {
                setFormat('congbao')
                setAnswer(null)
              }}
            />{' '}
            JSONL siêu dữ liệu Công báo (congbao_metadata.jsonl)
          </label>
          <label>
            <input
              type="radio"
              name="format"
              value="csv"
              checked={format === 'csv'}
              onChange={() => {
                setFormat('csv')
                setAnswer(null)
              }}
            />{' '}
            CSV theo tệp mẫu
          </label>
        </fieldset>
        <div>
          <label htmlFor="connector-import-file">Tệp</label>
          <input
            id="connector-import-file"
            ref={input}
            type="file"
            name="file"
            accept={
              format === 'csv' ? '.csv,text/csv' : format === 'congbao' ? '.jsonl,.json' : '.json,application/json'
            }
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
          <div className="app-connector-import__errors" role="alert">
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
        {answer?.ok ? (
          <div className="app-connector-import__ok" role="status">
            {answer.mode === 'preview' ? (
              <>
                <p>
                  Tệp hợp lệ: {answer.total} văn bản — thêm mới {answer.created}, cập nhật {answer.updated}, không đổi{' '}
                  {answer.unchanged}. Chưa có gì được ghi.
                </p>
                <button
                  type="button"
                  className="btn btn--style-primary btn--size-medium"
                  disabled={busy}
                  onClick={() => void send('import')}
                >
                  Nhập {answer.total} văn bản
                </button>
              </>
            ) : (
              <p>
                <strong>
                  Đã nhập xong: thêm mới {answer.created}, cập nhật {answer.updated}, không đổi {answer.unchanged}.
                </strong>{' '}
                <Link href="/admin/collections/legal-documents?where[workflowState][equals]=draft">
                  Xem các văn bản nháp
                </Link>
              </p>
            )}
            {answer.errors?.length ? (
              <>
                <p>Không nhập ({answer.errors.length}):</p>
                <ul>
                  {answer.errors.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {answer.warnings.length ? (
              <>
                <p>Cảnh báo ({answer.warnings.length}):</p>
                <ul>
                  {answer.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  )
}
