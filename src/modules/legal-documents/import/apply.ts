import type { Payload, RequestContext, Where } from 'payload'
import type { LegalDocument } from '@/payload-types'
import { fold } from '@/shared/text/vietnamese'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import { parseDocumentNumber } from '../parse'
import { LEGAL_DOCUMENTS_SLUG } from '../constants'
import { findSameDocument } from '../hooks/check-identity'
import type { AttachInput, DocumentInput } from './types'

export type ApplyOptions = { publish: boolean; dryRun: boolean; publishedBy: string }
export type Outcome = { result: 'created' | 'updated' | 'skipped'; reason?: string; warnings?: string[] }

type FieldTerm = { id: number; title: string }

/** Imports run as the system, without cache refreshes or e-mails; --publish publishes as well. */
function contextFor(options: ApplyOptions, publish: boolean): RequestContext & WorkflowContext {
  return {
    disableRevalidate: true,
    disableNotifications: true,
    systemAction: { action: publish ? 'publish' : 'save', byName: options.publishedBy },
  }
}

/** Legal field names ("Lao động - Tiền lương") → taxonomy ids whose title is a phrase in them. */
export function matchFields(names: string[], terms: FieldTerm[]): { ids: number[]; unknown: string[] } {
  const ids = new Set<number>()
  const unknown: string[] = []
  for (const name of names) {
    const key = ` ${fold(name)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `
    const hits = terms.filter((t) =>
      key.includes(
        ` ${fold(t.title)
          .replace(/[^a-z0-9]+/g, ' ')
          .trim()} `,
      ),
    )
    if (hits.length === 0) unknown.push(name)
    hits.forEach((t) => ids.add(t.id))
  }
  return { ids: [...ids], unknown }
}

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

type Existing = Pick<LegalDocument, 'id' | 'workflowState' | 'issuerKey'> & Record<string, unknown>

/**
 * Creates the document, or fills in what the stored record lacks. Stored values are never
 * overwritten, so a second run of the same file, or of another source of the same document,
 * changes nothing ("0 created, 0 updated").
 */
export async function applyDocument(args: {
  payload: Payload
  input: DocumentInput
  terms: FieldTerm[]
  options: ApplyOptions
}): Promise<Outcome> {
  const { payload, input, terms, options } = args
  const { fieldNames, ...rest } = input
  const { ids, unknown } = matchFields(fieldNames ?? [], terms)
  const warnings = unknown.map((name) => `lĩnh vực “${name}” không có trong danh mục lĩnh vực; bỏ qua.`)
  const data: Record<string, unknown> = { ...rest, ...(ids.length > 0 ? { fields: ids } : {}) }
  // The importer's key is number + type + date: sources spell the issuer differently
  // ("QUỐC HỘI", "CHỦ TỊCH NƯỚC - QUỐC HỘI") for the same law.
  const same = await findSameDocument({ payload, identity: { ...input, issuer: null } })
  if (same.length > 1) {
    return {
      result: 'skipped',
      reason: `có ${same.length} văn bản cùng số, loại và ngày ban hành; không biết cập nhật văn bản nào.`,
    }
  }
  const match = same[0]
  if (!match) {
    if (!options.dryRun) {
      await payload.create({
        collection: LEGAL_DOCUMENTS_SLUG,
        data: data as never,
        depth: 0,
        overrideAccess: true,
        context: contextFor(options, options.publish),
      })
    }
    return { result: 'created', warnings }
  }
  const select = Object.fromEntries([...Object.keys(data), 'workflowState'].map((k) => [k, true]))
  const existing = (await payload.findByID({
    collection: LEGAL_DOCUMENTS_SLUG,
    id: match.id,
    depth: 0,
    select: select as never,
    overrideAccess: true,
  })) as unknown as Existing
  const patch = Object.fromEntries(Object.entries(data).filter(([k, v]) => !isEmpty(v) && isEmpty(existing[k])))
  const publish = options.publish && existing.workflowState !== 'published'
  if (Object.keys(patch).length === 0 && !publish) return { result: 'skipped', warnings }
  if (!options.dryRun) {
    await payload.update({
      collection: LEGAL_DOCUMENTS_SLUG,
      id: match.id,
      data: patch as never,
      depth: 0,
      overrideAccess: true,
      context: contextFor(options, publish),
    })
  }
  return { result: 'updated', warnings }
}

/** Gives an existing document its full text (articles.jsonl, ALQAC); reports a missing document. */
export async function applyAttach(args: {
  payload: Payload
  input: AttachInput
  options: ApplyOptions
}): Promise<Outcome> {
  const { payload, input, options } = args
  const parsed = input.number ? parseDocumentNumber(input.number) : null
  const where: Where = parsed?.ok
    ? { numberKey: { equals: parsed.number.key } }
    : { title: { equals: input.title ?? '' } }
  const found = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where,
    limit: 5,
    depth: 0,
    select: { text: true, number: true },
    overrideAccess: true,
  })
  const name = input.number ?? `“${input.title ?? ''}”`
  if (found.docs.length === 0) {
    return {
      result: 'skipped',
      reason: `chưa có văn bản ${name} trong cơ sở dữ liệu; hãy nhập thông tin văn bản trước (documents.jsonl, congbao_metadata.jsonl hoặc tệp .txt).`,
    }
  }
  if (found.docs.length > 1) {
    return {
      result: 'skipped',
      reason: `có ${found.docs.length} văn bản số ${name}; không biết gắn toàn văn vào văn bản nào.`,
    }
  }
  const doc = found.docs[0] as { id: number; text?: string | null }
  if (!isEmpty(doc.text)) return { result: 'skipped' }
  if (!options.dryRun) {
    await payload.update({
      collection: LEGAL_DOCUMENTS_SLUG,
      id: doc.id,
      data: { text: input.text },
      depth: 0,
      overrideAccess: true,
      context: contextFor(options, false),
    })
  }
  return { result: 'updated', warnings: [`gắn ${input.articleCount} điều vào văn bản ${name}.`] }
}
