import { createElement } from 'react'
import { tableOfContents, type StructureNode, type TocEntry } from '../parse'
import type { StoredStructure } from '../hooks/document-structure'

const HEADING_KINDS = new Set(['phan', 'chuong', 'muc', 'tieu-muc', 'muc-la-ma'])

const HEADING_TAGS = ['h3', 'h4', 'h5', 'h6'] as const

/** h3 for the top level of the text (under "Toàn văn", an h2), one level deeper per nesting. */
function Heading({ depth, className, children }: { depth: number; className?: string; children: string }) {
  return createElement(HEADING_TAGS[Math.min(HEADING_TAGS.length - 1, depth)] ?? 'h6', { className }, children)
}

function Lines({ text }: { text: string }) {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  return (
    <>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  )
}

/** One provision with its children, each with the anchor the structure parser gave it. */
function Node({ node, depth }: { node: StructureNode; depth: number }) {
  const children = node.children.map((child) => (
    <Node
      key={child.anchor}
      node={child}
      depth={HEADING_KINDS.has(node.kind) || node.kind === 'dieu' ? depth + 1 : depth}
    />
  ))
  if (HEADING_KINDS.has(node.kind) || node.kind === 'dieu' || (node.kind === 'muc' && node.heading)) {
    const title = node.heading ? `${node.label}${node.kind === 'dieu' ? '.' : ''} ${node.heading}` : node.label
    const className = node.kind === 'dieu' ? 'app-ld-article' : 'app-ld-part'
    return (
      // A div, not a section: two hundred articles must not become two hundred landmarks.
      <div id={node.anchor} className={className}>
        <Heading depth={depth} className={node.kind === 'dieu' ? undefined : 'app-ld-part__title'}>
          {title}
        </Heading>
        <Lines text={node.text} />
        {children}
      </div>
    )
  }
  const [first = '', ...rest] = node.text.split('\n').filter((l) => l.trim() !== '')
  const className = node.kind === 'diem' ? 'app-ld-point' : 'app-ld-clause'
  return (
    <div id={node.anchor} className={className}>
      <p>
        <strong>
          {node.kind === 'khoan' ? `${node.number}.` : node.kind === 'diem' ? `${node.number})` : node.label}
        </strong>{' '}
        {node.heading ? `${node.heading} ` : ''}
        {first}
      </p>
      <Lines text={rest.join('\n')} />
      {children}
    </div>
  )
}

type TocNode = TocEntry & { children: TocNode[] }

function nest(entries: TocEntry[]): TocNode[] {
  const roots: TocNode[] = []
  const stack: TocNode[] = []
  for (const entry of entries) {
    const node: TocNode = { ...entry, children: [] }
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= entry.depth) stack.pop()
    const parent = stack[stack.length - 1]
    ;(parent ? parent.children : roots).push(node)
    stack.push(node)
  }
  return roots
}

function TocList({ nodes }: { nodes: TocNode[] }) {
  return (
    <ol>
      {nodes.map((n) => (
        <li key={n.anchor}>
          <a href={`#${n.anchor}`}>
            {n.label}
            {n.heading ? `. ${n.heading}` : ''}
          </a>
          {n.children.length > 0 ? <TocList nodes={n.children} /> : null}
        </li>
      ))}
    </ol>
  )
}

/** The table of contents: parts, chapters, sections and every article, as links to their anchors. */
export function TableOfContents({ structure }: { structure: StoredStructure }) {
  const entries = tableOfContents(structure)
  if (entries.length === 0) return null
  const articles = entries.filter((e) => e.anchor.startsWith('dieu-')).length
  return (
    <details className="app-ld-toc">
      <summary>Mục lục{articles > 0 ? ` (${articles} điều)` : ''}</summary>
      <nav aria-label="Mục lục văn bản">
        <TocList nodes={nest(entries)} />
      </nav>
    </details>
  )
}

/** The full text, rendered from the parsed tree (no stored markup is ever injected). */
export function FullText({ structure, text }: { structure: StoredStructure | null; text: string | null | undefined }) {
  if (!structure)
    return text ? (
      <div className="app-ld-text">
        <Lines text={text} />
      </div>
    ) : null
  return (
    <div className="app-ld-text">
      {structure.preamble ? <Lines text={structure.preamble} /> : null}
      {structure.nodes.map((node) => (
        <Node key={node.anchor} node={node} depth={0} />
      ))}
      {structure.appendix ? (
        <section aria-labelledby="phu-luc-tieu-de" id="phu-luc">
          <h3 id="phu-luc-tieu-de">Phụ lục</h3>
          <Lines text={structure.appendix} />
        </section>
      ) : null}
    </div>
  )
}
