import type { Payload } from 'payload'
import { scanCitingCollection, type CitingCollection } from '@/modules/legal-documents/citations/scan'
import { QUESTIONS_SLUG } from '../constants'
import { LEGAL_BASIS_SCAN_SLUG } from '../globals/legal-basis-scan'

/**
 * Issue 4 §3: when a document cited by an answer later loses effect or is amended, the question is
 * flagged "căn cứ pháp lý đã thay đổi" until an editor marks it reviewed. The shared scan
 * (legal-documents/citations/scan.ts) does the work; answered and published questions are flagged.
 */
const questions: CitingCollection = {
  collection: QUESTIONS_SLUG,
  watermark: LEGAL_BASIS_SCAN_SLUG,
  where: { status: { in: ['answered', 'published'] } },
  isPublic: (doc) => doc.status === 'published',
  context: (now) => ({ qaSystem: { byName: 'Hệ thống rà soát căn cứ pháp lý' }, qaNow: now.toISOString() }),
}

export function scanLegalBasis(payload: Payload, now: Date): Promise<boolean> {
  return scanCitingCollection(payload, questions, now)
}
