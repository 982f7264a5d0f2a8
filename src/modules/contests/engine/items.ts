/**
 * Drawing an attempt (pure): which questions, in which order, with which option order. The
 * snapshot keeps each option's id, and the answer key refers to ids, so shuffling the display
 * order never changes which option is right.
 */

export type DrawableQuestion = {
  id: number | string
  code?: string | null
  kind: string
  text: string
  options?: { id?: string | null; text: string; correct?: boolean | null }[] | null
  points?: number | null
  explanation?: string | null
  citations?: { document?: unknown; article?: string | null; anchor?: string | null }[] | null
}

export type ItemKind = 'single' | 'multiple' | 'true-false'

/** One question of an attempt as drawn: kept on the attempt (never sent to the browser as is). */
export type AttemptItem = {
  questionId: number | string
  code: string | null
  kind: ItemKind
  text: string
  /** in display order */
  options: { id: string; text: string }[]
  /** the ids of the correct options */
  key: string[]
  points: number
  explanation: string | null
  citations: { document: number | string | null; article: string | null; anchor: string | null }[]
}

/** What the contestant's browser gets: no key, no explanation. */
export type PublicItem = {
  index: number
  kind: ItemKind
  text: string
  options: { id: string; text: string }[]
  points: number
}

export type Rng = () => number

const ITEM_KINDS: readonly string[] = ['single', 'multiple', 'true-false']

/** Fisher–Yates on a copy. */
export function shuffled<T>(values: readonly T[], rng: Rng): T[] {
  const out = values.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

const relId = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return relId((value as { id: unknown }).id)
  return null
}

/** A bank question usable in an attempt (a choice question with ids on its options). */
export function isDrawable(q: DrawableQuestion): boolean {
  if (!ITEM_KINDS.includes(q.kind)) return false
  const options = q.options ?? []
  return options.length >= 2 && options.every((o) => typeof o.id === 'string' && o.id.length > 0)
}

/** One question's snapshot; options shuffled except true/false (kept “Đúng” then “Sai”). */
export function snapshotItem(q: DrawableQuestion, rng: Rng): AttemptItem {
  const options = (q.options ?? []).map((o) => ({ id: String(o.id), text: o.text, correct: o.correct === true }))
  const ordered = q.kind === 'true-false' ? options : shuffled(options, rng)
  return {
    questionId: q.id,
    code: q.code ?? null,
    kind: q.kind as ItemKind,
    text: q.text,
    options: ordered.map((o) => ({ id: o.id, text: o.text })),
    key: options.filter((o) => o.correct).map((o) => o.id),
    points: typeof q.points === 'number' && q.points > 0 ? q.points : 1,
    explanation: q.explanation ?? null,
    citations: (q.citations ?? []).map((c) => ({
      document: relId(c.document),
      article: c.article ?? null,
      anchor: c.anchor ?? null,
    })),
  }
}

export type DrawResult = { ok: true; items: AttemptItem[] } | { ok: false; available: number }

/** Draws `count` questions in random order from the usable ones of `pool`. */
export function drawItems(pool: readonly DrawableQuestion[], count: number, rng: Rng): DrawResult {
  const usable = pool.filter(isDrawable)
  if (usable.length < count) return { ok: false, available: usable.length }
  return {
    ok: true,
    items: shuffled(usable, rng)
      .slice(0, count)
      .map((q) => snapshotItem(q, rng)),
  }
}

export const publicItems = (items: readonly AttemptItem[]): PublicItem[] =>
  items.map((item, index) => ({
    index,
    kind: item.kind,
    text: item.text,
    options: item.options.map((o) => ({ id: o.id, text: o.text })),
    points: item.points,
  }))

/** A crypto-strength random number in [0, 1) for real draws. */
export function cryptoRng(): number {
  const buf = new Uint32Array(1)
  globalThis.crypto.getRandomValues(buf)
  return (buf[0] as number) / 2 ** 32
}
