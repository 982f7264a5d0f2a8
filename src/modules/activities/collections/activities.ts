import type { CollectionConfig } from 'payload'
import { staff } from '@/shared/access/rules'
import { noMarkup, taxonomyFields, unitField } from '@/shared/fields/common'
import {
  ACTIVITIES_ADMIN_GROUP,
  ACTIVITIES_SLUG,
  ACTIVITY_EVIDENCE_SLUG,
  ACTIVITY_FORMS,
  ACTIVITY_STATUSES,
  MATERIAL_KINDS,
} from '../constants'

const nonNegativeInteger = (label: string) => (value: unknown) =>
  value === null || value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0)
    ? true
    : `${label} phải là số nguyên không âm.`

/** One PBGDPL activity carried out by a unit. */
export const Activities: CollectionConfig = {
  slug: ACTIVITIES_SLUG,
  labels: { singular: 'Hoạt động PBGDPL', plural: 'Hoạt động PBGDPL' },
  admin: {
    useAsTitle: 'title',
    group: ACTIVITIES_ADMIN_GROUP,
    defaultColumns: ['title', 'date', 'form', 'unit', 'participants', 'status'],
    listSearchableFields: ['title'],
  },
  access: { read: staff, create: staff, update: staff, delete: staff },
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
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        { name: 'endDate', label: 'Đến ngày', type: 'date', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
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
          validate: nonNegativeInteger('Số lượt người tham dự'),
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
      index: true,
      admin: { position: 'sidebar' },
    },
    unitField('Đơn vị thực hiện'),
    {
      name: 'status',
      label: 'Tình trạng',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'draft',
      options: ACTIVITY_STATUSES.map((s) => ({ ...s })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewNote',
      label: 'Ý kiến của biên tập viên',
      type: 'textarea',
      maxLength: 2000,
      validate: noMarkup,
      admin: { position: 'sidebar' },
    },
    {
      name: 'verifiedBy',
      label: 'Người xác nhận',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'verifiedAt', label: 'Ngày xác nhận', type: 'date', admin: { position: 'sidebar', readOnly: true } },
  ],
}
