import Link from 'next/link'
import { formatDate } from '@/shared/text/vietnamese'
import { DOCUMENT_TYPES, NO_NUMBER } from '../parse'
import { documentPath } from '../constants'
import type { DocumentListItem } from '../server/find-documents'
import { StatusBadge } from './status-badge'

export const typeLabel = (value: string | null | undefined): string =>
  DOCUMENT_TYPES.find((t) => t.value === value)?.label ?? 'Văn bản'

/** "Bộ luật số 45/2019/QH14", "Công văn không số". */
export function typeAndNumber(doc: { type?: string | null; number?: string | null }): string {
  const label = typeLabel(doc.type)
  return !doc.number || doc.number === NO_NUMBER ? `${label} không số` : `${label} số ${doc.number}`
}

/** Documents in a list: the title is the only link, so each item is one tab stop. */
export function DocumentItems({ docs, headingLevel = 2 }: { docs: DocumentListItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="app-doclist">
      {docs.map((doc) => (
        <li key={doc.id} className="app-doclist__item">
          <Heading className="app-doclist__title">
            <Link href={documentPath(doc.slug ?? String(doc.id))}>{doc.title}</Link>
          </Heading>
          <p className="app-doclist__meta">
            {typeAndNumber(doc)} · {doc.issuer} · ban hành{' '}
            <time dateTime={doc.issuedAt}>{formatDate(doc.issuedAt)}</time>
            {doc.effectiveAt ? (
              <>
                {' '}
                · hiệu lực <time dateTime={doc.effectiveAt}>{formatDate(doc.effectiveAt)}</time>
              </>
            ) : null}{' '}
            · <StatusBadge status={doc.status} />
          </p>
        </li>
      ))}
    </ul>
  )
}
