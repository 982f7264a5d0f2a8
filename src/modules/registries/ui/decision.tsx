import { formatDate } from '@/shared/text/vietnamese'
import { sitePath } from '@/shared/ui/site-url'
import { fileOf } from '../server/find-members'

type Decision = {
  number?: string | null
  date?: string | null
  issuer?: string | null
  reason?: string | null
  file?: unknown
}

const size = (bytes: number | null | undefined): string | null => {
  if (!bytes) return null
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** "Số 125/QĐ-UBND ngày 15/03/2024 của UBND tỉnh", with a link to the signed file when there is one. */
export function DecisionText({
  decision,
  kind,
}: {
  decision: Decision | null | undefined
  kind: 'công nhận' | 'miễn nhiệm'
}) {
  if (!decision?.number && !decision?.date) return <span className="app-muted">Chưa cập nhật</span>
  const file = fileOf(decision.file)
  const details = [file?.mimeType === 'application/pdf' ? 'PDF' : null, size(file?.filesize)].filter(Boolean)
  return (
    <span className="app-reg-decision">
      {decision.number ? `Số ${decision.number}` : 'Quyết định'}
      {decision.date ? ` ngày ${formatDate(decision.date)}` : null}
      {decision.issuer ? ` của ${decision.issuer}` : null}
      {decision.reason ? `. Lý do: ${decision.reason}` : null}
      {file?.url ? (
        <>
          {' '}
          <a href={sitePath(file.url)} className="app-reg-decision__file" download>
            Tải quyết định {kind}
            {decision.number ? ` số ${decision.number}` : ''}
            {details.length ? ` (${details.join(', ')})` : ''}
          </a>
        </>
      ) : null}
    </span>
  )
}
