import Link from 'next/link'
import type { ReactNode } from 'react'
import type { LegalDocument, LegalField } from '@/payload-types'
import { formatDate } from '@/shared/text/vietnamese'
import { SCOPES } from '../constants'
import { listHref, EMPTY_FILTERS } from '../server/list-params'
import { typeLabel } from './document-items'
import { StatusBadge } from './status-badge'

const day = (value: string | null | undefined): ReactNode =>
  value ? <time dateTime={value}>{formatDate(value)}</time> : null

function fieldsOf(doc: LegalDocument): LegalField[] {
  return (doc.fields ?? []).filter((f): f is LegalField => typeof f === 'object' && f !== null)
}

/** The attributes of a document as a description list (a table on wide screens, stacked on phones). */
export function DocumentFacts({ doc }: { doc: LegalDocument }) {
  const fields = fieldsOf(doc)
  const source = doc.source ?? null
  const facts: [string, ReactNode][] = [
    ['Số ký hiệu', doc.number],
    [
      'Loại văn bản',
      <Link key="t" href={listHref(EMPTY_FILTERS, { type: doc.type })}>
        {typeLabel(doc.type)}
      </Link>,
    ],
    [
      'Cơ quan ban hành',
      doc.issuerKey ? (
        <Link key="i" href={listHref(EMPTY_FILTERS, { issuer: doc.issuerKey })}>
          {doc.issuer}
        </Link>
      ) : (
        doc.issuer
      ),
    ],
    ['Người ký', doc.signer ? `${doc.signer}${doc.signerTitle ? ` (${doc.signerTitle})` : ''}` : null],
    ['Ngày ban hành', day(doc.issuedAt)],
    ['Ngày có hiệu lực', day(doc.effectiveAt)],
    ['Ngày hết hiệu lực', day(doc.expiresAt)],
    ['Tình trạng hiệu lực', <StatusBadge key="s" status={doc.status} />],
    ['Phạm vi', SCOPES.find((s) => s.value === doc.scope)?.label ?? null],
    [
      'Lĩnh vực',
      fields.length > 0
        ? fields.map((f, i) => (
            <span key={f.id}>
              {i > 0 ? ', ' : ''}
              <Link href={listHref(EMPTY_FILTERS, { field: f.slug ?? null })}>{f.title}</Link>
            </span>
          ))
        : null,
    ],
    [
      'Công báo',
      doc.congBaoNumber || doc.congBaoDate
        ? [
            doc.congBaoNumber ? `${/^\d/.test(doc.congBaoNumber) ? 'Số ' : ''}${doc.congBaoNumber}` : null,
            doc.congBaoDate ? `ngày ${formatDate(doc.congBaoDate)}` : null,
          ]
            .filter(Boolean)
            .join(', ')
        : null,
    ],
    [
      'Nguồn',
      source && /^https?:\/\//.test(source) ? (
        <a key="n" href={source} rel="noopener noreferrer">
          {source.replace(/^https?:\/\//, '').split('/')[0]}
          <span className="app-visually-hidden"> (nguồn văn bản, trang ngoài)</span>
        </a>
      ) : (
        source
      ),
    ],
  ]
  return (
    <dl className="app-facts">
      {facts
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => (
          <div key={k} className="app-facts__row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  )
}
