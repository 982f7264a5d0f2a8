'use client'
import { useRowLabel } from '@payloadcms/ui'
import { formatDateTime } from '../../text/vietnamese'
import { ACTION_LABELS, isWorkflowAction } from '../states'

type Row = { action?: string; byName?: string; at?: string }

export function HistoryRowLabel() {
  const { data } = useRowLabel<Row>()
  const action = isWorkflowAction(data?.action) ? ACTION_LABELS[data.action] : 'Thao tác'
  return (
    <span>
      {action} — {data?.byName ?? 'Không rõ'} — {formatDateTime(data?.at)}
    </span>
  )
}
