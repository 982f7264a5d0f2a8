'use client'
import Link from 'next/link'
import { useEffect, useId, useRef, useState } from 'react'

type Setup = { secret: string; uri: string; qrSvg: string }
type ApiError = { errors?: { message?: string }[] }

const messageOf = (body: unknown, fallback: string): string =>
  (body as ApiError | null)?.errors?.[0]?.message ?? fallback

const grouped = (secret: string): string => secret.replace(/(.{4})/g, '$1 ').trim()

/**
 * The second sign-in step. Enrolment: scan the QR code (or type the key) into an authenticator
 * app, type the first code, keep the ten recovery codes. Afterwards: the six-digit code, or one
 * recovery code. Works with the keyboard alone and on a 360 px screen.
 */
export function MfaForm({ mode, email, next }: { mode: 'enrol' | 'verify'; email: string; next: string }) {
  const [setup, setSetup] = useState<Setup | null>(null)
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)
  const started = useRef(false)
  const input = useRef<HTMLInputElement>(null)

  // The page has one thing to do: the code field takes the focus, as on the login screen.
  useEffect(() => {
    input.current?.focus()
  }, [])
  const inputId = useId()
  const hintId = useId()

  useEffect(() => {
    if (mode !== 'enrol' || started.current) return
    started.current = true
    void (async () => {
      const response = await fetch('/api/users/mfa/setup', { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => null)) as unknown
      if (response.ok) setSetup(body as Setup)
      else setError(messageOf(body, 'Không tạo được mã QR. Vui lòng tải lại trang.'))
    })()
  }, [mode])

  async function submit(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const response = await fetch('/api/users/mfa/verify', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code }),
      })
      const body = (await response.json().catch(() => null)) as { recoveryCodes?: string[] } | null
      if (!response.ok) {
        setError(messageOf(body, 'Không xác thực được. Vui lòng thử lại.'))
        setCode('')
        return
      }
      if (body?.recoveryCodes?.length) setRecoveryCodes(body.recoveryCodes)
      else window.location.assign(next)
    } finally {
      setBusy(false)
    }
  }

  if (recoveryCodes) {
    return (
      <div className="app-mfa">
        <h1>Đã bật xác thực hai bước</h1>
        <p>
          Hãy in hoặc chép <strong>10 mã khôi phục</strong> dưới đây và cất ở nơi an toàn. Khi không có điện thoại, mỗi
          mã dùng được <strong>một lần</strong> thay cho mã trong ứng dụng. Các mã này chỉ hiện một lần.
        </p>
        <ol className="app-mfa__codes" aria-label="Mã khôi phục">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <p>
          <a className="btn btn--style-primary" href={next}>
            Tôi đã lưu các mã, vào trang quản trị
          </a>
        </p>
      </div>
    )
  }

  return (
    <div className="app-mfa">
      <h1>Xác thực hai bước</h1>
      {mode === 'enrol' ? (
        <>
          <p>
            Tài khoản <strong>{email}</strong> có quyền biên tập nên phải bật xác thực hai bước. Cài một ứng dụng xác
            thực (Google Authenticator, Microsoft Authenticator, FreeOTP…) trên điện thoại, rồi quét mã QR này:
          </p>
          {setup ? (
            <>
              {/* The SVG is drawn on our server by the qrcode library from the otpauth URI: QR modules
                  only, no text or markup taken from anyone's input. */}
              <div
                className="app-mfa__qr"
                role="img"
                aria-label="Mã QR để thêm tài khoản vào ứng dụng xác thực"
                dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
              />
              <p>
                Không quét được? Nhập khóa này vào ứng dụng (loại “theo thời gian”):{' '}
                <code className="app-mfa__secret" data-secret={setup.secret}>
                  {grouped(setup.secret)}
                </code>
              </p>
            </>
          ) : error ? null : (
            <p role="status">Đang tạo mã QR…</p>
          )}
        </>
      ) : (
        <p>
          Mở ứng dụng xác thực trên điện thoại và nhập mã 6 chữ số của tài khoản <strong>{email}</strong>.
        </p>
      )}
      <form className="app-mfa__form" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>{mode === 'enrol' ? 'Mã 6 chữ số đầu tiên trong ứng dụng' : 'Mã xác thực'}</label>
        <input
          id={inputId}
          name="code"
          className="app-mfa__input"
          inputMode={mode === 'enrol' ? 'numeric' : 'text'}
          autoComplete="one-time-code"
          ref={input}
          required
          maxLength={20}
          value={code}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setCode(e.target.value)}
        />
        <p id={hintId} className="app-mfa__hint">
          {mode === 'enrol'
            ? 'Mã đổi sau mỗi 30 giây.'
            : 'Mất điện thoại? Nhập một mã khôi phục (dạng xxxx-xxxx-xxxx) hoặc nhờ quản trị hệ thống đặt lại.'}
        </p>
        {error ? (
          <p role="alert" className="app-mfa__error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn btn--style-primary" disabled={busy || !code.trim()}>
          {busy ? 'Đang kiểm tra…' : 'Xác nhận'}
        </button>
      </form>
      <p>
        <Link href="/admin/logout">Đăng xuất</Link>
      </p>
    </div>
  )
}
