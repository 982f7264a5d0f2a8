import type { PayloadRequest } from 'payload'
import { DOCUMENT_RELATIONS_SLUG, SUPERSEDING_RELATIONS } from '../constants'

const MAX_STEPS = 50

/**
 * Whether "from replaces/repeals to" would close a cycle: true when `to` already replaces or
 * repeals `from`, directly or through other documents. Walks the graph breadth-first, one query
 * per step, and stops after MAX_STEPS steps (far deeper than any real chain).
 */
export async function wouldCloseCycle(args: {
  req: PayloadRequest
  from: number
  to: number
  selfId?: number
}): Promise<boolean> {
  const { req, from, to, selfId } = args
  const seen = new Set<number>([to])
  let frontier = [to]
  for (let step = 0; step < MAX_STEPS && frontier.length > 0; step++) {
    // System read: the whole graph counts, including relations of documents the writer cannot see.
    const found = await req.payload.find({
      collection: DOCUMENT_RELATIONS_SLUG,
      where: {
        and: [
          { from: { in: frontier } },
          { type: { in: [...SUPERSEDING_RELATIONS] } },
          ...(selfId ? [{ id: { not_equals: selfId } }] : []),
        ],
      },
      depth: 0,
      pagination: false,
      select: { to: true },
      overrideAccess: true,
      req,
    })
    const targets = found.docs.map((d) => {
      const target = (d as { to: number | { id: number } }).to
      return typeof target === 'object' ? target.id : target
    })
    if (targets.includes(from)) return true
    frontier = targets.filter((id) => !seen.has(id))
    frontier.forEach((id) => seen.add(id))
  }
  return false
}
