import type { CollectionSlug, Field, FieldHook } from 'payload'
import { SLUG_PATTERN, slugify } from '../text/vietnamese'

/**
 * A URL slug made from the title when left empty, unique within the collection (a number is added
 * when the title repeats), and checked to be lower-case ASCII words joined by hyphens.
 */
export function slugField(from = 'title'): Field {
  const ensureSlug: FieldHook = async ({ value, data, originalDoc, req, collection, operation }) => {
    const typed = typeof value === 'string' && value.trim() ? value.trim() : null
    // A slug the editor typed is checked, not rewritten: a malformed one is left for validate.
    if (typed !== null && !SLUG_PATTERN.test(typed)) return typed
    const source = typed ?? data?.[from] ?? originalDoc?.[from]
    if (typeof source !== 'string' || !source.trim()) return value
    const base = slugify(source) || 'noi-dung'
    if (!collection) return base
    let candidate = base
    for (let n = 2; n < 200; n++) {
      // System check for uniqueness: drafts of other units also own their slugs.
      const clash = await req.payload.find({
        collection: collection.slug as CollectionSlug,
        where: {
          and: [
            { slug: { equals: candidate } },
            // Only an update keeps its own slug; a duplicate (a create from an existing doc) must not.
            ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (clash.docs.length === 0) return candidate
      candidate = `${base}-${n}`
    }
    return candidate
  }
  return {
    name: 'slug',
    label: 'Đường dẫn (slug)',
    type: 'text',
    index: true,
    unique: true,
    maxLength: 160,
    admin: {
      position: 'sidebar',
      description: 'Để trống để tạo tự động từ tiêu đề (không dấu, nối bằng gạch ngang).',
    },
    // A copy gets a fresh slug from its title (Payload would otherwise append " - Copy").
    hooks: { beforeValidate: [ensureSlug], beforeDuplicate: [() => null] },
    validate: (value: unknown) => {
      if (value === null || value === undefined || value === '') return true
      if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
        return 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: tin-tuc-moi).'
      }
      return true
    },
  }
}
