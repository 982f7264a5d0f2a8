'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { CONFLICT_STATUSES, SYNC_CONFLICTS_SLUG } from '../constants'

type Choice = 'kept-local' | 'took-remote' | 'dismissed'

/**
 * The two decisions on a sync conflict, as buttons. They PATCH the conflict's status through the
 * REST API with the editor's own session, so the collection's access rules apply and the decision
 * is carried out by its hook (taking the remote version is written with the editor's rights).
 */
function Actions({
  id,
  status,
  kind,
  compact,
}: {
  id: number | string
  status: string
  kind: string
  compact?: boolean
}) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const label = CONFLICT_STATUSES.find((s) => s.value === status)?.label ?? status

  async function decide(choice: Choice) {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`/api/${SYNC_CONFLICTS_SLUG}/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: choice }),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
        setError(body?.errors?.[0]?.message ?? 'Không xử lý được mục này.')
      } else router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <span className="sync-conflict-actions">
      {compact ? label : null}
      {status === 'open' && kind === 'conflict' ? (
        <>
          {' '}
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => void decide('kept-local')}
          >
            Giữ bản tại chỗ
          </button>{' '}
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={busy}
            onClick={() => void decide('took-remote')}
          >
            Lấy bản từ nguồn
          </button>
        </>
      ) : null}
      {status === 'open' && kind === 'rejected' ? (
        <>
          {' '}
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => void decide('dismissed')}
          >
            Đánh dấu đã xem xét
          </button>
        </>
      ) : null}
      {error ? <span role="alert"> {error}</span> : null}
    </span>
  )
}

/** The status column of the list, with the decisions for open entries. */
export function ConflictStatusCell({
  cellData,
  rowData,
}: {
  cellData?: unknown
  rowData?: { id?: number | string; kind?: string }
}) {
  if (rowData?.id === undefined) return null
  return <Actions id={rowData.id} status={String(cellData ?? '')} kind={String(rowData.kind ?? '')} compact />
}

/** The decisions at the top of an open entry's page: a conflict's two choices, or a rejection's dismissal. */
export function ConflictActions() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const kind = useFormFields(([fields]) => fields.kind?.value)
  if (id === undefined || id === null || status !== 'open') return null
  return (
    <div className="sync-conflict-panel" style={{ marginBottom: '1.5rem' }}>
      <p>
        {kind === 'conflict'
          ? 'Bản tại chỗ đã được sửa sau lần đồng bộ trước, và bản ở nguồn cũng đã thay đổi. Chọn một cách xử lý:'
          : 'Bản ghi này không hợp lệ nên không được nhận (xem lý do bên dưới); cổng nguồn cần sửa nó. Sau khi đã xem xét hoặc báo cho cổng nguồn:'}
      </p>
      <Actions id={id} status={String(status)} kind={String(kind)} />
    </div>
  )
}
