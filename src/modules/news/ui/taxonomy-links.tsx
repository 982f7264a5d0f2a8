import Link from 'next/link'
import type { Area, Audience, LegalField } from '@/payload-types'

type Term = LegalField | Audience | Area

function terms(list: (number | Term)[] | null | undefined): Term[] {
  return (list ?? []).filter((t): t is Term => typeof t === 'object' && t !== null)
}

/** Fields, audiences and areas of a document, each a link to its listing. */
export function TaxonomyLinks({
  fields,
  audiences,
  areas,
}: {
  fields?: (number | LegalField)[] | null
  audiences?: (number | Audience)[] | null
  areas?: (number | Area)[] | null
}) {
  const groups = [
    { label: 'Lĩnh vực', base: '/linh-vuc', items: terms(fields) },
    { label: 'Đối tượng', base: '/doi-tuong', items: terms(audiences) },
    { label: 'Địa bàn', base: '/dia-ban', items: terms(areas) },
  ].filter((g) => g.items.length > 0)
  if (groups.length === 0) return null
  return (
    <dl className="app-terms">
      {groups.map((g) => (
        <div key={g.label} className="app-terms__group">
          <dt>{g.label}:</dt>
          {g.items.map((t) => (
            <dd key={t.id}>
              <Link href={`${g.base}/${t.slug}`}>{t.title}</Link>
            </dd>
          ))}
        </div>
      ))}
    </dl>
  )
}
