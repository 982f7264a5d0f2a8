import type { GlobalConfig } from 'payload'
import { revalidatePublicSite } from '@/shared/cache/revalidate'
import { adminOnly, anyone } from '@/shared/access/rules'
import { workingCalendarSettingsField } from '@/shared/calendar/settings'

const url = (label: string, required = false) => ({
  name: 'url',
  label,
  type: 'text' as const,
  required,
  maxLength: 300,
  validate: (v: unknown) =>
    !v || (typeof v === 'string' && /^https?:\/\/[^\s<>"]+$/.test(v))
      ? true
      : 'Địa chỉ phải bắt đầu bằng http:// hoặc https://',
})

/** Site settings: who runs the site (facts a state website must show) and links outwards. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Cấu hình trang',
  admin: { group: 'Hệ thống' },
  access: { read: anyone, update: adminOnly },
  hooks: {
    afterChange: [
      async ({ doc, req, context }) => {
        if (!context.disableRevalidate) await revalidatePublicSite(req.payload, 'site settings changed', [], req)
        return doc
      },
    ],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Thông tin chung',
          fields: [
            {
              name: 'siteName',
              label: 'Tên trang',
              type: 'text',
              required: true,
              defaultValue: 'Trang thông tin điện tử phổ biến, giáo dục pháp luật',
            },
            { name: 'provinceName', label: 'Tên tỉnh', type: 'text', required: true, defaultValue: 'tỉnh Long An' },
            {
              name: 'ownerName',
              label: 'Cơ quan chủ quản',
              type: 'text',
              required: true,
              defaultValue: 'Ủy ban nhân dân tỉnh Long An',
            },
            {
              name: 'operatorName',
              label: 'Cơ quan quản lý, vận hành',
              type: 'text',
              required: true,
              defaultValue: 'Sở Tư pháp tỉnh Long An',
            },
            { name: 'tagline', label: 'Khẩu hiệu', type: 'text' },
            { name: 'emblem', label: 'Quốc huy / biểu trưng', type: 'upload', relationTo: 'media' },
          ],
        },
        {
          label: 'Chân trang',
          fields: [
            { name: 'responsiblePerson', label: 'Người chịu trách nhiệm chính', type: 'text' },
            { name: 'address', label: 'Địa chỉ', type: 'text' },
            { name: 'phone', label: 'Điện thoại', type: 'text' },
            { name: 'email', label: 'Thư điện tử', type: 'email' },
            { name: 'licence', label: 'Giấy phép', type: 'text' },
            { name: 'copyrightNote', label: 'Ghi chú bản quyền', type: 'text' },
          ],
        },
        {
          label: 'Liên kết',
          fields: [
            {
              name: 'nationalLinks',
              label: 'Hệ thống quốc gia',
              type: 'array',
              maxRows: 12,
              fields: [
                { name: 'label', label: 'Tên', type: 'text', required: true },
                url('Địa chỉ', true),
                { name: 'description', label: 'Mô tả', type: 'text' },
              ],
            },
            {
              name: 'socialLinks',
              label: 'Mạng xã hội',
              type: 'array',
              maxRows: 8,
              fields: [
                {
                  name: 'network',
                  label: 'Mạng',
                  type: 'select',
                  required: true,
                  options: [
                    { value: 'facebook', label: 'Facebook' },
                    { value: 'zalo', label: 'Zalo' },
                    { value: 'youtube', label: 'YouTube' },
                    { value: 'tiktok', label: 'TikTok' },
                  ],
                },
                url('Địa chỉ', true),
              ],
            },
          ],
        },
      ],
    },
    workingCalendarSettingsField,
  ],
}
