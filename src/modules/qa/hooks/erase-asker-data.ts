/**
 * Erasure on request (issue 4 §5): removes what identifies the asker and keeps the question, in
 * its edited public wording, so a published answer stays useful to others.
 */
export const ERASED_FIELDS = [
  'asker.name',
  'asker.email',
  'asker.phone',
  'asker.ipHash',
  'asker.contactHash',
  'originalTitle',
  'originalBody',
  'attachment',
] as const

export function eraseAskerData(next: Record<string, unknown>, now: Date): void {
  next.asker = { name: null, email: null, phone: null, ipHash: null, contactHash: null, consentAt: null }
  next.originalTitle = null
  next.originalBody = null
  next.attachment = null
  next.anonymisedAt = now.toISOString()
}
