import type { Field, FieldAccess } from 'payload'
import { citationsField } from '@/modules/legal-documents/citations/fields'
import { editorialField, staffField } from '@/shared/access/rules'

const never: FieldAccess = () => false
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }

/**
 * The legal basis (citations of articles, exactly as Q&A answers cite them), the warning given at
 * the moment of citing, and the flag the scheduled scan sets when a cited document later changes.
 */
export function legalBasisFields(): Field[] {
  return [
    citationsField({ label: 'Căn cứ pháp lý' }),
    {
      name: 'citationWarning',
      label: 'Cảnh báo về căn cứ được trích dẫn',
      type: 'textarea',
      access: { read: staffField, create: never, update: never },
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.citationWarning),
        description: 'Văn bản được trích dẫn không còn hiệu lực đầy đủ tại thời điểm lưu: hãy kiểm tra lại.',
      },
    },
    {
      type: 'collapsible',
      label: 'Căn cứ pháp lý đã thay đổi',
      admin: { initCollapsed: false, condition: (data) => Boolean(data?.legalBasisChanged || data?.legalBasisNote) },
      fields: [
        {
          name: 'legalBasisChanged',
          label: 'Căn cứ pháp lý đã thay đổi',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          access: { create: never, update: never },
          admin: {
            readOnly: true,
            description: 'Tự bật khi văn bản được trích dẫn bị sửa đổi, thay thế, bãi bỏ, đình chỉ hoặc hết hiệu lực.',
          },
        },
        {
          name: 'legalBasisNote',
          label: 'Văn bản đã thay đổi',
          type: 'textarea',
          maxLength: 2000,
          access: { create: never, update: never },
          admin: { readOnly: true },
        },
        {
          name: 'markReviewed',
          label: 'Đã rà soát: nội dung vẫn đúng hoặc đã sửa theo văn bản mới',
          type: 'checkbox',
          virtual: true,
          access: { create: never, update: editorialField },
          admin: {
            readOnly: false,
            condition: (data) => Boolean(data?.legalBasisChanged),
            description: 'Đánh dấu rồi lưu để bỏ cảnh báo trên trang công khai (chỉ Ban Biên tập).',
          },
        },
        {
          name: 'legalBasisCheckedAt',
          label: 'Rà soát căn cứ lần cuối',
          type: 'date',
          access: { read: staffField, create: never, update: never },
          admin: { readOnly: true, ...dayAndTime },
        },
      ],
    },
  ]
}
