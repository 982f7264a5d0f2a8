import type { CollectionConfig } from 'payload'
import { writers } from '@/shared/access/rules'
import { noMarkup } from '@/shared/fields/common'
import { revalidateAlways, revalidateAlwaysOnDelete } from '@/shared/workflow/hooks'
import { RELATION_TYPES } from '../parse'
import { DOCUMENT_RELATIONS_SLUG, LEGAL_DOCUMENTS_SLUG } from '../constants'
import { checkRelation } from '../hooks/check-relation'
import { relationChanger, relationReader } from '../hooks/relation-access'
import { restoreEffectOnChange, restoreEffectOnDelete } from '../hooks/restore-effect'

/**
 * One stored relation per pair: "A thay thế B" is shown on A as "Thay thế B" and on B as "Bị thay
 * thế bởi A" (the inverse label), so nobody enters it twice.
 */
export const DocumentRelations: CollectionConfig = {
  slug: DOCUMENT_RELATIONS_SLUG,
  labels: { singular: 'Quan hệ văn bản', plural: 'Quan hệ giữa các văn bản' },
  admin: {
    useAsTitle: 'label',
    group: 'Văn bản pháp luật',
    defaultColumns: ['label', 'type', 'provision', 'effectiveAt', 'appliedAt'],
    description:
      'Mỗi quan hệ chỉ nhập một lần, từ văn bản tác động (ví dụ: văn bản mới thay thế văn bản cũ); trang của văn bản kia tự hiện chiều ngược lại.',
  },
  access: { read: relationReader, create: writers, update: relationChanger, delete: relationChanger },
  defaultSort: '-createdAt',
  hooks: {
    beforeChange: [checkRelation],
    // The effect is restored before the cache refresh, so the refreshed pages show it.
    afterChange: [restoreEffectOnChange, revalidateAlways],
    afterDelete: [restoreEffectOnDelete, revalidateAlwaysOnDelete],
  },
  fields: [
    {
      name: 'from',
      label: 'Văn bản tác động',
      type: 'relationship',
      relationTo: LEGAL_DOCUMENTS_SLUG,
      required: true,
      index: true,
    },
    {
      name: 'type',
      label: 'Quan hệ',
      type: 'select',
      required: true,
      index: true,
      options: RELATION_TYPES.map((r) => ({ value: r.value, label: r.label })),
    },
    {
      name: 'to',
      label: 'Văn bản bị tác động, được dẫn chiếu',
      type: 'relationship',
      relationTo: LEGAL_DOCUMENTS_SLUG,
      required: true,
      index: true,
      filterOptions: ({ siblingData }) => {
        const from = (siblingData as { from?: unknown } | undefined)?.from
        return typeof from === 'number' ? { id: { not_equals: from } } : true
      },
    },
    {
      name: 'provision',
      label: 'Điều, khoản, điểm bị tác động',
      type: 'text',
      maxLength: 300,
      validate: noMarkup,
      admin: {
        description:
          'Ví dụ: Điểm c Khoản 2 Điều 8; Điều 5, Điều 6. Để trống nếu tác động đến toàn bộ văn bản. Thay thế, bãi bỏ, đình chỉ một phần làm văn bản hết (ngưng) hiệu lực một phần.',
      },
    },
    // Anchors of the cited provisions on the target's page ("dieu-8-khoan-2-diem-c"), from the hook.
    { name: 'provisionAnchors', type: 'json', admin: { hidden: true } },
    {
      name: 'effectiveAt',
      label: 'Ngày tác động có hiệu lực',
      type: 'date',
      index: true,
      admin: {
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        description: 'Để trống: lấy ngày có hiệu lực của văn bản tác động.',
      },
    },
    { name: 'note', label: 'Ghi chú', type: 'textarea', maxLength: 1000 },
    { name: 'label', label: 'Tên quan hệ', type: 'text', admin: { hidden: true } },
    {
      name: 'appliedAt',
      label: 'Đã áp dụng vào tình trạng hiệu lực lúc',
      type: 'date',
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
  ],
}
