import type { ReactNode } from 'react'
import type { Align, Block, Inline, ListItem, TocEntry } from './markdown'

/**
 * Turns the parsed guide into React elements. Every piece of text is a React text node and every
 * attribute a prop, so React escapes all of it: no raw HTML is ever injected.
 */

export type ImageSize = { width: number; height: number }

export type RenderOptions = {
  /** the intrinsic size of an image, so the browser reserves its space before it loads */
  imageSize?: (src: string) => ImageSize | null
}

const isExternal = (href: string) => /^https?:\/\//i.test(href)

export function renderInline(nodes: Inline[], options: RenderOptions = {}): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.value
      case 'strong':
        return <strong key={i}>{renderInline(node.children, options)}</strong>
      case 'em':
        return <em key={i}>{renderInline(node.children, options)}</em>
      case 'code':
        return <code key={i}>{node.value}</code>
      case 'link':
        return (
          <a key={i} href={node.href} rel={isExternal(node.href) ? 'noopener noreferrer' : undefined}>
            {renderInline(node.children, options)}
          </a>
        )
      case 'image':
        return <GuideImage key={i} src={node.src} alt={node.alt} options={options} />
    }
  })
}

function GuideImage({ src, alt, options }: { src: string; alt: string; options: RenderOptions }) {
  const size = options.imageSize?.(src) ?? null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- static screenshots; images are unoptimised on this site
    <img
      src={src}
      alt={alt}
      width={size?.width}
      height={size?.height}
      loading="lazy"
      decoding="async"
      className="app-guide__image"
    />
  )
}

const alignClass = (align: Align | undefined) => (align ? `app-guide__cell--${align}` : undefined)

function renderListItem(item: ListItem, key: number, options: RenderOptions): ReactNode {
  return (
    <li key={key}>
      {renderInline(item.children, options)}
      {renderBlocks(item.blocks, options)}
    </li>
  )
}

function renderTable(block: Extract<Block, { type: 'table' }>, key: number, options: RenderOptions): ReactNode {
  const headers = block.header.map((cell) => plainCell(cell)).filter(Boolean)
  // Tables of three columns or more keep a minimum width and scroll on small screens, rather
  // than squeezing words letter by letter.
  const columns = block.header.length
  const size = columns >= 5 ? ' app-guide__table--wide' : columns >= 3 ? ' app-guide__table--medium' : ''
  return (
    // A table wider than the screen scrolls inside this region, which the keyboard can reach.
    <div
      key={key}
      className="app-table-wrap app-guide__table-wrap"
      role="region"
      tabIndex={0}
      aria-label={`Bảng: ${headers.join(', ')}`}
    >
      <table className={`app-table app-guide__table${size}`}>
        <thead>
          <tr>
            {block.header.map((cell, c) => (
              <th key={c} scope="col" className={alignClass(block.align[c])}>
                {renderInline(cell, options)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                // The first column names the row (a role, an action, a problem): a row header.
                c === 0 ? (
                  <th key={c} scope="row" className={alignClass(block.align[c])}>
                    {renderInline(cell, options)}
                  </th>
                ) : (
                  <td key={c} className={alignClass(block.align[c])}>
                    {renderInline(cell, options)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function plainCell(cell: Inline[]): string {
  return cell
    .map((n) => (n.type === 'text' || n.type === 'code' ? n.value : n.type === 'image' ? n.alt : plainCell(n.children)))
    .join('')
    .trim()
}

export function renderBlocks(blocks: Block[], options: RenderOptions = {}): ReactNode[] {
  return blocks.map((block, i) => {
    switch (block.type) {
      case 'heading': {
        const Tag = `h${block.level}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
        return (
          <Tag key={i} id={block.id}>
            {renderInline(block.children, options)}
          </Tag>
        )
      }
      case 'paragraph':
        return <p key={i}>{renderInline(block.children, options)}</p>
      case 'figure':
        return (
          <figure key={i} className="app-guide__figure">
            <GuideImage src={block.image.src} alt={block.image.alt} options={options} />
            {block.image.title ? <figcaption>{block.image.title}</figcaption> : null}
          </figure>
        )
      case 'list':
        return block.ordered ? (
          <ol key={i} start={block.start !== 1 ? block.start : undefined}>
            {block.items.map((item, n) => renderListItem(item, n, options))}
          </ol>
        ) : (
          <ul key={i}>{block.items.map((item, n) => renderListItem(item, n, options))}</ul>
        )
      case 'table':
        return renderTable(block, i, options)
      case 'quote':
        return (
          <blockquote key={i} className="app-guide__note">
            {renderBlocks(block.children, options)}
          </blockquote>
        )
      case 'code':
        return (
          <pre key={i} className="app-guide__code">
            <code>{block.value}</code>
          </pre>
        )
      case 'rule':
        return <hr key={i} />
    }
  })
}

/** The table of contents: a navigation landmark with its own h2 and a link to each h2. */
export function TableOfContents({ entries, id = 'muc-luc' }: { entries: TocEntry[]; id?: string }) {
  if (entries.length === 0) return null
  return (
    <nav aria-labelledby={id} className="app-guide__toc">
      <h2 id={id}>Mục lục</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
