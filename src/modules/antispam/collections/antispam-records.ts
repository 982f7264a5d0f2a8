import type { CollectionConfig } from 'payload'
import { nobody } from '@/shared/access/rules'
import { ANTISPAM_RECORDS } from '@/shared/antispam/records'

/**
 * Used proof-of-work challenges and accepted submissions (hashes only), so replay protection and
 * rate limits hold across processes and restarts. Hidden and closed to every API user: only the
 * anti-spam code writes it, as the system (src/shared/antispam/records.ts).
 */
export const AntiSpamRecords: CollectionConfig = {
  slug: ANTISPAM_RECORDS,
  labels: { singular: 'Bản ghi chống thư rác', plural: 'Bản ghi chống thư rác' },
  admin: { hidden: true, group: 'Hệ thống' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    {
      name: 'kind',
      label: 'Loại',
      type: 'select',
      required: true,
      options: [
        { value: 'challenge', label: 'Thử thách đã dùng' },
        { value: 'submission', label: 'Lượt gửi' },
      ],
    },
    { name: 'key', label: 'Khóa', type: 'text', required: true, unique: true, maxLength: 200 },
    { name: 'scope', label: 'Phạm vi', type: 'text', index: true, maxLength: 60 },
    { name: 'ipHash', label: 'Mã băm địa chỉ', type: 'text', index: true, maxLength: 64 },
    { name: 'contactHash', label: 'Mã băm liên hệ', type: 'text', index: true, maxLength: 64 },
    { name: 'at', label: 'Thời điểm', type: 'date', required: true, index: true },
    { name: 'expiresAt', label: 'Hết hạn', type: 'date', required: true, index: true },
  ],
}
