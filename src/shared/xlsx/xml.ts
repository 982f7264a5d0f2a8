/**
 * A small, strict-enough XML parser for the parts of an XLSX package (workbook, relationships,
 * shared strings, worksheets). Namespace prefixes are dropped from element and attribute names
 * ("x:row" → "row", "r:id" → "id"), entities and character references are decoded, comments,
 * processing instructions and DOCTYPEs are skipped (no entity expansion, so no billion laughs).
 */

export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[] }
export type XmlNode = XmlElement | string

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16), whole)
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10), whole)
    return ENTITIES[ref] ?? whole
  })
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback
}

const localName = (name: string): string => {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g

/** Parses a document and returns its root element. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] }
  const stack: XmlElement[] = [root]
  let i = 0
  const n = xml.length
  while (i < n) {
    const lt = xml.indexOf('<', i)
    const textEnd = lt === -1 ? n : lt
    if (textEnd > i) {
      const text = xml.slice(i, textEnd)
      if (stack.length > 1) stack[stack.length - 1]!.children.push(decodeEntities(text))
      else if (text.trim() !== '') throw new XmlError('text outside the root element')
    }
    if (lt === -1) break
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4)
      if (end === -1) throw new XmlError('unterminated comment')
      i = end + 3
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9)
      if (end === -1) throw new XmlError('unterminated CDATA')
      stack[stack.length - 1]!.children.push(xml.slice(lt + 9, end))
      i = end + 3
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2)
      if (end === -1) throw new XmlError('unterminated processing instruction')
      i = end + 2
    } else if (xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2)
      if (end === -1) throw new XmlError('unterminated declaration')
      i = end + 1
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt + 2)
      if (end === -1) throw new XmlError('unterminated end tag')
      const name = localName(xml.slice(lt + 2, end).trim())
      const open = stack.pop()
      if (!open || open === root || open.name !== name) throw new XmlError(`unexpected </${name}>`)
      i = end + 1
    } else {
      const end = tagEnd(xml, lt + 1)
      let body = xml.slice(lt + 1, end)
      const selfClosing = body.endsWith('/')
      if (selfClosing) body = body.slice(0, -1)
      const nameMatch = /^[^\s/>]+/.exec(body)
      if (!nameMatch) throw new XmlError('empty tag name')
      const element: XmlElement = { name: localName(nameMatch[0]), attrs: {}, children: [] }
      ATTR.lastIndex = nameMatch[0].length
      for (let m = ATTR.exec(body); m; m = ATTR.exec(body)) {
        element.attrs[localName(m[1]!)] = decodeEntities(m[3] ?? m[4] ?? '')
      }
      const parent = stack[stack.length - 1]!
      if (parent === root && root.children.some((c) => typeof c !== 'string')) {
        throw new XmlError('more than one root element')
      }
      parent.children.push(element)
      if (!selfClosing) stack.push(element)
      i = end + 1
    }
  }
  if (stack.length !== 1) throw new XmlError(`unclosed <${stack[stack.length - 1]!.name}>`)
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string')
  if (!top) throw new XmlError('no root element')
  return top
}

/** The index of the `>` closing a start tag, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote: string | null = null
  for (let i = from; i < xml.length; i++) {
    const c = xml[i]
    if (quote) {
      if (c === quote) quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i
  }
  throw new XmlError('unterminated start tag')
}

export const childElements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name))

export const firstChild = (el: XmlElement, name: string): XmlElement | undefined =>
  el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name)

/** All text inside an element, in document order. */
export function textOf(el: XmlElement): string {
  let out = ''
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c)
  return out
}
