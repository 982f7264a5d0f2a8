import type { CollectionBeforeChangeHook, Field } from 'payload'
import { parseProvisionReference } from '@/modules/legal-documents/parse'
import { noMarkup } from '@/shared/fields/common'
import { userError } from '@/shared/errors'
import { nfc } from '@/shared/text/vietnamese'

/** The legal documents, and the articles (Điều) in them, an item explains. */
export const legalBasisField: Field = {
  name: 'legalBasis',
  label: 'Căn cứ pháp lý được giải thích',
  type: 'array',
  maxRows: 20,
  labels: { singular: 'Căn cứ', plural: 'Căn cứ' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'document',
          label: 'Văn bản',
          type: 'relationship',
          relationTo: 'legal-documents',
          required: true,
          index: true,
        },
        {
          name: 'article',
          label: 'Điều, khoản, điểm',
          type: 'text',
          maxLength: 120,
          validate: noMarkup,
          admin: { description: 'Ví dụ: “Điều 5”, “khoản 2 Điều 8”. Để trống nếu giải thích cả văn bản.' },
        },
        {
          name: 'anchor',
          label: 'Neo trên trang văn bản',
          type: 'text',
          maxLength: 120,
          admin: { readOnly: true, description: 'Tự tính, ví dụ dieu-8-khoan-2.' },
        },
      ],
    },
  ],
}

type Row = { article?: string | null; anchor?: string | null }

/** Turns each "khoản 2 Điều 8" into the anchor of that provision on the /van-ban page. */
export const computeLegalBasisAnchors: CollectionBeforeChangeHook = ({ data }) => {
  const rows = (data as { legalBasis?: unknown }).legalBasis
  if (!Array.isArray(rows)) return data
  for (const row of rows as Row[]) {
    const label = typeof row.article === 'string' ? nfc(row.article).trim() : ''
    if (!label) {
      row.article = null
      row.anchor = null
      continue
    }
    const [first] = parseProvisionReference(label)
    if (!first) throw userError(`Không đọc được “${label}”; hãy ghi như “Điều 5” hoặc “khoản 2 Điều 8”.`)
    row.article = label
    row.anchor = first.anchor
  }
  return data
}
