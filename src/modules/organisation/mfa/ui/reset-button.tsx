'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Under "Đã bật xác thực hai bước" in an account's sidebar: an administrator turns it off for
 * someone who lost their phone. The endpoint checks the role again and writes the audit entry.
 */
export function MfaResetButton() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const enabled = useFormFields(([fields]) => fields.mfaEnabled?.value === true)
  const router = useRouter()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id || (user as { role?: string } | null)?.role !== 'admin') return null
  if (!enabled && !message) return null

  async function reset() {
    if (!window.confirm('Đặt lại xác thực hai bước của tài khoản này? Người dùng sẽ phải quét mã QR mới.')) return
    setBusy(true)
    try {
      const response = await fetch(`/api/users/${id}/mfa-reset`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => null)) as { message?: string; errors?: { message?: string }[] }
      setMessage(response.ok ? (body?.message ?? 'Đã đặt lại.') : (body?.errors?.[0]?.message ?? 'Không đặt lại được.'))
      if (response.ok) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="app-mfa-reset">
      {enabled ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={reset}>
          Đặt lại xác thực hai bước
        </button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
