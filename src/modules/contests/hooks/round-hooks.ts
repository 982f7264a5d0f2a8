import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'
import { CONTESTS_SLUG, CONTEST_ROUNDS_SLUG } from '../constants'
import { clearRoundCaches, loadPool } from '../server/rounds'
import { recomputePredictionDiffs } from '../server/prediction'
import { queryIn } from '../server/sql'

const ids = (value: unknown): number[] =>
  Array.isArray(value)
    ? value
        .map((v) => Number(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v))
        .filter(Number.isInteger)
    : []

/**
 * A round of a published contest must be able to draw its questions: the organiser sees why not
 * (in Vietnamese) when saving, not the contestants at the start. Draft contests may be prepared
 * before their question bank.
 */
export const checkRoundPool: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const contestId = Number(
    typeof merged.contest === 'object' && merged.contest ? (merged.contest as { id: unknown }).id : merged.contest,
  )
  if (!Number.isInteger(contestId)) return data
  // System read of the contest's status, inside the organiser's save.
  const contest = await req.payload
    .findByID({ collection: CONTESTS_SLUG, id: contestId, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (contest?.status !== 'published') return data
  const count = Number(merged.questionCount) || 0
  const pool = await loadPool(req.payload, { questions: ids(merged.questions), drawFields: ids(merged.drawFields) })
  const usable = pool.filter((q) => (q.options ?? []).length >= 2).length
  if (usable < count) {
    const message = `Ngân hàng chỉ có ${usable} câu hỏi đang dùng phù hợp với vòng thi này, ít hơn số câu mỗi lượt (${count}). Hãy thêm câu hỏi, chọn thêm lĩnh vực hoặc giảm số câu.`
    throw new ValidationError({ collection: CONTEST_ROUNDS_SLUG, errors: [{ path: 'questionCount', message }] }, req.t)
  }
  return data
}

/**
 * After a round is saved: the engine's caches forget it; publishing the results stamps the time;
 * setting or changing the prediction's answer, or publishing, recomputes every attempt's
 * prediction difference (the second tie-break).
 */
export const afterRoundChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  clearRoundCaches(doc.id)
  if (context?.contestsRoundHook) return doc
  const published = doc.resultsPublished === true
  const wasPublished = previousDoc?.resultsPublished === true
  const answerChanged = (doc.predictionAnswer ?? null) !== (previousDoc?.predictionAnswer ?? null)
  if (published && !wasPublished) {
    const at = new Date().toISOString()
    await queryIn(req.payload, req, 'UPDATE contest_rounds SET results_published_at = ? WHERE id = ?', [at, doc.id])
    doc.resultsPublishedAt = at
  } else if (!published && wasPublished) {
    await queryIn(req.payload, req, 'UPDATE contest_rounds SET results_published_at = NULL WHERE id = ?', [doc.id])
    doc.resultsPublishedAt = null
  }
  if (answerChanged || (published && !wasPublished)) {
    await recomputePredictionDiffs(req.payload, doc.id, req)
  }
  return doc
}

/** Any change to the bank: drawn pools are read again. */
export const forgetPools = (): void => clearRoundCaches()
