import { slugify } from '@/shared/text/vietnamese'

/**
 * A small Markdown parser for the user guide: the subset docs/huong-dan-su-dung.md uses, parsed
 * into a tree that render.tsx turns into React elements. No HTML is ever produced or passed
 * through: text stays text, and `<b>` in the source is shown as the characters "<b>".
 *
 * Blocks: ATX headings (# to ######), paragraphs, ordered and unordered lists (nested by
 * indentation), pipe tables, images alone on a line (figures), block quotes, fenced code and
 * horizontal rules. Inline: **bold**, *italic* / _italic_, `code`, [links](url), ![images](url)
 * and backslash escapes. Links and images keep only safe addresses.
 */

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'image'; src: string; alt: string; title: string | null }

export type Align = 'left' | 'center' | 'right' | null

export type ListItem = { children: Inline[]; blocks: Block[] }

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; id: string; text: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'figure'; image: Extract<Inline, { type: 'image' }> }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'table'; align: Align[]; header: Inline[][]; rows: Inline[][][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'code'; lang: string | null; value: string }
  | { type: 'rule' }

export type TocEntry = { id: string; text: string }

export type MarkdownDocument = {
  /** text of the first level-1 heading, when there is one */
  title: string | null
  blocks: Block[]
  /** the level-2 headings, in order */
  toc: TocEntry[]
}

export type ParseOptions = {
  /** ids already used on the page (the layout's landmarks…): headings get another id */
  reservedIds?: readonly string[]
}

/** Ids the portal layout and the guide page use themselves. */
export const DEFAULT_RESERVED_IDS = ['noi-dung', 'muc-luc'] as const

// ---------------------------------------------------------------------------------------------
// Addresses

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * The link address if it is safe to put in an href: http(s), mailto, tel, a path on this site
 * or a fragment. Anything else (javascript:, data:, protocol-relative //host…) gives null.
 */
export function safeHref(raw: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme: "java\tscript:" is javascript:.
  const href = raw.trim().replace(/[\u0000-\u001f\u007f\s]+/g, '')
  if (!href) return null
  if (href.startsWith('#')) return href
  if (href.startsWith('//') || href.startsWith('\\')) return null
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)
  if (scheme) return SAFE_SCHEMES.has(scheme[1]!.toLowerCase()) ? href : null
  if (href.includes(':') && !/^[^:]*[/?#]/.test(href)) return null
  return href
}

/** The image address if safe: a path on this site or an http(s) URL. */
export function safeImageSrc(raw: string): string | null {
  const src = safeHref(raw)
  if (!src) return null
  if (src.startsWith('/') || /^https?:\/\//i.test(src)) return src
  return null
}

// ---------------------------------------------------------------------------------------------
// Inline

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|<>~"\''.split(''))

/** Parses inline Markdown into a tree; unmatched markers stay as text. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = []
  let text = ''
  const flush = () => {
    if (text) out.push({ type: 'text', value: text })
    text = ''
  }
  let i = 0
  while (i < source.length) {
    const c = source[i]!
    if (c === '\\' && i + 1 < source.length && ESCAPABLE.has(source[i + 1]!)) {
      text += source[i + 1]
      i += 2
      continue
    }
    if (c === '`') {
      const run = countRun(source, i, '`')
      const close = findCodeClose(source, i + run, run)
      if (close !== -1) {
        flush()
        let value = source.slice(i + run, close).replace(/\n/g, ' ')
        if (value.length > 2 && value.startsWith(' ') && value.endsWith(' ') && value.trim()) {
          value = value.slice(1, -1)
        }
        out.push({ type: 'code', value })
        i = close + run
        continue
      }
      text += source.slice(i, i + run)
      i += run
      continue
    }
    if (c === '!' && source[i + 1] === '[') {
      const link = parseLinkAt(source, i + 1)
      if (link) {
        flush()
        const src = safeImageSrc(link.url)
        const alt = plainText(parseInline(link.label))
        if (src) out.push({ type: 'image', src, alt, title: link.title })
        else if (alt) out.push({ type: 'text', value: alt })
        i = link.end
        continue
      }
    }
    if (c === '[') {
      const link = parseLinkAt(source, i)
      if (link) {
        flush()
        const children = parseInline(link.label).filter((n) => n.type !== 'link')
        const href = safeHref(link.url)
        if (href) out.push({ type: 'link', href, children })
        else out.push(...children)
        i = link.end
        continue
      }
    }
    if (c === '*' || c === '_') {
      const emphasis = parseEmphasisAt(source, i)
      if (emphasis) {
        flush()
        out.push(emphasis.node)
        i = emphasis.end
        continue
      }
      const run = countRun(source, i, c)
      text += source.slice(i, i + run)
      i += run
      continue
    }
    text += c
    i += 1
  }
  flush()
  return out
}

function countRun(s: string, at: number, ch: string): number {
  let n = 0
  while (s[at + n] === ch) n++
  return n
}

function findCodeClose(s: string, from: number, run: number): number {
  let i = s.indexOf('`', from)
  while (i !== -1) {
    const n = countRun(s, i, '`')
    if (n === run) return i
    i = s.indexOf('`', i + n)
  }
  return -1
}

/** `[label](url "title")` starting at `at` (the "["), or null. */
function parseLinkAt(s: string, at: number): { label: string; url: string; title: string | null; end: number } | null {
  let depth = 0
  let i = at
  for (; i < s.length; i++) {
    const ch = s[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (ch === '`') {
      const run = countRun(s, i, '`')
      const close = findCodeClose(s, i + run, run)
      if (close !== -1) i = close + run - 1
      continue
    }
    if (ch === '[') depth++
    else if (ch === ']') {
      depth--
      if (depth === 0) break
    }
  }
  if (i >= s.length || s[i + 1] !== '(') return null
  const label = s.slice(at + 1, i)
  let j = i + 2
  let parens = 1
  const start = j
  for (; j < s.length; j++) {
    const ch = s[j]
    if (ch === '\\') {
      j++
      continue
    }
    if (ch === '(') parens++
    else if (ch === ')') {
      parens--
      if (parens === 0) break
    }
  }
  if (j >= s.length) return null
  const inside = s.slice(start, j).trim()
  const titled = /^(\S+)\s+"([^"]*)"$/.exec(inside)
  const url = (titled ? titled[1]! : inside).replace(/^<(.*)>$/, '$1')
  if (!titled && /\s/.test(url)) return null
  return { label, url, title: titled ? titled[2]! : null, end: j + 1 }
}

const WORD = /[\p{L}\p{N}]/u

/** **strong**, __strong__, *em* or _em_ starting at `at`, or null when not a real delimiter. */
function parseEmphasisAt(s: string, at: number): { node: Inline; end: number } | null {
  const ch = s[at]!
  const run = countRun(s, at, ch)
  const size = run >= 2 ? 2 : 1
  const after = s[at + size]
  if (after === undefined || /\s/.test(after)) return null
  // An underscore inside a word (snake_case) is not emphasis.
  if (ch === '_' && at > 0 && WORD.test(s[at - 1]!)) return null
  let i = at + size
  while (i < s.length) {
    if (s[i] === '\\') {
      i += 2
      continue
    }
    if (s[i] === '`') {
      const n = countRun(s, i, '`')
      const close = findCodeClose(s, i + n, n)
      i = close === -1 ? i + n : close + n
      continue
    }
    if (s[i] === ch) {
      const n = countRun(s, i, ch)
      const before = s[i - 1]!
      const next = s[i + n]
      const closes =
        !/\s/.test(before) && (ch === '*' || next === undefined || !WORD.test(next)) && (size === 2 ? n >= 2 : n === 1)
      if (closes && i > at + size) {
        const inner = parseInline(s.slice(at + size, i))
        return {
          node: size === 2 ? { type: 'strong', children: inner } : { type: 'em', children: inner },
          end: i + size,
        }
      }
      i += n
      continue
    }
    i++
  }
  return null
}

/** The text of inline nodes without formatting (for ids, the table of contents, alt text). */
export function plainText(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'code':
          return n.value
        case 'image':
          return n.alt
        default:
          return plainText(n.children)
      }
    })
    .join('')
}

// ---------------------------------------------------------------------------------------------
// Blocks

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$/
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
const QUOTE = /^ {0,3}>[ ]?/
const LIST_ITEM = /^( *)([-*+]|(\d{1,9})[.)])([ \t]+(.*))?$/
const TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

const isBlank = (line: string) => line.trim() === ''
const indentOf = (line: string) => line.length - line.trimStart().length

type ListMarker = { indent: number; ordered: boolean; number: number; content: string; contentIndent: number }

function listMarker(line: string): ListMarker | null {
  const m = LIST_ITEM.exec(line)
  if (!m) return null
  const indent = m[1]!.length
  const marker = m[2]!
  const gap = m[4] ? m[4].length - (m[5] ?? '').length : 1
  return {
    indent,
    ordered: m[3] !== undefined,
    number: m[3] !== undefined ? Number(m[3]) : 1,
    content: m[5] ?? '',
    contentIndent: indent + marker.length + Math.min(Math.max(gap, 1), 4),
  }
}

function splitRow(line: string): string[] {
  let row = line.trim()
  if (row.startsWith('|')) row = row.slice(1)
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1)
  const cells: string[] = []
  let cell = ''
  let inCode = 0
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!
    if (ch === '\\' && row[i + 1] === '|') {
      cell += '|'
      i++
      continue
    }
    if (ch === '`') {
      const n = countRun(row, i, '`')
      inCode = inCode === n ? 0 : inCode || n
      cell += row.slice(i, i + n)
      i += n - 1
      continue
    }
    if (ch === '|' && !inCode) {
      cells.push(cell.trim())
      cell = ''
      continue
    }
    cell += ch
  }
  cells.push(cell.trim())
  return cells
}

function isTableStart(lines: string[], i: number): boolean {
  const head = lines[i]
  const sep = lines[i + 1]
  if (head === undefined || sep === undefined || !head.includes('|') || !TABLE_SEPARATOR.test(sep)) return false
  return splitRow(head).length === splitRow(sep).length
}

function startsBlock(lines: string[], i: number): boolean {
  const line = lines[i]!
  return (
    HEADING.test(line) ||
    FENCE.test(line) ||
    RULE.test(line) ||
    QUOTE.test(line) ||
    listMarker(line) !== null ||
    isTableStart(lines, i)
  )
}

class BlockParser {
  private readonly used: Set<string>
  private sawTitle = false
  private lastLevel = 0

  constructor(reserved: readonly string[]) {
    this.used = new Set(reserved)
  }

  parse(lines: string[]): Block[] {
    const blocks: Block[] = []
    let i = 0
    while (i < lines.length) {
      const line = lines[i]!
      if (isBlank(line)) {
        i++
        continue
      }
      const fence = FENCE.exec(line)
      if (fence) {
        const marker = fence[1]!
        const body: string[] = []
        i++
        while (i < lines.length && !lines[i]!.trimStart().startsWith(marker)) body.push(lines[i++]!)
        i++
        blocks.push({ type: 'code', lang: fence[2] || null, value: body.join('\n') })
        continue
      }
      const heading = HEADING.exec(line)
      if (heading) {
        blocks.push(this.heading(heading[1]!.length, heading[2] ?? ''))
        i++
        continue
      }
      if (RULE.test(line)) {
        blocks.push({ type: 'rule' })
        i++
        continue
      }
      if (QUOTE.test(line)) {
        const inner: string[] = []
        while (i < lines.length && !isBlank(lines[i]!)) {
          const l = lines[i]!
          if (QUOTE.test(l)) inner.push(l.replace(QUOTE, ''))
          else if (inner.length > 0 && !startsBlock(lines, i)) inner.push(l)
          else break
          i++
        }
        blocks.push({ type: 'quote', children: this.parse(inner) })
        continue
      }
      if (isTableStart(lines, i)) {
        const header = splitRow(line)
        const align = splitRow(lines[i + 1]!).map((c): Align => {
          const left = c.startsWith(':')
          const right = c.endsWith(':')
          return left && right ? 'center' : right ? 'right' : left ? 'left' : null
        })
        i += 2
        const rows: Inline[][][] = []
        while (i < lines.length && !isBlank(lines[i]!) && lines[i]!.includes('|')) {
          const cells = splitRow(lines[i]!)
          // Every row has as many cells as the header: missing ones are empty, extra ones dropped.
          rows.push(header.map((_, c) => parseInline(cells[c] ?? '')))
          i++
        }
        blocks.push({ type: 'table', align, header: header.map((h) => parseInline(h)), rows })
        continue
      }
      if (listMarker(line)) {
        const { block, next } = this.list(lines, i)
        blocks.push(block)
        i = next
        continue
      }
      const text: string[] = [line.trim()]
      i++
      while (i < lines.length && !isBlank(lines[i]!) && !startsBlock(lines, i)) text.push(lines[i++]!.trim())
      const children = parseInline(text.join(' '))
      const only = children.length === 1 ? children[0] : undefined
      blocks.push(only?.type === 'image' ? { type: 'figure', image: only } : { type: 'paragraph', children })
    }
    return blocks
  }

  private heading(rawLevel: number, source: string): Block {
    let level = rawLevel
    // One h1 per page, and no skipped levels: the guide's headings are normalised.
    if (level === 1) {
      if (this.sawTitle) level = 2
      this.sawTitle = true
    } else if (level > this.lastLevel + 1) {
      level = Math.max(2, this.lastLevel + 1)
    }
    this.lastLevel = level
    const children = parseInline(source.trim())
    const text = plainText(children).trim()
    return { type: 'heading', level: level as 1 | 2 | 3 | 4 | 5 | 6, id: this.uniqueId(text), text, children }
  }

  private uniqueId(text: string): string {
    const base = slugify(text) || 'muc'
    let id = base
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`
    this.used.add(id)
    return id
  }

  private list(lines: string[], start: number): { block: Block; next: number } {
    const first = listMarker(lines[start]!)!
    const items: ListItem[] = []
    let i = start
    while (i < lines.length) {
      if (isBlank(lines[i]!)) {
        let j = i
        while (j < lines.length && isBlank(lines[j]!)) j++
        const sibling = j < lines.length ? listMarker(lines[j]!) : null
        if (!sibling || sibling.indent !== first.indent || sibling.ordered !== first.ordered) break
        i = j
      }
      const marker = listMarker(lines[i]!)
      if (!marker || marker.indent !== first.indent || marker.ordered !== first.ordered) break
      const text: string[] = [marker.content.trim()]
      const child: string[] = []
      i++
      while (i < lines.length) {
        const l = lines[i]!
        if (isBlank(l)) {
          let j = i
          while (j < lines.length && isBlank(lines[j]!)) j++
          if (j < lines.length && indentOf(lines[j]!) >= marker.contentIndent) {
            for (; i < j; i++) child.push('')
            continue
          }
          break
        }
        if (indentOf(l) >= marker.contentIndent) {
          child.push(l.slice(marker.contentIndent))
          i++
          continue
        }
        if (child.length === 0 && !startsBlock(lines, i)) {
          text.push(l.trim())
          i++
          continue
        }
        break
      }
      items.push({ children: parseInline(text.join(' ').trim()), blocks: this.parse(child) })
    }
    return { block: { type: 'list', ordered: first.ordered, start: first.number, items }, next: i }
  }
}

/** Parses a Markdown document: its blocks, its title (first h1) and a table of contents of its h2s. */
export function parseMarkdown(source: string, options: ParseOptions = {}): MarkdownDocument {
  const lines = source
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .split('\n')
  const parser = new BlockParser(options.reservedIds ?? DEFAULT_RESERVED_IDS)
  const blocks = parser.parse(lines)
  const headings = blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading')
  return {
    title: headings.find((h) => h.level === 1)?.text ?? null,
    blocks,
    toc: headings.filter((h) => h.level === 2).map((h) => ({ id: h.id, text: h.text })),
  }
}
