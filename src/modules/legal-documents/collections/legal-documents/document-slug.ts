import type { Field, FieldHook } from 'payload'
import { SLUG_PATTERN, slugify } from '@/shared/text/vietnamese'
import { DOCUMENT_TYPES, NO_NUMBER, parseDocumentNumber } from '../../parse'
import { LEGAL_DOCUMENTS_SLUG, RESERVED_SLUGS } from '../../constants'
import { vnYear } from '../../dates'

/**
 * The words a document's slug is made from: its type and number ("bo-luat-45-2019-qh14"), with the
 * year of issue when the number has none ("quyet-dinh-927-qd-ttg-2010"), or its title when it has
 * no number. The type keeps 49/2010/QH12 the law apart from 49/2010/QH12 the resolution.
 */
export function documentSlugSource(doc: Record<string, unknown>): string | null {
  const type = DOCUMENT_TYPES.find((t) => t.value === doc.type)?.label ?? ''
  const number = typeof doc.number === 'string' ? doc.number.trim() : ''
  const title = typeof doc.title === 'string' ? doc.title : ''
  const parsed = number ? parseDocumentNumber(number) : null
  if (!parsed?.ok || parsed.number.normalized === NO_NUMBER || parsed.number.serial === null) {
    return title ? `${type} ${title}` : null
  }
  const year = parsed.number.year === null ? vnYear(doc.issuedAt as string | undefined) : null
  return `${type} ${parsed.number.normalized}${year ? ` ${year}` : ''}`
}

const isReserved = (slug: string): boolean => (RESERVED_SLUGS as readonly string[]).includes(slug)

const ensureSlug: FieldHook = async ({ value, data, originalDoc, req, operation }) => {
  const typed = typeof value === 'string' && value.trim() ? value.trim() : null
  // A slug the editor typed is checked by validate, not rewritten; a partial update keeps the stored one.
  if (typed !== null) return typed
  if (value === undefined && operation === 'update' && typeof originalDoc?.slug === 'string') return originalDoc.slug
  const source = documentSlugSource({ ...(originalDoc ?? {}), ...(data ?? {}) })
  if (!source) return value
  const base = slugify(source) || 'van-ban'
  let candidate = isReserved(base) ? `${base}-van-ban` : base
  for (let n = 2; n < 200; n++) {
    // System check for uniqueness: drafts of other units also own their slugs.
    const clash = await req.payload.find({
      collection: LEGAL_DOCUMENTS_SLUG,
      where: {
        and: [
          { slug: { equals: candidate } },
          ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      limit: 1,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
      req,
    })
    if (clash.docs.length === 0) return candidate
    candidate = `${base}-${n}`
  }
  return candidate
}

/** The document's URL slug under /van-ban/, made from its type and number when left empty. */
export function documentSlugField(): Field {
  return {
    name: 'slug',
    label: 'Đường dẫn (slug)',
    type: 'text',
    index: true,
    unique: true,
    maxLength: 160,
    admin: {
      position: 'sidebar',
      description: 'Để trống để tạo tự động từ loại và số ký hiệu (ví dụ: bo-luat-45-2019-qh14).',
    },
    hooks: { beforeValidate: [ensureSlug], beforeDuplicate: [() => null] },
    validate: (value: unknown) => {
      if (value === null || value === undefined || value === '') return true
      if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
        return 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: luat-45-2019-qh14).'
      }
      if (isReserved(value))
        return `Đường dẫn “${value}” đã dành cho một trang của mục Văn bản; hãy chọn đường dẫn khác.`
      return true
    },
  }
}
