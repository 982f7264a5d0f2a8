/**
 * Segment merging. Segments are grouped by size level (powers of MERGE_FACTOR); a level with
 * MERGE_FACTOR segments is merged into one, and a segment that is mostly dead is rewritten alone.
 * Merging drops dead entries for good.
 */
import { decodeRaw, mergePostings } from './codec'
import { writes } from './store/sql'
import type { Store } from './store/store'
import type { PostingRow, SegmentRow } from './store/types'
import { withRetry } from './retry'

const MERGE_FACTOR = 8
const DEAD_SHARE = 0.3

function level(seg: SegmentRow): number {
  return Math.floor(Math.log(Math.max(1, seg.docs - seg.dead)) / Math.log(MERGE_FACTOR))
}

/** The next group of segments to merge, or null when the index is in shape. */
export function pickMerge(segments: SegmentRow[]): number[] | null {
  const empty = segments.filter((s) => s.docs - s.dead <= 0)
  if (empty.length > 0) return empty.map((s) => s.seg)
  const levels = new Map<number, SegmentRow[]>()
  for (const seg of segments) {
    const l = level(seg)
    levels.set(l, [...(levels.get(l) ?? []), seg])
  }
  for (const l of [...levels.keys()].sort((a, b) => a - b)) {
    const group = levels.get(l) ?? []
    if (group.length >= MERGE_FACTOR) return group.map((s) => s.seg)
  }
  const mostlyDead = segments.find((s) => s.dead > 0 && s.dead / s.docs > DEAD_SHARE)
  return mostlyDead ? [mostlyDead.seg] : null
}

async function mergeOnce(store: Store, segs: number[]): Promise<void> {
  const meta = await store.meta()
  const segments = (await store.segments()).filter((s) => segs.includes(s.seg))
  // Another process merged them first: nothing to do, the caller looks again.
  if (segments.length !== segs.length) return
  const dead = new Set((await store.dead()).filter((d) => segs.includes(d.seg)).map((d) => d.id))
  const rows = await store.postingsBySegs(segs)
  const target = meta.nextSeg
  const merged: PostingRow[] = []
  for (let i = 0; i < rows.length;) {
    let j = i
    while (j < rows.length && rows[j]?.term === rows[i]?.term) j++
    const group = rows.slice(i, j)
    const first = group[0]
    if (first) {
      const data = mergePostings(
        group.map((r) => decodeRaw(r.data)),
        dead,
        !first.term.startsWith('f:'),
      )
      if (data) merged.push({ seg: target, term: first.term, folded: first.folded, df: decodeCount(data), data })
    }
    i = j
  }
  const live = segments.reduce((sum, s) => sum + s.docs - s.dead, 0)
  await store.exec.commit([
    writes.bumpVersion(meta.version),
    writes.setMeta('next_seg', target + 1),
    writes.deletePostings(store.dialect, segs),
    writes.deleteSegments(store.dialect, segs),
    writes.deleteDead(store.dialect, segs),
    ...(live > 0 ? [writes.moveDocs(store.dialect, segs, target), writes.insertSegment(target, live)] : []),
    ...writes.insertPostings(merged),
  ])
}

function decodeCount(data: Uint8Array): number {
  // [format][count…]: the count is the second varint.
  let result = 0
  let scale = 1
  for (let pos = 1; pos < data.length; pos++) {
    const byte = data[pos] ?? 0
    result += (byte & 0x7f) * scale
    if (byte < 0x80) break
    scale *= 128
  }
  return result
}

/** Merges until no level is full; bounded so a write never loops for long. True if it merged. */
export async function mergeSegments(store: Store): Promise<boolean> {
  let merged = false
  for (let round = 0; round < 4; round++) {
    const group = pickMerge(await store.segments())
    if (!group) break
    await withRetry(store, () => mergeOnce(store, group))
    merged = true
  }
  return merged
}
