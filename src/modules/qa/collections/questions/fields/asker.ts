import type { Field } from 'payload'
import { noMarkup } from '@/shared/fields/common'
import { askerDataAccess, attachmentAccess } from '../../../access/personal-data'
import { PRIVATE_FILES_SLUG } from '../../../constants'

const never = () => false
const EMAIL_PATTERN = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

/** Personal data of the asker: the contact, the original wording and the attachment (§5). */
export function askerFields(): Field[] {
  return [
    {
      name: 'asker',
      label: 'Người hỏi (dữ liệu cá nhân)',
      type: 'group',
      access: askerDataAccess,
      admin: { description: 'Không bao giờ hiển thị công khai. Chỉ Ban Biên tập xem và sửa.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: 'Họ và tên', type: 'text', maxLength: 120, validate: noMarkup },
            {
              name: 'email',
              label: 'Thư điện tử',
              type: 'text',
              maxLength: 254,
              validate: (value: unknown) =>
                !value || (typeof value === 'string' && EMAIL_PATTERN.test(value))
                  ? true
                  : 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn).',
            },
            { name: 'phone', label: 'Số điện thoại', type: 'text', maxLength: 20, validate: noMarkup },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'consentAt',
              label: 'Đồng ý chính sách bảo vệ dữ liệu lúc',
              type: 'date',
              admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
            },
            // Hashes for rate limits and abuse checks; never the raw address.
            { name: 'ipHash', type: 'text', maxLength: 128, admin: { hidden: true } },
            { name: 'contactHash', type: 'text', maxLength: 128, index: true, admin: { hidden: true } },
          ],
        },
      ],
    },
    {
      name: 'originalTitle',
      label: 'Tiêu đề nguyên văn của người hỏi',
      type: 'text',
      maxLength: 300,
      access: { ...askerDataAccess, update: never },
      admin: { readOnly: true, description: 'Giữ nguyên lời người hỏi; trang công khai dùng “Tiêu đề công khai”.' },
    },
    {
      name: 'originalBody',
      label: 'Nội dung nguyên văn của người hỏi',
      type: 'textarea',
      maxLength: 10000,
      access: { ...askerDataAccess, update: never },
      admin: { readOnly: true },
    },
    {
      name: 'attachment',
      label: 'Tệp người hỏi gửi kèm',
      type: 'upload',
      relationTo: PRIVATE_FILES_SLUG,
      access: attachmentAccess,
      admin: {
        description:
          'Tài liệu riêng của người hỏi, không công bố; Ban Biên tập và chuyên gia được phân công tải về được.',
      },
    },
    {
      name: 'trackingKeyHash',
      type: 'text',
      maxLength: 64,
      // Only the hash of the asker's private key; nobody reads or changes it through the API.
      access: { read: never, update: never, create: askerDataAccess.create },
      admin: { hidden: true },
    },
  ]
}
