import type { ArrayField, FieldAccess } from 'payload'
import { noMarkup } from '@/shared/fields/common'

type Access = { read?: FieldAccess; create?: FieldAccess; update?: FieldAccess }

/**
 * The legal basis of a text (a Q&A answer, a legal situation…): rows citing a document of the
 * legal-documents database and, optionally, one of its provisions ("khoản 2 Điều 8"), whose anchor
 * on the document page is computed by ./anchors.ts. The legal-basis scan (./scan.ts) finds the
 * citing texts through `citations.document`.
 */
export function citationsField(
  options: { name?: string; label?: string; access?: Access; maxRows?: number; wholeDocument?: string } = {},
): ArrayField {
  return {
    name: options.name ?? 'citations',
    label: options.label ?? 'Căn cứ pháp lý được trích dẫn',
    type: 'array',
    maxRows: options.maxRows ?? 30,
    ...(options.access ? { access: options.access } : {}),
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
            admin: {
              description: `Ví dụ: “Điều 5”, “khoản 2 Điều 8”. ${options.wholeDocument ?? 'Để trống nếu trích cả văn bản.'}`,
            },
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
}
