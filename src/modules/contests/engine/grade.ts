import type { AttemptItem } from './items'

/**
 * Checking and grading answers (pure). An answer is a list of option ids of its item: exactly one
 * for single-choice and true/false, any number of distinct ids for multiple choice (none clears
 * it). It is right when it selects exactly the key.
 */

export type ChoiceCheck = { ok: true; choice: string[] } | { ok: false; message: string }

export function checkChoice(item: AttemptItem, raw: unknown): ChoiceCheck {
  if (!Array.isArray(raw) || raw.some((v) => typeof v !== 'string')) {
    return { ok: false, message: 'Câu trả lời không hợp lệ: cần danh sách mã phương án.' }
  }
  const choice = raw as string[]
  if (new Set(choice).size !== choice.length) return { ok: false, message: 'Một phương án được chọn hai lần.' }
  const ids = new Set(item.options.map((o) => o.id))
  if (choice.some((id) => !ids.has(id))) return { ok: false, message: 'Phương án đã chọn không thuộc câu hỏi này.' }
  if (item.kind !== 'multiple' && choice.length !== 1) {
    return { ok: false, message: 'Câu hỏi này chỉ được chọn đúng một phương án.' }
  }
  return { ok: true, choice }
}

export const isCorrect = (item: AttemptItem, choice: readonly string[]): boolean =>
  choice.length === item.key.length && choice.every((id) => item.key.includes(id))

export type Grade = { score: number; maxScore: number; correctCount: number }

/** Grades from the snapshot; `answers` maps item index → chosen ids. */
export function gradeAttempt(items: readonly AttemptItem[], answers: ReadonlyMap<number, readonly string[]>): Grade {
  let score = 0
  let maxScore = 0
  let correctCount = 0
  items.forEach((item, index) => {
    maxScore += item.points
    const choice = answers.get(index)
    if (choice && isCorrect(item, choice)) {
      score += item.points
      correctCount += 1
    }
  })
  const round2 = (n: number) => Math.round(n * 100) / 100
  return { score: round2(score), maxScore: round2(maxScore), correctCount }
}

/** Time taken: from the start to the submission, never past the deadline. */
export const durationOf = (startedAt: Date, deadlineAt: Date, submittedAt: Date): number =>
  Math.max(0, Math.min(submittedAt.getTime(), deadlineAt.getTime()) - startedAt.getTime())
