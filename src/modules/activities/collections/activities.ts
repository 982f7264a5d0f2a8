import type { CollectionConfig } from 'payload'
import { noMarkup, taxonomyFields, unitField } from '@/shared/fields/common'
import { changeActivities, createActivities, nobodyWrites, readActivities } from '../access/activities'
import { enforceLifecycle, guardDelete } from '../hooks/lifecycle'
import { refreshRollupsAfterChange, refreshRollupsAfterDelete } from '../hooks/rollups'
import {
  MAX_PARTICIPANTS,
  nonNegativeInteger,
  validateActivityDate,
  validateEndDate,
  validateMaterials,
} from '../validation'
import {
  ACTIVITIES_ADMIN_GROUP,
  ACTIVITIES_SLUG,
  ACTIVITY_EVIDENCE_SLUG,
  ACTIVITY_FORMS,
  ACTIVITY_STATUSES,
  MATERIAL_KINDS,
} from '../constants'

/**
 * One PBGDPL activity carried out by a unit. Lifecycle and rights are enforced by the hooks
 * (../hooks/lifecycle.ts), whatever the caller; the admin adds buttons and a pending list.
 */
export const Activities: CollectionConfig = {
  slug: ACTIVITIES_SLUG,
  labels: { singular: 'Hoạt động PBGDPL', plural: 'Hoạt động PBGDPL' },
  admin: {
    useAsTitle: 'title',
    group: ACTIVITIES_ADMIN_GROUP,
    defaultColumns: ['title', 'date', 'form', 'unit', 'participants', 'status'],
    listSearchableFields: ['title'],
    components: { beforeList: ['@/modules/activities/admin/pending-activities#PendingActivities'] },
  },
  access: { read: readActivities, create: createActivities, update: changeActivities, delete: changeActivities },
  hooks: {
    beforeChange: [enforceLifecycle],
    afterChange: [refreshRollupsAfterChange],
    beforeDelete: [guardDelete],
    afterDelete: [refreshRollupsAfterDelete],
  },
  // Statistics filter by status and period (and often unit): these make their scans index-only ranges.
  indexes: [
    // Covering for the statistics (../server/aggregate.ts): the scans read indexes, not rows.
    { fields: ['status', 'date', 'form', 'unit', 'sessions', 'participants', 'cost'] },
    { fields: ['unit', 'status', 'date', 'form', 'sessions', 'participants', 'cost'] },
  ],
  fields: [
    { name: 'title', label: 'Nội dung, chủ đề', type: 'text', required: true, maxLength: 300, validate: noMarkup },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          label: 'Ngày tổ chức',
          type: 'date',
          required: true,
          index: true,
          validate: (value: unknown) => validateActivityDate(value),
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'endDate',
          label: 'Đến ngày',
          type: 'date',
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            validateEndDate(value, siblingData),
          admin: { date: { displayFormat: 'dd/MM/yyyy' }, description: 'Chỉ nhập khi hoạt động kéo dài nhiều ngày.' },
        },
      ],
    },
    {
      name: 'form',
      label: 'Hình thức',
      type: 'select',
      required: true,
      index: true,
      options: ACTIVITY_FORMS.map((f) => ({ ...f })),
    },
    ...taxonomyFields(),
    {
      type: 'row',
      fields: [
        {
          name: 'sessions',
          label: 'Số cuộc, buổi',
          type: 'number',
          required: true,
          defaultValue: 1,
          min: 0,
          validate: nonNegativeInteger('Số cuộc, buổi'),
        },
        {
          name: 'participants',
          label: 'Số lượt người tham dự',
          type: 'number',
          required: true,
          defaultValue: 0,
          min: 0,
          validate: nonNegativeInteger('Số lượt người tham dự', MAX_PARTICIPANTS),
        },
        { name: 'cost', label: 'Kinh phí (đồng)', type: 'number', min: 0, validate: nonNegativeInteger('Kinh phí') },
      ],
    },
    {
      name: 'materials',
      label: 'Tài liệu phát hành',
      type: 'array',
      labels: { singular: 'Loại tài liệu', plural: 'Tài liệu phát hành' },
      maxRows: 20,
      validate: validateMaterials,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              label: 'Loại',
              type: 'select',
              required: true,
              options: MATERIAL_KINDS.map((k) => ({ ...k })),
            },
            {
              name: 'count',
              label: 'Số lượng (bản)',
              type: 'number',
              required: true,
              min: 0,
              validate: nonNegativeInteger('Số lượng tài liệu'),
            },
          ],
        },
      ],
    },
    {
      name: 'members',
      label: 'Báo cáo viên, tuyên truyền viên tham gia',
      type: 'relationship',
      relationTo: 'registry-members',
      hasMany: true,
    },
    { name: 'description', label: 'Mô tả, kết quả', type: 'textarea', maxLength: 5000, validate: noMarkup },
    {
      name: 'evidence',
      label: 'Hồ sơ minh chứng',
      type: 'upload',
      relationTo: ACTIVITY_EVIDENCE_SLUG,
      hasMany: true,
      maxRows: 20,
    },
    { name: 'photos', label: 'Hình ảnh', type: 'upload', relationTo: 'media', hasMany: true, maxRows: 20 },
    {
      name: 'sourceArticle',
      label: 'Tạo từ bài viết',
      type: 'relationship',
      relationTo: 'articles',
      // One activity per article: “Ghi nhận thành hoạt động” opens the existing one instead.
      unique: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    unitField('Đơn vị thực hiện'),
    {
      name: 'actions',
      label: 'Xác nhận hoạt động',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/modules/activities/admin/activity-actions-field#ActivityActionsField' },
      },
    },
    {
      name: 'status',
      label: 'Tình trạng',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'draft',
      options: ACTIVITY_STATUSES.map((s) => ({ ...s })),
      admin: {
        position: 'sidebar',
        description: 'Đổi bằng các nút “Gửi xác nhận”, “Xác nhận”, “Trả lại” ở trên (hoặc chọn rồi lưu).',
      },
    },
    {
      name: 'reviewNote',
      label: 'Ý kiến của biên tập viên',
      type: 'textarea',
      maxLength: 2000,
      validate: noMarkup,
      admin: { position: 'sidebar', description: 'Bắt buộc khi trả lại; đơn vị đọc để bổ sung.' },
    },
    {
      name: 'verifiedBy',
      label: 'Người xác nhận',
      type: 'relationship',
      relationTo: 'users',
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'verifiedAt',
      label: 'Ngày xác nhận',
      type: 'date',
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
  ],
}
