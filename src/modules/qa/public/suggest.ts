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

/** Best entries of all kinds considered before keeping five of each. */
const SUGGEST_POOL = 40

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
    // One ranking over every collection, split afterwards: scoring dominates the cost of a search
    // and does not depend on the filter, so two filtered searches would cost twice as much.
    const { hits } = await createSearchEngine(payload).search({ query, limit: SUGGEST_POOL, snippets: false })
    return {
      questions: hits
        .filter((h) => h.collection === QUESTIONS_SLUG)
        .slice(0, SUGGEST_LIMIT)
        .map((h) => ({ title: h.title, url: h.url })),
      articles: hits
        .filter((h) => h.collection === LEGAL_DOCUMENTS_SLUG && h.articleNumber)
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
