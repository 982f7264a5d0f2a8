import Link from 'next/link'
import type { EffectHistory, LegalDocument } from '@/payload-types'
import { formatDate } from '@/shared/text/vietnamese'
import { documentPath, effectActionLabel, statusLabel } from '../constants'
import { typeAndNumber } from './document-items'

const published = (value: number | LegalDocument | null | undefined): LegalDocument | null =>
  value && typeof value === 'object' && value.slug ? value : null

/** The effect history as a table: date, what happened, the resulting status, by which document. */
export function EffectHistoryTable({ rows }: { rows: EffectHistory[] }) {
  if (rows.length === 0) return null
  return (
    <section aria-labelledby="ld-history" className="app-ld-section app-ld-history">
      <h2 id="ld-history">Lịch sử hiệu lực</h2>
      <div className="app-table-wrap" tabIndex={0} role="region" aria-labelledby="ld-history">
        <table className="app-table">
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              <th scope="col">Sự kiện</th>
              <th scope="col">Tình trạng sau đó</th>
              <th scope="col">Văn bản tác động, phạm vi</th>
              <th scope="col">Ghi nhận</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const by = published(row.byDocument)
              return (
                <tr key={row.id}>
                  <td>
                    <time dateTime={row.date}>{formatDate(row.date)}</time>
                  </td>
                  <th scope="row">{effectActionLabel(row.action)}</th>
                  <td>{statusLabel(row.toStatus)}</td>
                  <td>
                    {by ? <Link href={documentPath(by.slug ?? '')}>{typeAndNumber(by)}</Link> : null}
                    {row.provision ? (
                      <>
                        {by ? ': ' : ''}
                        {row.provision}
                      </>
                    ) : null}
                    {row.note ? <div>{row.note}</div> : null}
                  </td>
                  <td>{row.isAutomatic ? 'Hệ thống tự cập nhật' : 'Biên tập viên cập nhật'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
