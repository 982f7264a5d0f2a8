/**
 * Citations of provisions as Vietnamese legal texts write them, smallest unit first:
 * "điểm c khoản 2 Điều 8", "khoản 1, 2 Điều 5", "điểm a, b khoản 1 Điều 3",
 * "điểm a khoản 1 và khoản 2 Điều 3", "Điều 5 và Điều 6", "từ Điều 10 đến Điều 12".
 */
import { nfc } from '@/shared/text/vietnamese'
import { anchorPart } from './markers'

export type ProvisionReference = {
  dieu: string
  khoan: string | null
  diem: string | null
  /** the anchor the structure parser gives this provision: "dieu-8-khoan-2-diem-c" */
  anchor: string
}

type Kind = 'diem' | 'khoan' | 'dieu'
type PendingClause = { number: string; points: string[] }
type State = { points: string[]; clauses: PendingClause[]; out: ProvisionReference[] }

const TOKEN =
  /(điểm|khoản|điều)|(đến|tới)|(?<![\p{L}\p{N}])(\d{1,4}[a-zđ]?|[a-zđ]\d?)(?![\p{L}\p{N}])|(?<![\p{L}])(này)(?![\p{L}])/giu

/** Order of điểm letters: the Vietnamese alphabet without f, j, w, z. */
const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't']
const MAX_RANGE = 500

export function provisionAnchor(dieu: string, khoan: string | null, diem: string | null): string {
  const parts = [`dieu-${anchorPart(dieu)}`]
  if (khoan) parts.push(`khoan-${anchorPart(khoan)}`)
  if (diem) parts.push(`diem-${anchorPart(diem)}`)
  return parts.join('-')
}

function reference(dieu: string, khoan: string | null, diem: string | null): ProvisionReference {
  return { dieu, khoan, diem, anchor: provisionAnchor(dieu, khoan, diem) }
}

function kindOf(word: string): Kind {
  const lower = word.toLowerCase()
  if (lower === 'điểm') return 'diem'
  return lower === 'khoản' ? 'khoan' : 'dieu'
}

/** "5" … "7" → 6, 7; "a" … "đ" → b, c, d, đ. Returns [] for a range that makes no sense. */
function expandRange(from: string, to: string, kind: Kind): string[] {
  if (kind === 'diem') {
    const start = POINT_LETTERS.indexOf(from)
    const end = POINT_LETTERS.indexOf(to)
    return start === -1 || end <= start ? [] : POINT_LETTERS.slice(start + 1, end + 1)
  }
  const start = Number(from)
  const end = Number(to)
  if (!/^\d+$/.test(from) || !/^\d+$/.test(to) || end <= start || end - start > MAX_RANGE) return []
  return Array.from({ length: end - start }, (_, k) => String(start + k + 1))
}

/** Applies one "kind ids…" group to the pending state. */
function applyGroup(state: State, kind: Kind, ids: string[]): void {
  const [first, ...rest] = ids
  if (first === undefined) return
  if (kind === 'diem') {
    state.points.push(...ids)
    return
  }
  if (kind === 'khoan') {
    state.clauses.push({ number: first, points: state.points }, ...rest.map((number) => ({ number, points: [] })))
    state.points = []
    return
  }
  closeArticle(state, first)
  for (const number of rest) state.out.push(reference(number, null, null))
}

/** An article number arrives: the pending clauses and points belong to it. */
function closeArticle(state: State, dieu: string): void {
  if (state.clauses.length > 0) {
    for (const clause of state.clauses) {
      if (clause.points.length === 0) state.out.push(reference(dieu, clause.number, null))
      for (const point of clause.points) state.out.push(reference(dieu, clause.number, point))
    }
  } else if (state.points.length > 0) {
    for (const point of state.points) state.out.push(reference(dieu, null, point))
  } else {
    state.out.push(reference(dieu, null, null))
  }
  state.points = []
  state.clauses = []
}

/**
 * Reads a citation into references, in the order cited. Words other than điểm/khoản/điều, numbers,
 * "đến" and "này" are skipped, so "khoản 2 Điều 8 của Bộ luật này" works. "Điều này" needs
 * `currentArticle`; without it such references are dropped.
 */
export function parseProvisionReference(citation: string, currentArticle?: string): ProvisionReference[] {
  const state: State = { points: [], clauses: [], out: [] }
  let kind: Kind | null = null
  let ids: string[] = []
  let range = false
  for (const match of nfc(citation).matchAll(TOKEN)) {
    const [, keyword, rangeWord, id, self] = match
    if (keyword) {
      const next = kindOf(keyword)
      if (range && next === kind) continue
      if (kind) applyGroup(state, kind, ids)
      kind = next
      ids = []
    } else if (rangeWord) {
      range = ids.length > 0
    } else if (id && kind) {
      const value = id.toLowerCase()
      const last = ids[ids.length - 1]
      ids.push(...(range && last !== undefined ? expandRange(last, value, kind) : [value]))
      range = false
    } else if (self && kind === 'dieu' && currentArticle && ids.length === 0) {
      ids.push(currentArticle)
    }
  }
  if (kind) applyGroup(state, kind, ids)
  if (currentArticle && (state.clauses.length > 0 || state.points.length > 0)) closeArticle(state, currentArticle)
  return state.out
}
