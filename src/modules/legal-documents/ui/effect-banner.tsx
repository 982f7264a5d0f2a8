import Link from 'next/link'
import type { LegalDocument } from '@/payload-types'
import { formatDate } from '@/shared/text/vietnamese'
import { documentPath, EFFECT_RELATIONS, NOT_IN_FORCE, relationLabels } from '../constants'
import type { RelationTypeValue } from '../parse'
import type { RelationView } from '../server/get-document'
import { typeAndNumber } from './document-items'

const TITLES: Record<string, string> = {
  'het-hieu-luc-toan-bo': 'Văn bản này đã hết hiệu lực toàn bộ',
  'het-hieu-luc-mot-phan': 'Văn bản này đã hết hiệu lực một phần',
  'ngung-hieu-luc': 'Văn bản này đang bị ngưng hiệu lực',
  'ngung-hieu-luc-mot-phan': 'Văn bản này bị ngưng hiệu lực một phần',
  'khong-con-phu-hop': 'Văn bản này không còn phù hợp',
  'chua-co-hieu-luc': 'Văn bản này chưa có hiệu lực',
}

/** Relations that change this document's effect, with the acting document first. */
function actingOnThis(relations: RelationView[]): RelationView[] {
  return relations.filter(
    (r) => !r.isOutgoing && ['thay-the', 'bai-bo', 'dinh-chi'].includes(r.type) && r.type in EFFECT_RELATIONS,
  )
}

function ChangedBy({ relation }: { relation: RelationView }) {
  const date = relation.effectiveAt ?? relation.other.effectiveAt
  return (
    <li>
      {relationLabels(relation.type as RelationTypeValue).inverseLabel}{' '}
      <Link href={documentPath(relation.other.slug ?? '')}>
        {typeAndNumber(relation.other)} – {relation.other.title}
      </Link>
      {relation.provision ? <> ({relation.provision})</> : null}
      {date ? <>, từ ngày {formatDate(date)}</> : null}
    </li>
  )
}

/**
 * Says at the top of the page when the document is not, no longer, or only partly in force, and
 * names (with a link) the documents that changed it.
 */
export function EffectBanner({ doc, relations }: { doc: LegalDocument; relations: RelationView[] }) {
  const status = doc.status ?? 'chua-xac-dinh'
  const acting = actingOnThis(relations)
  const now = new Date()
  const pending = acting.filter((r) => {
    const date = r.effectiveAt ?? r.other.effectiveAt
    return date ? new Date(date) > now : false
  })
  const title = TITLES[status] ?? (pending.length > 0 ? 'Văn bản này sắp bị thay đổi hiệu lực' : null)
  if (!title) return null
  const isPartial = status.endsWith('mot-phan') || status === 'khong-con-phu-hop'
  const tone = (NOT_IN_FORCE as readonly string[]).includes(status) ? (isPartial ? 'partial' : 'out') : 'info'
  return (
    <section className={`app-ld-banner app-ld-banner--${tone}`} aria-labelledby="ld-banner-title">
      <h2 id="ld-banner-title">{title}</h2>
      {status === 'chua-co-hieu-luc' && doc.effectiveAt ? (
        <p>Có hiệu lực từ ngày {formatDate(doc.effectiveAt)}.</p>
      ) : null}
      {status !== 'chua-co-hieu-luc' && doc.effectChangedAt && tone !== 'info' ? (
        <p>Từ ngày {formatDate(doc.effectChangedAt)}.</p>
      ) : null}
      {acting.length > 0 ? (
        <ul>
          {acting.map((r) => (
            <ChangedBy key={r.id} relation={r} />
          ))}
        </ul>
      ) : null}
      {doc.statusNote ? <p>{doc.statusNote}</p> : null}
    </section>
  )
}
