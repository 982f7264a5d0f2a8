/**
 * Splits a document body into its tree of provisions.
 *
 * Legal mode (the body has "Điều N."): Phần › Chương › Mục › Tiểu mục › Điều › Khoản › Điểm.
 * Plan mode (kế hoạch, báo cáo: no "Điều"): "I." (muc-la-ma) › "1." / "2.1." (muc) › "a)" (diem).
 * The kind 'muc' means a Mục in legal mode and a numbered section in plan mode; `tree.mode` tells
 * which.
 *
 * Anchors are stable ids built from numbers only, so they survive edits to the wording:
 * phan-1, chuong-ii, chuong-ii-muc-1, dieu-5, dieu-5-khoan-2, dieu-5-khoan-2-diem-c; in plans
 * muc-ii, muc-ii-1, muc-ii-1-a. Điểm đ is written "dd" so that it differs from điểm d.
 */
import {
  anchorPart,
  matchChuong,
  matchDieu,
  matchDiem,
  matchKhoan,
  matchMuc,
  matchNumberedSection,
  matchPhan,
  matchRomanSection,
  matchTieuMuc,
  type Marker,
} from './markers'
import { parseProvisionReference, type ProvisionReference } from './reference'
import { toLines } from './text'

export { anchorPart }

export type LegalKind = 'phan' | 'chuong' | 'muc' | 'tieu-muc' | 'dieu' | 'khoan' | 'diem'
export type PlanKind = 'muc-la-ma' | 'muc' | 'diem'
export type StructureKind = LegalKind | PlanKind

export type StructureNode = {
  kind: StructureKind
  /** as printed, except Phần, which is given in Arabic figures ("Phần thứ hai" → "2") */
  number: string
  /** "Phần thứ nhất", "Chương II", "Điều 5", "Khoản 2", "Điểm c"; "II.", "1.", "a)" in plans */
  label: string
  heading?: string
  /** the node's own text, without its children */
  text: string
  children: StructureNode[]
  anchor: string
}

export type StructureTree = {
  mode: 'legal' | 'plan' | 'none'
  /** text before the first provision ("Căn cứ…", "Thực hiện…") */
  preamble: string
  nodes: StructureNode[]
  /** Vietnamese notes on gaps and duplicates; the tree is still usable */
  warnings: string[]
}

type Open = { node: StructureNode; level: number }

type Builder = {
  roots: StructureNode[]
  stack: Open[]
  preamble: string[]
  anchors: Set<string>
  warnings: string[]
  lastArticle: number | null
}

const LEVEL: Record<LegalKind, number> = { phan: 1, chuong: 2, muc: 3, 'tieu-muc': 4, dieu: 5, khoan: 6, diem: 7 }

export function parseStructure(body: string): StructureTree {
  const lines = toLines(body).map((line) => line.replace(/\s+/g, ' ').trim())
  const mode = detectMode(lines)
  const builder: Builder = { roots: [], stack: [], preamble: [], anchors: new Set(), warnings: [], lastArticle: null }
  if (mode === 'legal') readLegal(builder, lines)
  else if (mode === 'plan') readPlan(builder, lines)
  else builder.preamble = lines
  return {
    mode,
    preamble: builder.preamble.filter((line) => line !== '').join('\n'),
    nodes: builder.roots,
    warnings: builder.warnings,
  }
}

function detectMode(lines: string[]): StructureTree['mode'] {
  if (lines.some((line) => matchDieu(line))) return 'legal'
  if (lines.some((line) => matchRomanSection(line) ?? matchNumberedSection(line))) return 'plan'
  return 'none'
}

// ---------------------------------------------------------------------------------------------
// Shared building blocks

function uniqueAnchor(builder: Builder, base: string, label: string): string {
  if (!builder.anchors.has(base)) {
    builder.anchors.add(base)
    return base
  }
  let n = 2
  while (builder.anchors.has(`${base}-${n}`)) n += 1
  const anchor = `${base}-${n}`
  builder.anchors.add(anchor)
  builder.warnings.push(`"${label}" xuất hiện nhiều lần; lần này được gán mã neo "${anchor}".`)
  return anchor
}

function top(builder: Builder): Open | undefined {
  return builder.stack[builder.stack.length - 1]
}

/** Closes open nodes at the same or a deeper level, then hangs the node under what remains. */
function attach(builder: Builder, node: StructureNode, level: number): void {
  while ((top(builder)?.level ?? 0) >= level) builder.stack.pop()
  const parent = top(builder)?.node
  ;(parent ? parent.children : builder.roots).push(node)
  builder.stack.push({ node, level })
}

function addText(builder: Builder, line: string): void {
  if (line === '') return
  const open = top(builder)
  if (!open) {
    builder.preamble.push(line)
    return
  }
  open.node.text = open.node.text === '' ? line : `${open.node.text}\n${line}`
}

function nearest(builder: Builder, kinds: StructureKind[]): StructureNode | undefined {
  for (let i = builder.stack.length - 1; i >= 0; i -= 1) {
    const open = builder.stack[i]
    if (open && kinds.includes(open.node.kind)) return open.node
  }
  return undefined
}

function makeNode(kind: StructureKind, marker: Marker, label: string, anchor: string): StructureNode {
  return { kind, number: marker.number, label, text: '', children: [], anchor }
}

// ---------------------------------------------------------------------------------------------
// Legal mode

function readLegal(builder: Builder, lines: string[]): void {
  const quoteEnds = quotationEnds(lines)
  let i = 0
  while (i < lines.length) {
    const end = quoteEnds[i]
    if (end === undefined) {
      i = legalLine(builder, lines, i)
      continue
    }
    // Amending provisions quote the new wording ("“Điều 54. …", "1. …", "…”;"); the quoted
    // articles, clauses and points belong to the text of the amending point, not to this document.
    for (let j = i; j <= end; j += 1) addText(builder, lines[j] ?? '')
    i = end + 1
  }
}

/**
 * For each line that opens a quotation left unclosed on that line, the index of the line that
 * closes it. One backward pass keeps this linear; a quotation that never closes is ignored.
 */
function quotationEnds(lines: string[]): (number | undefined)[] {
  const ends: (number | undefined)[] = new Array(lines.length)
  let nextCurly: number | undefined
  let nextStraight: number | undefined
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i] ?? ''
    const body = line.slice(1)
    if (line.startsWith('“') && !body.includes('”')) ends[i] = nextCurly
    if (line.startsWith('"') && !body.includes('"')) ends[i] = nextStraight
    if (line.includes('”')) nextCurly = i
    if (line.includes('"')) nextStraight = i
  }
  return ends
}

/** Handles line `i`; returns the index of the next unread line (a heading may use the next line). */
function legalLine(builder: Builder, lines: string[], i: number): number {
  const line = lines[i] ?? ''
  const article = matchDieu(line)
  if (article) return addArticle(builder, article, i)
  const inArticle = nearest(builder, ['dieu']) !== undefined
  const clause = inArticle ? matchKhoan(line) : null
  if (clause) return addClause(builder, clause, i)
  const point = inArticle ? matchDiem(line) : null
  if (point) return addPoint(builder, point, i)
  const section = matchSection(line)
  if (section) return addSection(builder, section.kind, section.marker, lines, i)
  addText(builder, line)
  return i + 1
}

function matchSection(line: string): { kind: LegalKind; marker: Marker } | null {
  const phan = matchPhan(line)
  if (phan) return { kind: 'phan', marker: phan }
  const chuong = matchChuong(line)
  if (chuong) return { kind: 'chuong', marker: chuong }
  const tieuMuc = matchTieuMuc(line)
  if (tieuMuc) return { kind: 'tieu-muc', marker: tieuMuc }
  const muc = matchMuc(line)
  return muc ? { kind: 'muc', marker: muc } : null
}

function sectionLabel(kind: LegalKind, marker: Marker): string {
  if (kind === 'chuong') return `Chương ${marker.number}`
  if (kind === 'muc') return `Mục ${marker.number}`
  if (kind === 'tieu-muc') return `Tiểu mục ${marker.number}`
  // Phần keeps its printed form ("Phần thứ nhất"): its number is converted to Arabic figures.
  return marker.label
}

function sectionAnchor(builder: Builder, kind: LegalKind, number: string): string {
  const own = `${kind}-${anchorPart(number)}`
  if (kind === 'phan' || kind === 'chuong') return own
  // Mục and Tiểu mục restart in every chapter, so they are only unique under it.
  const parent = nearest(builder, kind === 'muc' ? ['chuong', 'phan'] : ['muc'])
  return parent ? `${parent.anchor}-${own}` : own
}

function addSection(builder: Builder, kind: LegalKind, marker: Marker, lines: string[], i: number): number {
  const label = sectionLabel(kind, marker)
  while ((top(builder)?.level ?? 0) >= LEVEL[kind]) builder.stack.pop()
  const node = makeNode(kind, marker, label, uniqueAnchor(builder, sectionAnchor(builder, kind, marker.number), label))
  attach(builder, node, LEVEL[kind])
  if (marker.rest !== '') {
    node.heading = marker.rest
    return i + 1
  }
  return takeHeadingLine(node, lines, i + 1)
}

/** "Chương I" alone on its line is followed by its title in capitals. */
function takeHeadingLine(node: StructureNode, lines: string[], from: number): number {
  let j = from
  while (j < lines.length && j < from + 3 && lines[j] === '') j += 1
  const next = lines[j] ?? ''
  const isCapsTitle = /\p{Lu}/u.test(next) && next === next.toUpperCase() && !matchDieu(next) && !matchSection(next)
  if (!isCapsTitle) return from
  node.heading = next
  return j + 1
}

function addArticle(builder: Builder, marker: Marker, i: number): number {
  noteArticleGap(builder, marker.number)
  const label = `Điều ${marker.number}`
  const node = makeNode('dieu', marker, label, uniqueAnchor(builder, `dieu-${anchorPart(marker.number)}`, label))
  if (marker.rest !== '') node.heading = marker.rest
  attach(builder, node, LEVEL.dieu)
  return i + 1
}

/** Reports "Điều 316" followed by "Điều 318"; the source, not the parser, is usually at fault. */
function noteArticleGap(builder: Builder, number: string): void {
  if (!/^\d+$/.test(number)) return
  const value = Number(number)
  const last = builder.lastArticle
  if (last !== null && value > last + 1) {
    const missing = value - last === 2 ? `Điều ${last + 1}` : `Điều ${last + 1}–${value - 1}`
    builder.warnings.push(`Không thấy ${missing} (sau Điều ${last} là Điều ${value}).`)
  }
  builder.lastArticle = value
}

function addClause(builder: Builder, marker: Marker, i: number): number {
  const article = nearest(builder, ['dieu'])
  const label = `Khoản ${marker.number}`
  const base = `${article?.anchor ?? 'dieu'}-khoan-${anchorPart(marker.number)}`
  const node = makeNode('khoan', marker, label, uniqueAnchor(builder, base, `${label} ${article?.label ?? ''}`.trim()))
  node.text = marker.rest
  attach(builder, node, LEVEL.khoan)
  return i + 1
}

function addPoint(builder: Builder, marker: Marker, i: number): number {
  // A point belongs to the open khoản, or straight to the Điều when it has no numbered khoản.
  const parent = nearest(builder, ['khoan', 'dieu'])
  const label = `Điểm ${marker.number}`
  const base = `${parent?.anchor ?? 'dieu'}-diem-${anchorPart(marker.number)}`
  const node = makeNode('diem', marker, label, uniqueAnchor(builder, base, `${label} ${parent?.label ?? ''}`.trim()))
  node.text = marker.rest
  attach(builder, node, LEVEL.diem)
  return i + 1
}

// ---------------------------------------------------------------------------------------------
// Plan mode: "I." › "1." (and "2.1.") › "a)"

const PLAN_LEVEL = { romanSection: 1, section: 2, point: 20 } as const
/** Longer lines, or lines that end a sentence, are content that starts with a number, not a heading. */
const MAX_HEADING_LENGTH = 200

function readPlan(builder: Builder, lines: string[]): void {
  for (const line of lines) planLine(builder, line)
}

function planLine(builder: Builder, line: string): void {
  const roman = matchRomanSection(line)
  if (roman) return addPlanSection(builder, 'muc-la-ma', roman, PLAN_LEVEL.romanSection)
  const numbered = matchNumberedSection(line)
  if (numbered) {
    const depth = numbered.number.split('.').length - 1
    return addPlanSection(builder, 'muc', numbered, PLAN_LEVEL.section + depth)
  }
  const point = matchDiem(line)
  if (point) return addPlanSection(builder, 'diem', point, PLAN_LEVEL.point)
  addText(builder, line)
}

function addPlanSection(builder: Builder, kind: PlanKind, marker: Marker, level: number): void {
  while ((top(builder)?.level ?? 0) >= level) builder.stack.pop()
  const label = kind === 'diem' ? `${marker.number})` : `${marker.number}.`
  const parent = top(builder)?.node
  const base = kind === 'muc-la-ma' ? `muc-${anchorPart(marker.number)}` : planChildAnchor(parent, marker.number)
  const node = makeNode(kind, marker, label, uniqueAnchor(builder, base, label))
  const isHeading = kind !== 'diem' && marker.rest.length <= MAX_HEADING_LENGTH && !/[.;]$/.test(marker.rest)
  if (isHeading) node.heading = marker.rest
  else node.text = marker.rest
  attach(builder, node, level)
}

/** "2.1" under "2" adds only its last part: muc-ii-2 › muc-ii-2-1. */
function planChildAnchor(parent: StructureNode | undefined, number: string): string {
  if (!parent) return `muc-${anchorPart(number)}`
  const own = number.startsWith(`${parent.number}.`) ? number.slice(parent.number.length + 1) : number
  return `${parent.anchor}-${anchorPart(own)}`
}

// ---------------------------------------------------------------------------------------------
// Walking the tree

export function* walk(nodes: StructureNode[]): Generator<StructureNode> {
  for (const node of nodes) {
    yield node
    yield* walk(node.children)
  }
}

export function countKinds(tree: StructureTree): Partial<Record<StructureKind, number>> {
  const counts: Partial<Record<StructureKind, number>> = {}
  for (const node of walk(tree.nodes)) counts[node.kind] = (counts[node.kind] ?? 0) + 1
  return counts
}

export type TocEntry = { anchor: string; label: string; heading: string | null; depth: number }

const TOC_KINDS: StructureKind[] = ['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'muc-la-ma']

/** Table of contents: parts, chapters, sections and articles; in plans, the "I." and "1." sections. */
export function tableOfContents(tree: StructureTree): TocEntry[] {
  const entries: TocEntry[] = []
  const visit = (nodes: StructureNode[], depth: number): void => {
    for (const node of nodes) {
      if (!TOC_KINDS.includes(node.kind)) continue
      entries.push({ anchor: node.anchor, label: node.label, heading: node.heading ?? null, depth })
      visit(node.children, depth + 1)
    }
  }
  visit(tree.nodes, 0)
  return entries
}

function printedMarker(node: StructureNode): string {
  if (node.kind === 'khoan') return `${node.number}.`
  if (node.kind === 'diem') return `${node.number})`
  return node.label
}

/** Full text of a node with its children, in reading order and printed form ("Điều 5. …", "1. …", "a) …"). */
export function nodeText(node: StructureNode): string {
  const marker = printedMarker(node)
  const separator = node.kind === 'dieu' ? '. ' : ' '
  const head = node.heading ? `${marker}${separator}${node.heading}` : marker
  const first = node.text === '' ? head : node.heading ? `${head}\n${node.text}` : `${head} ${node.text}`
  return [first, ...node.children.map(nodeText)].join('\n')
}

// ---------------------------------------------------------------------------------------------
// Finding provisions from a citation

export type LocateResult =
  | { ok: true; references: ProvisionReference[]; nodes: StructureNode[]; missing: string[] }
  | { ok: false; message: string }

const ANCHOR_INDEX = new WeakMap<StructureTree, Map<string, StructureNode>>()

function anchorIndex(tree: StructureTree): Map<string, StructureNode> {
  const cached = ANCHOR_INDEX.get(tree)
  if (cached) return cached
  const index = new Map<string, StructureNode>()
  for (const node of walk(tree.nodes)) index.set(node.anchor, node)
  ANCHOR_INDEX.set(tree, index)
  return index
}

export function findByAnchor(tree: StructureTree, anchor: string): StructureNode | null {
  return anchorIndex(tree).get(anchor) ?? null
}

/**
 * Resolves a citation such as "Điểm c Khoản 2 Điều 8", "khoản 2 Điều 8" or "điểm a, b khoản 1
 * Điều 3" against the tree. `currentArticle` resolves "khoản 1 Điều này" inside an article.
 * Provisions cited but absent from the tree are listed in `missing` by anchor.
 */
export function locate(tree: StructureTree, citation: string, currentArticle?: string): LocateResult {
  const references = parseProvisionReference(citation, currentArticle)
  if (references.length === 0) {
    return { ok: false, message: `Không đọc được tham chiếu "${citation}" (ví dụ: điểm c khoản 2 Điều 8).` }
  }
  const index = anchorIndex(tree)
  const nodes: StructureNode[] = []
  const missing: string[] = []
  for (const reference of references) {
    const node = index.get(reference.anchor)
    if (node) nodes.push(node)
    else missing.push(reference.anchor)
  }
  return { ok: true, references, nodes, missing }
}
