import Link from 'next/link'
import type { CitedProvision } from '../citations/resolve'
import type { StructureNode } from '../parse/structure'
import { typeAndNumber } from './document-items'
import { StatusBadge } from './status-badge'
import './cited-provisions.css'

/** The cited Điều's text, its clauses and points as paragraphs; the cited provision is marked. */
function ProvisionText({ node, cited }: { node: StructureNode; cited: string | null }) {
  const lines: Array<{ text: string; isCited: boolean }> = []
  const visit = (n: StructureNode, top: boolean) => {
    const isCited =
      !!cited && !top && (n.anchor === cited || cited.startsWith(`${n.anchor}-`) || n.anchor.startsWith(`${cited}-`))
    const prefix = top ? '' : n.kind === 'khoan' ? `${n.number}. ` : n.kind === 'diem' ? `${n.number}) ` : ''
    const [first = '', ...rest] = n.text.split('\n').filter((l) => l.trim() !== '')
    if (first || prefix)
      lines.push({ text: `${prefix}${n.heading && !top ? `${n.heading} ` : ''}${first}`.trim(), isCited })
    lines.push(...rest.map((text) => ({ text, isCited })))
    for (const child of n.children) visit(child, false)
  }
  visit(node, true)
  return (
    <div className="app-cite__text">
      {lines
        .filter((l) => l.text)
        .map((line, i) =>
          line.isCited ? (
            <p key={i} className="app-cite__cited">
              <span className="app-visually-hidden">Nội dung được trích dẫn: </span>
              {line.text}
            </p>
          ) : (
            <p key={i}>{line.text}</p>
          ),
        )}
    </div>
  )
}

/**
 * The legal basis of a text as a section: each citation links to the provision's anchor on the
 * document page, shows the document's effect status and the text of the cited Điều.
 */
export function CitedProvisions({ citations, id, title }: { citations: CitedProvision[]; id: string; title: string }) {
  if (citations.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {citations.map((c) => (
        <div key={c.key} className="app-cite">
          <div className="app-cite__head">
            <h3>
              <Link href={c.href}>
                {c.label} — {typeAndNumber({ type: c.docType, number: c.docNumber })}
              </Link>
            </h3>
            <StatusBadge status={c.status} />
          </div>
          <p className="app-muted">{c.docTitle}</p>
          {c.node ? (
            <>
              <p>
                <strong>{c.node.heading ? `${c.node.label}. ${c.node.heading}` : c.node.label}</strong>
              </p>
              <ProvisionText node={c.node} cited={c.anchor} />
            </>
          ) : null}
        </div>
      ))}
    </section>
  )
}
