'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState } from 'react'

/**
 * In one's own account's sidebar, under "Đã bật xác thực hai bước": ten new recovery codes, for
 * someone who used some of theirs or fears the sheet was seen. A current code from the
 * authenticator app is asked for; the old codes stop working; the new ones are shown once.
 */
export function MfaRecoveryCodes() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const enabled = useFormFields(([fields]) => fields.mfaEnabled?.value === true)
  const inputId = useId()
  const [open, setOpen] = useState(false)
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const input = useRef<HTMLInputElement>(null)
  // Opening the form takes the keyboard to its field.
  useEffect(() => {
    if (open) input.current?.focus()
  }, [open])
  if (!id || !user || String(user.id) !== String(id) || !enabled) return null

  async function renew() {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const response = await fetch('/api/users/mfa/recovery-codes', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: code.trim() }),
      })
      const body = (await response.json().catch(() => null)) as {
        recoveryCodes?: string[]
        errors?: { message?: string }[]
      } | null
      if (response.ok && body?.recoveryCodes) {
        setCodes(body.recoveryCodes)
        setCode('')
      } else setError(body?.errors?.[0]?.message ?? 'Không tạo được mã khôi phục mới.')
    } finally {
      setBusy(false)
    }
  }

  if (codes) {
    return (
      <div className="app-mfa-recovery" role="status">
        <p>
          <strong>Mã khôi phục mới</strong> (mỗi mã dùng được một lần; các mã cũ không dùng được nữa). Hãy in hoặc chép
          lại và cất ở nơi an toàn: trang này sẽ không hiện lại chúng.
        </p>
        <ol className="app-mfa__codes" aria-label="Mã khôi phục mới">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => {
            setCodes(null)
            setOpen(false)
          }}
        >
          Tôi đã cất giữ các mã
        </button>
      </div>
    )
  }

  if (!open) {
    return (
      <div className="app-mfa-recovery">
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setOpen(true)}>
          Tạo lại mã khôi phục
        </button>
      </div>
    )
  }

  return (
    // Not a <form>: this sits inside the account's own form, and Enter must not save that one.
    <div className="app-mfa-recovery" role="group" aria-label="Tạo lại mã khôi phục">
      <label htmlFor={inputId}>Mã 6 chữ số đang hiện trong ứng dụng xác thực</label>
      <input
        id={inputId}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            void renew()
          }
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-loi` : undefined}
        ref={input}
      />
      {error ? (
        <p id={`${inputId}-loi`} role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={busy}
        onClick={() => void renew()}
      >
        Tạo 10 mã mới
      </button>{' '}
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setOpen(false)}>
        Hủy
      </button>
    </div>
  )
}
