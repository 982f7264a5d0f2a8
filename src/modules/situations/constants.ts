/** Slugs and addresses of the legal situations module (issue 6 §2). */

export const SITUATIONS_SLUG = 'legal-situations'
export const SITUATIONS_SCAN_SLUG = 'situations-legal-basis-scan'
export const SITUATIONS_SEARCH_LABEL = 'Tình huống pháp luật'

/** The public list and the public address of a published situation. */
export const SITUATIONS_PATH = '/tinh-huong'
export const situationPath = (slug: string): string => `${SITUATIONS_PATH}/${slug}`
/** Where the quiz form posts (works without JavaScript) and where its result is shown. */
export const quizActionPath = (slug: string): string => `${situationPath(slug)}/kiem-tra`
export const quizResultPath = (slug: string): string => `${situationPath(slug)}/ket-qua`

export const QUIZ_MAX_QUESTIONS = 5
export const QUIZ_MIN_OPTIONS = 2
export const QUIZ_MAX_OPTIONS = 5
