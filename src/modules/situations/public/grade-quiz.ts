import type { Payload } from 'payload'
import { SITUATIONS_SLUG } from '../constants'
import { findPublishedSituation } from './get-situation'

export type GradedQuestion = {
  id: string
  prompt: string
  options: Array<{ id: string; text: string; isCorrect: boolean }>
  chosen: string
  isCorrect: boolean
  explanation: string
}

export type QuizResult = {
  slug: string
  title: string
  total: number
  correct: number
  questions: GradedQuestion[]
}

export type QuizGrade = { ok: true; result: QuizResult } | { ok: false; status: 400 | 404 | 422; message: string }

/** Field names of the quiz form: one radio group per question. */
export const quizFieldName = (questionId: string): string => `cau-${questionId}`
const FIELD = /^cau-([A-Za-z0-9_-]{1,64})$/
const ID = /^[A-Za-z0-9_-]{1,64}$/

type KeyedQuestion = { id: string; prompt: string; explanation: string; options: GradedQuestion['options'] }

/**
 * The quiz of a published situation with its answer key. The visitor's read (just before) decides
 * whether the situation is public; the key and the explanations are hidden from every public read
 * (fields/quiz.ts), so this one field is read as the system, only to grade.
 */
async function keyedQuiz(payload: Payload, slug: string): Promise<{ title: string; quiz: KeyedQuestion[] } | null> {
  const visible = await findPublishedSituation(payload, slug)
  if (!visible) return null
  const full = await payload.findByID({
    collection: SITUATIONS_SLUG,
    id: visible.id,
    depth: 0,
    select: { quiz: true },
    overrideAccess: true,
  })
  const quiz = (full.quiz ?? []).flatMap((q) =>
    q.id
      ? [
          {
            id: q.id,
            prompt: q.prompt,
            explanation: q.explanation ?? '',
            options: (q.options ?? []).flatMap((o) =>
              o.id ? [{ id: o.id, text: o.text, isCorrect: o.isCorrect === true }] : [],
            ),
          },
        ]
      : [],
  )
  return { title: visible.title, quiz }
}

function grade(slug: string, title: string, quiz: KeyedQuestion[], chosen: Map<string, string>): QuizGrade {
  const missing = quiz.map((q, i) => (chosen.has(q.id) ? null : i + 1)).filter((n): n is number => n !== null)
  if (missing.length > 0) {
    return { ok: false, status: 422, message: `Bạn chưa chọn câu trả lời cho câu ${missing.join(', ')}.` }
  }
  const questions = quiz.map((q) => {
    const pick = chosen.get(q.id) as string
    return {
      id: q.id,
      prompt: q.prompt,
      options: q.options,
      chosen: pick,
      isCorrect: q.options.some((o) => o.id === pick && o.isCorrect),
      explanation: q.explanation,
    }
  })
  return {
    ok: true,
    result: { slug, title, total: questions.length, correct: questions.filter((q) => q.isCorrect).length, questions },
  }
}

/**
 * Grades the quiz form: `cau-<question id>` → option id, one per question. Anything else (an
 * unknown or repeated question, an option of another question, a missing answer) is refused
 * with a Vietnamese message; nothing is stored.
 */
export async function gradeQuizForm(
  payload: Payload,
  slug: string,
  entries: Array<[string, unknown]>,
): Promise<QuizGrade> {
  const keyed = await keyedQuiz(payload, slug)
  if (!keyed) return { ok: false, status: 404, message: 'Không tìm thấy tình huống này.' }
  if (keyed.quiz.length === 0) return { ok: false, status: 404, message: 'Tình huống này không có câu hỏi kiểm tra.' }
  return gradeEntries(slug, keyed, entries)
}

function gradeEntries(
  slug: string,
  keyed: { title: string; quiz: KeyedQuestion[] },
  entries: Array<[string, unknown]>,
): QuizGrade {
  const chosen = new Map<string, string>()
  for (const [name, value] of entries) {
    const questionId = FIELD.exec(name)?.[1]
    const question = questionId ? keyed.quiz.find((q) => q.id === questionId) : undefined
    if (!question) return { ok: false, status: 400, message: 'Bài làm có câu hỏi không thuộc bài kiểm tra này.' }
    if (chosen.has(question.id)) return { ok: false, status: 400, message: 'Mỗi câu hỏi chỉ được chọn một phương án.' }
    if (typeof value !== 'string' || !ID.test(value) || !question.options.some((o) => o.id === value)) {
      return { ok: false, status: 400, message: 'Phương án đã chọn không thuộc câu hỏi này.' }
    }
    chosen.set(question.id, value)
  }
  return grade(slug, keyed.title, keyed.quiz, chosen)
}

/** Grades the chosen options listed in the result page's address (`chon=<id>,<id>…`). */
export async function gradeChosenOptions(payload: Payload, slug: string, optionIds: string[]): Promise<QuizGrade> {
  const keyed = await keyedQuiz(payload, slug)
  if (!keyed || keyed.quiz.length === 0) return { ok: false, status: 404, message: 'Không tìm thấy bài kiểm tra.' }
  const entries: Array<[string, unknown]> = optionIds.map((id) => {
    const question = keyed.quiz.find((q) => q.options.some((o) => o.id === id))
    return [question ? quizFieldName(question.id) : '', id]
  })
  if (entries.some(([name]) => !name)) {
    return { ok: false, status: 400, message: 'Phương án đã chọn không thuộc bài kiểm tra này.' }
  }
  return gradeEntries(slug, keyed, entries)
}
