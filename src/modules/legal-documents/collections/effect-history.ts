import type { CollectionConfig } from 'payload'
import { adminOnly, editorial } from '@/shared/access/rules'
import { noMarkup } from '@/shared/fields/common'
import { revalidateAlways, revalidateAlwaysOnDelete } from '@/shared/workflow/hooks'
import { EFFECT_STATUSES } from '../parse'
import { DOCUMENT_RELATIONS_SLUG, EFFECT_ACTIONS, EFFECT_HISTORY_SLUG, LEGAL_DOCUMENTS_SLUG } from '../constants'
import { isEffectJob } from '../hooks/context'
import { historyReader } from '../hooks/relation-access'

const statusOptions = EFFECT_STATUSES.map((s) => ({ ...s }))

/**
 * The effect history of each document: when it took effect, lost effect, or was replaced,
 * repealed, suspended or amended, by which document and provision; automatic rows come from the
 * effect job, manual ones from editors. Append-only for everyone but administrators.
 */
export const EffectHistory: CollectionConfig = {
  slug: EFFECT_HISTORY_SLUG,
  labels: { singular: 'Lịch sử hiệu lực', plural: 'Lịch sử hiệu lực' },
  admin: {
    group: 'Văn bản pháp luật',
    defaultColumns: ['document', 'action', 'date', 'toStatus', 'isAutomatic'],
  },
  access: { read: historyReader, create: editorial, update: adminOnly, delete: adminOnly },
  defaultSort: '-date',
  hooks: {
    // A row an editor writes is theirs, never "automatic"; only the system writes those: without a
    // user, or inside an editor's request as the effect recomputation (a server-side context flag
    // no client can set).
    beforeChange: [
      ({ data, req, context }) => {
        const user = req.user as { name?: string | null; email?: string | null } | null
        if (!user || isEffectJob(context)) return data
        return { ...data, isAutomatic: false, recordedBy: user.name || user.email || null }
      },
    ],
    afterChange: [revalidateAlways],
    afterDelete: [revalidateAlwaysOnDelete],
  },
  fields: [
    {
      name: 'document',
      label: 'Văn bản',
      type: 'relationship',
      relationTo: LEGAL_DOCUMENTS_SLUG,
      required: true,
      index: true,
      // The document's own history: deleted with it (../legal-documents/index.ts).
      custom: { deletedWithTarget: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'action',
          label: 'Sự kiện',
          type: 'select',
          required: true,
          options: EFFECT_ACTIONS.map((a) => ({ ...a })),
        },
        {
          name: 'date',
          label: 'Ngày',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'fromStatus', label: 'Tình trạng trước', type: 'select', options: statusOptions },
        { name: 'toStatus', label: 'Tình trạng sau', type: 'select', options: statusOptions },
      ],
    },
    { name: 'byDocument', label: 'Do văn bản', type: 'relationship', relationTo: LEGAL_DOCUMENTS_SLUG },
    { name: 'relation', label: 'Theo quan hệ', type: 'relationship', relationTo: DOCUMENT_RELATIONS_SLUG },
    { name: 'provision', label: 'Phạm vi (điều, khoản, điểm)', type: 'text', maxLength: 300, validate: noMarkup },
    { name: 'note', label: 'Ghi chú', type: 'textarea', maxLength: 2000 },
    {
      name: 'isAutomatic',
      label: 'Hệ thống tự ghi',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    { name: 'recordedBy', label: 'Người ghi', type: 'text', maxLength: 200, admin: { position: 'sidebar' } },
  ],
}
