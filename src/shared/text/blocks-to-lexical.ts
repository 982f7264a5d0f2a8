/**
 * Builds Lexical editor JSON from simple blocks (paragraphs, headings, lists, quotes). Used by the
 * demo seed and importers that receive plain text.
 */
export type TextBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'ol'; items: string[] }
  | { type: 'quote'; text: string }

type Node = { type: string; version: number; [key: string]: unknown }

const text = (value: string): Node => ({
  type: 'text',
  version: 1,
  text: value.normalize('NFC'),
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
})
const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})

function block(b: TextBlock): Node {
  switch (b.type) {
    case 'p':
      return element('paragraph', [text(b.text)], { textFormat: 0, textStyle: '' })
    case 'h2':
    case 'h3':
      return element('heading', [text(b.text)], { tag: b.type })
    case 'quote':
      return element('quote', [text(b.text)])
    case 'ul':
    case 'ol':
      return element(
        'list',
        b.items.map((item, i) => element('listitem', [text(item)], { value: i + 1 })),
        { listType: b.type === 'ul' ? 'bullet' : 'number', start: 1, tag: b.type },
      )
  }
}

export function blocksToLexical(blocks: TextBlock[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: blocks.map(block),
    },
  }
}

/** Plain paragraphs separated by blank lines become paragraphs. */
export function plainTextToLexical(value: string) {
  return blocksToLexical(
    value
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => ({ type: 'p' as const, text: p })),
  )
}
