'use client'
import { useAuth, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'
import { roleOf, type RoleUser } from '@/shared/access/roles'
import type { ActivityStatus } from '../constants'
import { availableMoves, isActivityStatus, STATUS_LABELS } from '../states'
import './activities-admin.css'

const BUTTON_LABELS: Record<ActivityStatus, string> = {
  draft: 'Lưu nháp',
  submitted: 'Gửi xác nhận',
  verified: 'Xác nhận',
  returned: 'Trả lại',
}

const HINTS: Partial<Record<ActivityStatus, string>> = {
  submitted: 'Gửi hồ sơ cho Ban Biên tập xác nhận; sau khi gửi, đơn vị không sửa được nữa.',
  verified: 'Xác nhận số liệu: hoạt động được tính vào thống kê công khai.',
  returned: 'Trả lại đơn vị để bổ sung, kèm lý do bắt buộc.',
}

/**
 * The record's lifecycle buttons (“Gửi xác nhận”, “Xác nhận”, “Trả lại” with a note), shown only
 * when the signed-in user may use them. Each is one PATCH through the REST API with the user's
 * session, so the server's lifecycle hook decides; its Vietnamese message is shown on refusal.
 */
export function ActivityActionsField() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const status = useFormFields(([fields]) => fields.status?.initialValue)
  const current: ActivityStatus = isActivityStatus(status) ? status : 'draft'
  const moves = id ? availableMoves(roleOf(user as RoleUser | null), current) : []
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [returning, setReturning] = useState(false)
  const [note, setNote] = useState('')
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const noteId = useId()
  const headingId = useId()

  async function move(to: ActivityStatus, reviewNote?: string) {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`/api/activities/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(reviewNote === undefined ? { status: to } : { status: to, reviewNote }),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
        } | null
        const first = body?.errors?.[0]
        setError(first?.data?.errors?.[0]?.message ?? first?.message ?? 'Không thực hiện được thao tác.')
        return
      }
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  if (!id) {
    return (
      <div className="app-activity-actions field-type">
        <p className="app-activity-actions__hint">Lưu hoạt động trước, sau đó gửi xác nhận.</p>
      </div>
    )
  }
  return (
    <section className="app-activity-actions field-type" aria-labelledby={headingId}>
      <h3 id={headingId} className="app-activity-actions__title">
        Xác nhận hoạt động
      </h3>
      <p>
        Tình trạng: <strong>{STATUS_LABELS[current]}</strong>
      </p>
      {moves.length === 0 ? (
        <p className="app-activity-actions__hint">Không có thao tác nào bạn được thực hiện ở tình trạng này.</p>
      ) : modified ? (
        <p className="app-activity-actions__hint" role="status">
          Có thay đổi chưa lưu: hãy bấm “Lưu” trước khi gửi, xác nhận hoặc trả lại.
        </p>
      ) : null}
      <div className="app-activity-actions__buttons">
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            className={`btn btn--size-small ${to === 'returned' ? 'btn--style-secondary' : 'btn--style-primary'}`}
            disabled={busy || modified}
            aria-expanded={to === 'returned' ? returning : undefined}
            title={HINTS[to]}
            onClick={() => {
              if (to === 'returned') {
                setReturning(true)
                setTimeout(() => noteRef.current?.focus(), 0)
              } else void move(to)
            }}
          >
            {BUTTON_LABELS[to]}
          </button>
        ))}
      </div>
      {returning ? (
        // Not a <form>: this sits inside the document's form, and forms cannot nest.
        <div className="app-activity-actions__return" role="group" aria-label="Trả lại đơn vị">
          <label htmlFor={noteId}>Lý do trả lại (bắt buộc)</label>
          <textarea
            id={noteId}
            ref={noteRef}
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="app-activity-actions__buttons">
            <button
              type="button"
              className="btn btn--size-small btn--style-primary"
              disabled={busy}
              onClick={() => {
                if (!note.trim()) {
                  setError('Hãy ghi lý do trả lại để đơn vị biết cần bổ sung gì.')
                  noteRef.current?.focus()
                  return
                }
                void move('returned', note.trim())
              }}
            >
              Trả lại đơn vị
            </button>
            <button
              type="button"
              className="btn btn--size-small btn--style-secondary"
              onClick={() => {
                setReturning(false)
                setError(null)
              }}
            >
              Hủy
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="app-activity-actions__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
