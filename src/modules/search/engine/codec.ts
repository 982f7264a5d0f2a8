/**
 * Posting lists as compact blobs: [format] [count] then per entry the gap to the previous doc id
 * and, for format 1, a field mask and the non-zero per-field frequencies (all LEB128 varints).
 * Format 0 lists (facet values) carry doc ids only.
 */
import { FIELD_COUNT } from './terms'

export type RawPostings = { docs: Uint32Array; tfs: Uint32Array }

class Writer {
  private bytes = new Uint8Array(16)
  length = 0
  push(value: number): void {
    let v = value
    while (true) {
      if (this.length + 1 > this.bytes.length) {
        const next = new Uint8Array(this.bytes.length * 2)
        next.set(this.bytes)
        this.bytes = next
      }
      if (v < 0x80) {
        this.bytes[this.length++] = v
        return
      }
      this.bytes[this.length++] = (v & 0x7f) | 0x80
      v = Math.floor(v / 128)
    }
  }
  result(): Uint8Array {
    return this.bytes.slice(0, this.length)
  }
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length)
  }
}

/** Builds one list entry by entry (doc ids ascending), without intermediate arrays. */
export class PostingBuilder {
  private readonly body = new Writer()
  private last = 0
  count = 0
  constructor(private readonly withTfs: boolean) {}
  add(doc: number, tfs: ArrayLike<number> | null): void {
    this.body.push(doc - this.last)
    this.last = doc
    this.count++
    if (!this.withTfs) return
    let mask = 0
    for (let f = 0; f < FIELD_COUNT; f++) if ((tfs?.[f] ?? 0) > 0) mask |= 1 << f
    this.body.push(mask)
    for (let f = 0; f < FIELD_COUNT; f++) if (mask & (1 << f)) this.body.push(tfs?.[f] ?? 0)
  }
  finish(): Uint8Array {
    const head = new Writer()
    head.push(this.withTfs ? 1 : 0)
    head.push(this.count)
    const body = this.body.view()
    const out = new Uint8Array(head.length + body.length)
    out.set(head.view(), 0)
    out.set(body, head.length)
    return out
  }
}

/** Encodes doc ids (sorted ascending) with FIELD_COUNT frequencies each (tfs.length = 4 × docs). */
export function encodePostings(docs: ArrayLike<number>, tfs: ArrayLike<number> | null): Uint8Array {
  const w = new Writer()
  w.push(tfs ? 1 : 0)
  w.push(docs.length)
  let previous = 0
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0
    w.push(doc - previous)
    previous = doc
    if (!tfs) continue
    let mask = 0
    for (let f = 0; f < FIELD_COUNT; f++) if ((tfs[i * FIELD_COUNT + f] ?? 0) > 0) mask |= 1 << f
    w.push(mask)
    for (let f = 0; f < FIELD_COUNT; f++) if (mask & (1 << f)) w.push(tfs[i * FIELD_COUNT + f] ?? 0)
  }
  return w.result()
}

type Cursor = { pos: number }

function read(bytes: Uint8Array, c: Cursor): number {
  let result = 0
  let scale = 1
  while (c.pos < bytes.length) {
    const byte = bytes[c.pos++] ?? 0
    result += (byte & 0x7f) * scale
    if (byte < 0x80) break
    scale *= 128
  }
  return result
}

export function decodeRaw(bytes: Uint8Array): RawPostings {
  const c = { pos: 0 }
  const format = read(bytes, c)
  const count = read(bytes, c)
  const docs = new Uint32Array(count)
  const tfs = new Uint32Array(count * FIELD_COUNT)
  let doc = 0
  for (let i = 0; i < count; i++) {
    doc += read(bytes, c)
    docs[i] = doc
    if (format === 0) continue
    const mask = read(bytes, c)
    for (let f = 0; f < FIELD_COUNT; f++) if (mask & (1 << f)) tfs[i * FIELD_COUNT + f] = read(bytes, c)
  }
  return { docs, tfs }
}

/** Decodes doc ids and Σ weight[field] × frequency (1 per doc for format 0). */
export function decodeWeighted(
  bytes: Uint8Array,
  weights: readonly number[],
): { docs: Uint32Array; values: Float64Array } {
  const c = { pos: 0 }
  const format = read(bytes, c)
  const count = read(bytes, c)
  const docs = new Uint32Array(count)
  const values = new Float64Array(count)
  let doc = 0
  for (let i = 0; i < count; i++) {
    doc += read(bytes, c)
    docs[i] = doc
    if (format === 0) {
      values[i] = 1
      continue
    }
    const mask = read(bytes, c)
    let value = 0
    for (let f = 0; f < FIELD_COUNT; f++) if (mask & (1 << f)) value += (weights[f] ?? 0) * read(bytes, c)
    values[i] = value
  }
  return { docs, values }
}

/** Doc ids only, whatever the format. */
export function decodeDocs(bytes: Uint8Array): Uint32Array {
  return decodeRaw(bytes).docs
}

/** Merges raw lists (any order, disjoint doc ids), dropping `dead` docs, into one encoded list. */
export function mergePostings(lists: RawPostings[], dead: ReadonlySet<number>, withTfs: boolean): Uint8Array | null {
  const order: Array<[number, number, number]> = []
  lists.forEach((list, l) => list.docs.forEach((doc, i) => dead.has(doc) || order.push([doc, l, i])))
  if (order.length === 0) return null
  order.sort((a, b) => a[0] - b[0])
  const docs = new Uint32Array(order.length)
  const tfs = withTfs ? new Uint32Array(order.length * FIELD_COUNT) : null
  order.forEach(([doc, l, i], j) => {
    docs[j] = doc
    if (!tfs) return
    const source = lists[l]?.tfs
    for (let f = 0; f < FIELD_COUNT; f++) tfs[j * FIELD_COUNT + f] = source?.[i * FIELD_COUNT + f] ?? 0
  })
  return encodePostings(docs, tfs)
}
