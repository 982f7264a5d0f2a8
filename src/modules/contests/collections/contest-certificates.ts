import type { CollectionConfig } from 'payload'
import { noMarkup } from '@/shared/fields/common'
import {
  CONTESTS_SLUG,
  CONTEST_ATTEMPTS_SLUG,
  CONTEST_CERTIFICATES_SLUG,
  CONTEST_ENTRIES_SLUG,
  CONTEST_ROUNDS_SLUG,
} from '../constants'
import { organisers, organisersOrContestantAction } from './access'

/**
 * A certificate (giấy chứng nhận) with its public verification code: /cuoc-thi/xac-minh/<code>
 * shows whether it is genuine. Revoking keeps the record so a verification says so.
 */
export const ContestCertificates: CollectionConfig = {
  slug: CONTEST_CERTIFICATES_SLUG,
  labels: { singular: 'Giấy chứng nhận', plural: 'Giấy chứng nhận' },
  admin: {
    group: 'Cuộc thi tìm hiểu pháp luật',
    useAsTitle: 'code',
    defaultColumns: ['code', 'holderName', 'round', 'award', 'issuedAt', 'revokedAt'],
  },
  access: {
    read: organisers,
    create: organisersOrContestantAction,
    update: organisers,
    delete: organisers,
  },
  fields: [
    { name: 'code', label: 'Mã xác minh', type: 'text', required: true, unique: true, index: true, maxLength: 40 },
    // One certificate per entry (an entry is one person in one round): issuing is idempotent.
    {
      name: 'entry',
      label: 'Người dự thi',
      type: 'relationship',
      relationTo: CONTEST_ENTRIES_SLUG,
      required: true,
      unique: true,
      // Erased with the entry (its beforeDelete, ../hooks/erase-entry.ts).
      custom: { deletedWithTarget: true },
    },
    { name: 'attempt', type: 'relationship', relationTo: CONTEST_ATTEMPTS_SLUG },
    { name: 'round', type: 'relationship', relationTo: CONTEST_ROUNDS_SLUG, required: true, index: true },
    { name: 'contest', type: 'relationship', relationTo: CONTESTS_SLUG, required: true },
    { name: 'holderName', label: 'Người được cấp', type: 'text', required: true, maxLength: 100, validate: noMarkup },
    { name: 'award', label: 'Nội dung chứng nhận', type: 'text', required: true, maxLength: 200, validate: noMarkup },
    { name: 'score', label: 'Điểm', type: 'number' },
    { name: 'maxScore', label: 'Điểm tối đa', type: 'number' },
    { name: 'issuedAt', label: 'Cấp lúc', type: 'date', required: true },
    { name: 'revokedAt', label: 'Thu hồi lúc', type: 'date' },
    { name: 'revokeReason', label: 'Lý do thu hồi', type: 'text', maxLength: 300, validate: noMarkup },
  ],
}
