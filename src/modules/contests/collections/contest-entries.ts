import type { CollectionConfig } from 'payload'
import { noMarkup } from '@/shared/fields/common'
import { CONTACT_KINDS, CONTESTS_SLUG, CONTEST_ENTRIES_SLUG, CONTEST_ROUNDS_SLUG } from '../constants'
import { personalDataAudit } from '@/modules/privacy/audit'
import { deriveEntryPublicFields } from '../hooks/entry-derived'
import { eraseEntryRecords } from '../hooks/erase-entry'
import { organisers, organisersOrContestantAction } from './access'

const secret = { read: () => false, create: () => true, update: () => true }
const audit = personalDataAudit(CONTEST_ENTRIES_SLUG, ['fullName', 'birthDate', 'contact', 'school', 'className'])

/**
 * One registration of one person for one round (đăng ký dự thi). A person is identified by the
 * contact they verified with a one-time code: (round, contactHash) is unique. Only the organisers
 * see these records; the public sees a contestant only through leaderboards (shortened name for
 * minors). Erasing on request deletes the entry with its attempts, answers and certificates.
 */
export const ContestEntries: CollectionConfig = {
  slug: CONTEST_ENTRIES_SLUG,
  labels: { singular: 'Người dự thi', plural: 'Người dự thi' },
  admin: {
    group: 'Cuộc thi tìm hiểu pháp luật',
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'round', 'school', 'unit', 'verifiedAt'],
    listSearchableFields: ['fullName', 'contact', 'school'],
  },
  access: {
    read: organisers,
    create: organisersOrContestantAction,
    update: organisersOrContestantAction,
    // The contestant may erase their own entry from their page (the server code acts for them).
    delete: organisersOrContestantAction,
  },
  indexes: [{ fields: ['round', 'contactHash'], unique: true }],
  hooks: {
    beforeChange: [deriveEntryPublicFields],
    beforeDelete: [eraseEntryRecords],
    afterRead: [audit.afterRead],
    afterChange: [audit.afterChange],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'contest',
          label: 'Cuộc thi',
          type: 'relationship',
          relationTo: CONTESTS_SLUG,
          required: true,
          index: true,
        },
        {
          name: 'round',
          label: 'Vòng thi',
          type: 'relationship',
          relationTo: CONTEST_ROUNDS_SLUG,
          required: true,
          index: true,
        },
      ],
    },
    {
      name: 'fullName',
      label: 'Họ và tên',
      type: 'text',
      required: true,
      minLength: 2,
      maxLength: 100,
      validate: noMarkup,
    },
    {
      name: 'publicName',
      label: 'Tên hiển thị công khai',
      type: 'text',
      maxLength: 100,
      admin: { readOnly: true, description: 'Người chưa thành niên chỉ hiện tên rút gọn, ví dụ “Nguyễn V. A.”.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'birthDate', label: 'Ngày sinh', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'isMinor', label: 'Chưa thành niên', type: 'checkbox', defaultValue: false, admin: { readOnly: true } },
        {
          name: 'guardianConsent',
          label: 'Cha mẹ/người giám hộ đồng ý',
          type: 'checkbox',
          defaultValue: false,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'unit', label: 'Đơn vị/trường (danh mục)', type: 'relationship', relationTo: 'units', index: true },
        {
          name: 'school',
          label: 'Đơn vị/trường (tự khai)',
          type: 'text',
          maxLength: 200,
          validate: noMarkup,
          index: true,
        },
        { name: 'className', label: 'Lớp', type: 'text', maxLength: 40, validate: noMarkup },
      ],
    },
    { name: 'audience', label: 'Đối tượng', type: 'relationship', relationTo: 'audiences' },
    {
      type: 'row',
      fields: [
        {
          name: 'contactKind',
          label: 'Liên hệ bằng',
          type: 'select',
          required: true,
          options: CONTACT_KINDS.map((c) => ({ ...c })),
        },
        { name: 'contact', label: 'Thư điện tử / số điện thoại', type: 'text', required: true, maxLength: 200 },
      ],
    },
    {
      name: 'contactHash',
      type: 'text',
      required: true,
      index: true,
      access: secret,
      admin: { hidden: true },
    },
    { name: 'consentAt', label: 'Đồng ý xử lý dữ liệu lúc', type: 'date', admin: { readOnly: true } },
    { name: 'verifiedAt', label: 'Đã xác thực lúc', type: 'date', index: true, admin: { readOnly: true } },
    // One-time code: only its hash, when it expires and how many wrong tries were made.
    { name: 'codeHash', type: 'text', access: secret, admin: { hidden: true } },
    { name: 'codeSentAt', type: 'date', access: secret, admin: { hidden: true } },
    { name: 'codeExpiresAt', type: 'date', access: secret, admin: { hidden: true } },
    { name: 'codeAttempts', type: 'number', defaultValue: 0, access: secret, admin: { hidden: true } },
    // The contestant's browser holds the token; only its hash is stored.
    { name: 'accessTokenHash', type: 'text', index: true, access: secret, admin: { hidden: true } },
    { name: 'ipHash', type: 'text', access: secret, admin: { hidden: true } },
  ],
}
