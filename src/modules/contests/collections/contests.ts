import type { Access, CollectionConfig } from 'payload'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { noMarkup, summaryField, titleField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { CERTIFICATE_RULES, CONTACT_KINDS, CONTESTS_SLUG, CONTEST_STATUSES, ELIGIBILITY } from '../constants'
import { organisers } from './access'

/** The public sees announced and finished contests; the organisers see drafts too. */
export const publicContestsReader: Access = ({ req }) =>
  isEditorial(req.user as RoleUser | null) ? true : { status: { in: ['published', 'closed'] } }

/**
 * A contest (cuộc thi tìm hiểu pháp luật trực tuyến): rules, who may take part, what registration
 * asks and how certificates are awarded. Its rounds are `contest-rounds`.
 */
export const Contests: CollectionConfig = {
  slug: CONTESTS_SLUG,
  labels: { singular: 'Cuộc thi', plural: 'Cuộc thi' },
  admin: {
    group: 'Cuộc thi tìm hiểu pháp luật',
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'organiser', 'updatedAt'],
  },
  access: { read: publicContestsReader, create: organisers, update: organisers, delete: organisers },
  fields: [
    titleField('Tên cuộc thi'),
    slugField(),
    summaryField('Giới thiệu ngắn', 600),
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: CONTEST_STATUSES.map((s) => ({ ...s })),
      admin: { position: 'sidebar' },
    },
    { name: 'organiser', label: 'Đơn vị tổ chức', type: 'relationship', relationTo: 'units', index: true },
    { name: 'cover', label: 'Ảnh bìa', type: 'upload', relationTo: 'media' },
    { name: 'rules', label: 'Thể lệ', type: 'richText' },
    { name: 'prizes', label: 'Cơ cấu giải thưởng', type: 'textarea', maxLength: 3000, validate: noMarkup },
    { name: 'fields', label: 'Lĩnh vực', type: 'relationship', relationTo: 'legal-fields', hasMany: true },
    {
      type: 'collapsible',
      label: 'Đối tượng dự thi và đăng ký',
      fields: [
        {
          name: 'eligibility',
          label: 'Ai được dự thi',
          type: 'select',
          required: true,
          defaultValue: 'open',
          options: ELIGIBILITY.map((e) => ({ ...e })),
        },
        {
          name: 'eligibleUnits',
          label: 'Đơn vị/trường được dự thi',
          type: 'relationship',
          relationTo: 'units',
          hasMany: true,
          admin: { condition: (data) => data?.eligibility === 'units' },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            siblingData?.eligibility !== 'units' || (Array.isArray(value) && value.length > 0)
              ? true
              : 'Hãy chọn ít nhất một đơn vị/trường được dự thi.',
        },
        {
          name: 'eligibleAudiences',
          label: 'Đối tượng được dự thi',
          type: 'relationship',
          relationTo: 'audiences',
          hasMany: true,
          admin: { condition: (data) => data?.eligibility === 'audiences' },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            siblingData?.eligibility !== 'audiences' || (Array.isArray(value) && value.length > 0)
              ? true
              : 'Hãy chọn ít nhất một đối tượng được dự thi.',
        },
        {
          name: 'contactKinds',
          label: 'Xác thực người dự thi bằng',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: ['email'],
          options: CONTACT_KINDS.map((c) => ({ ...c })),
          admin: { description: 'Mã xác thực một lần gửi qua thư điện tử hoặc tin nhắn (cần cấu hình cổng SMS).' },
        },
        {
          name: 'askBirthDate',
          label: 'Hỏi ngày sinh',
          type: 'checkbox',
          defaultValue: true,
          admin: { description: 'Cần để biết người dự thi chưa thành niên (bảng xếp hạng chỉ hiện tên rút gọn).' },
        },
        {
          name: 'askSchool',
          label: 'Hỏi đơn vị/trường',
          type: 'checkbox',
          defaultValue: true,
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Giấy chứng nhận',
      fields: [
        {
          name: 'certificateRule',
          label: 'Cấp giấy chứng nhận cho',
          type: 'select',
          required: true,
          defaultValue: 'threshold',
          options: CERTIFICATE_RULES.map((c) => ({ ...c })),
        },
        {
          name: 'certificateThreshold',
          label: 'Điểm tối thiểu (% số điểm tối đa)',
          type: 'number',
          min: 0,
          max: 100,
          defaultValue: 80,
          admin: { condition: (data) => data?.certificateRule === 'threshold' },
        },
        {
          name: 'certificateSigner',
          label: 'Người ký giấy chứng nhận',
          type: 'text',
          maxLength: 120,
          validate: noMarkup,
        },
        {
          name: 'certificateSignerTitle',
          label: 'Chức vụ người ký',
          type: 'text',
          maxLength: 160,
          validate: noMarkup,
        },
      ],
    },
  ],
}
