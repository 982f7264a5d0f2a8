import Link from 'next/link'
import { formatDate } from '@/shared/text/vietnamese'
import { RELATION_TYPES } from '../parse'
import { documentPath } from '../constants'
import type { RelationView } from '../server/get-document'
import { typeAndNumber } from './document-items'

type Group = { key: string; label: string; items: RelationView[] }

function groups(relations: RelationView[], isOutgoing: boolean): Group[] {
  return RELATION_TYPES.map((type) => ({
    key: type.value,
    label: isOutgoing ? type.label : type.inverseLabel,
    items: relations.filter((r) => r.isOutgoing === isOutgoing && r.type === type.value),
  })).filter((g) => g.items.length > 0)
}

/**
 * The provision a relation cites, linked to its anchor: on the other document for a relation from
 * this one, on this page for a relation that acts on this document.
 */
function Provision({ relation }: { relation: RelationView }) {
  if (!relation.provision) return null
  const anchor = relation.anchors[0]
  if (!anchor) return <> ({relation.provision})</>
  const href = relation.isOutgoing ? `${documentPath(relation.other.slug ?? '')}#${anchor}` : `#${anchor}`
  return (
    <>
      {' '}
      (<a href={href}>{relation.provision}</a>)
    </>
  )
}

function Side({ title, list }: { title: string; list: Group[] }) {
  return (
    <div className="app-ld-diagram__side">
      <h3>{title}</h3>
      {list.length === 0 ? <p className="app-ld-meta">Không có.</p> : null}
      {list.map((g) => (
        <div key={g.key}>
          <h4>{g.label}</h4>
          <ul>
            {g.items.map((r) => {
              const date = r.effectiveAt
              return (
                <li key={r.id}>
                  <Link href={documentPath(r.other.slug ?? '')}>
                    {typeAndNumber(r.other)} – {r.other.title}
                  </Link>
                  <Provision relation={r} />
                  {date ? <span className="app-ld-meta"> · từ ngày {formatDate(date)}</span> : null}
                  {r.note ? <span className="app-ld-meta"> · {r.note}</span> : null}
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </div>
  )
}

/**
 * A "lược đồ" as grouped lists around the document: what acts on it on one side, what it acts on
 * or relies on on the other, each group under the relation's label read from that side.
 */
export function RelationsDiagram({ number, relations }: { number: string; relations: RelationView[] }) {
  if (relations.length === 0) return null
  return (
    <section aria-labelledby="ld-relations" className="app-ld-section">
      <h2 id="ld-relations">Lược đồ văn bản</h2>
      <div className="app-ld-diagram">
        <Side title="Văn bản khác đối với văn bản này" list={groups(relations, false)} />
        <p className="app-ld-diagram__center">
          Văn bản đang xem
          <br />
          {number}
        </p>
        <Side title="Văn bản này đối với văn bản khác" list={groups(relations, true)} />
      </div>
    </section>
  )
}
