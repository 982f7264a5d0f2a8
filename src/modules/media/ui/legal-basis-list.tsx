import Link from 'next/link'
import type { LegalDocument, LibraryItem } from '@/payload-types'
import { documentPath } from '@/modules/legal-documents/constants'
import { typeAndNumber } from '@/modules/legal-documents/ui/document-items'

/** The provisions an item explains, each a link to that article on the document's page. */
export function LegalBasisList({ rows }: { rows: LibraryItem['legalBasis'] }) {
  const list = (rows ?? []).filter(
    (r): r is typeof r & { document: LegalDocument } => typeof r.document === 'object' && r.document !== null,
  )
  if (list.length === 0) return null
  return (
    <section aria-labelledby="lib-basis" className="app-lib-section">
      <h2 id="lib-basis">Căn cứ pháp lý</h2>
      <ul className="app-list">
        {list.map((r) => {
          const doc = r.document
          const href = `${documentPath(doc.slug ?? String(doc.id))}${r.anchor ? `#${r.anchor}` : ''}`
          return (
            <li key={r.id ?? `${doc.id}-${r.anchor ?? ''}`}>
              <Link href={href}>
                {r.article ? `${r.article} — ` : ''}
                {typeAndNumber(doc)}
              </Link>
              <span className="app-list__meta">{doc.title}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
