'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { COMMENT_STATUSES } from '../../constants'

type Props = { cellData?: unknown; rowData?: { id?: number | string } }

/**
 * The status column of the comments list with quick moderation: publish, or reject with a reason,
 * without opening the comment. Uses the REST API with the editor's own session, so the same
 * access rules and hooks apply as in the edit view.
 */
export function ModerationCell({ cellData, rowData }: Props) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const status = typeof cellData === 'string' ? cellData : ''
  const label = COMMENT_STATUSES.find((s) => s.value === status)?.label ?? status
  const id = rowData?.id

  async function update(data: Record<string, string>) {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`/api/dialogue-comments/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(data),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
        setError(body?.errors?.[0]?.message ?? 'Không lưu được.')
      } else router.refresh()
    } finally {
      setBusy(false)
    }
  }

  function reject() {
    const reason = window.prompt('Lý do từ chối góp ý:')
    if (reason && reason.trim()) void update({ status: 'tu-choi', rejectReason: reason.trim() })
  }

  return (
    <span>
      {label}
      {status === 'cho-duyet' && id !== undefined ? (
        <>
          {' '}
          <button type="button" disabled={busy} onClick={() => void update({ status: 'da-dang' })}>
            Đăng
          </button>{' '}
          <button type="button" disabled={busy} onClick={reject}>
            Từ chối
          </button>
        </>
      ) : null}
      {error ? <span role="alert"> {error}</span> : null}
    </span>
  )
}
