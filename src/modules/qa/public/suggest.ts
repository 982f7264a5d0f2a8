import type { Payload } from 'payload'
import { createSearchEngine } from '@/modules/search/engine'
import { LEGAL_DOCUMENTS_SLUG } from '@/modules/legal-documents/constants'
import { nfc } from '@/shared/text/vietnamese'
import { QUESTIONS_SLUG } from '../constants'

/**
 * Suggestions while a citizen types a question: published answered questions and legal articles
 * (Điều) that may already answer it, from the site search engine (only published documents are
 * ever in its index).
 */

export type QuestionSuggestion = { title: string; url: string }
export type ArticleSuggestion = { title: string; heading: string; url: string; docNumber: string | null }
export type Suggestions = { questions: QuestionSuggestion[]; articles: ArticleSuggestion[] }

export const SUGGEST_LIMIT = 5
/** Words a text needs before suggestions are looked up: fewer match too much to help. */
export const SUGGEST_MIN_WORDS = 3
/** Longer text is cut: the start of a question carries its subject. */
export const SUGGEST_MAX_CHARS = 400

const EMPTY: Suggestions = { questions: [], articles: [] }

/** The text to search for, or null when it is too short to suggest anything. */
export function suggestionQuery(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const text = nfc(raw)
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SUGGEST_MAX_CHARS)
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w))
  return words.length >= SUGGEST_MIN_WORDS ? text : null
}

/**
 * Up to five answered questions and five articles for `raw`. Never throws: a search failure is
 * logged and answered with no suggestions, so typing is never interrupted.
 */
export async function suggestForQuestion(payload: Payload, raw: unknown): Promise<Suggestions> {
  const query = suggestionQuery(raw)
  if (!query) return EMPTY
  try {
    const engine = createSearchEngine(payload)
    const [questions, documents] = await Promise.all([
      engine.search({ query, limit: SUGGEST_LIMIT, filters: { collection: QUESTIONS_SLUG } }),
      // A document's own entry (title, preamble) competes with its articles: ask for more and keep articles.
      engine.search({ query, limit: SUGGEST_LIMIT * 3, filters: { collection: LEGAL_DOCUMENTS_SLUG } }),
    ])
    return {
      questions: questions.hits.map((h) => ({ title: h.title, url: h.url })),
      articles: documents.hits
        .filter((h) => h.articleNumber)
        .slice(0, SUGGEST_LIMIT)
        .map((h) => ({
          title: h.title,
          heading: h.heading ?? `Điều ${h.articleNumber}`,
          url: h.url,
          docNumber: h.docNumber,
        })),
    }
  } catch (err) {
    payload.logger.error({ msg: 'Question suggestions failed', err })
    return EMPTY
  }
}
