import type { Payload } from 'payload'
import { QUESTIONS_SLUG } from '../constants'
import { createTrackingKey } from '../tracking'

export type PublicQuestionInput = {
  name: string
  email?: string | null
  phone?: string | null
  fieldId?: number | string | null
  areaId?: number | string | null
  title: string
  body: string
  attachmentId?: number | string | null
  consent: true
  ipHash: string
  contactHash: string
}

export type CreatedQuestion = { id: number | string; trackingCode: string; trackingKey: string }

const toId = (value: number | string | null | undefined): number | string | null =>
  value === null || value === undefined || value === '' ? null : value

/**
 * Stores a question sent through the public form, after the caller's validation and anti-spam
 * checks. An anonymous Local API call: the collection lets it create only because of the
 * publicSubmission context, which the REST API cannot set. Returns the tracking code and the
 * private key (only its hash is stored), for the confirmation page and e-mail.
 */
export async function createPublicQuestion(payload: Payload, input: PublicQuestionInput): Promise<CreatedQuestion> {
  const { key, hash } = createTrackingKey()
  const now = new Date()
  const doc = await payload.create({
    collection: QUESTIONS_SLUG,
    overrideAccess: false,
    user: null,
    context: { publicSubmission: true },
    depth: 0,
    data: {
      title: input.title,
      body: input.body,
      originalTitle: input.title,
      originalBody: input.body,
      field: toId(input.fieldId) as number | null,
      area: toId(input.areaId) as number | null,
      attachment: toId(input.attachmentId) as number | null,
      asker: {
        name: input.name,
        email: input.email || null,
        phone: input.phone || null,
        consentAt: now.toISOString(),
        ipHash: input.ipHash,
        contactHash: input.contactHash,
      },
      trackingKeyHash: hash,
    },
  })
  // The created document is read back as an anonymous caller and may hide fields; the hook set the code.
  const trackingCode = (doc as { trackingCode?: string | null }).trackingCode
  if (!trackingCode) throw new Error('A new question came back without its tracking code')
  return { id: doc.id, trackingCode, trackingKey: key }
}
