import type { Field, FieldAccess } from 'payload'
import { hasRole, isEditorial, ROLES, type RoleUser } from '@/shared/access/roles'
import { citationsField } from '@/modules/legal-documents/citations/fields'
import { answerField, boardField, staffReadField } from '../../../access/questions'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }
const never = () => false

/** The answer is public once published; before that only staff who handle it see the draft. */
const answerReadable: FieldAccess = ({ req, doc }) => {
  const user = (req.user ?? null) as RoleUser | null
  if (isEditorial(user) || hasRole(user, ROLES.expert, ROLES.viewer)) return true
  return (doc as { status?: string } | undefined)?.status === 'published'
}

/** The official answer, its citations, who answered and approved it, and the legal-basis flag. */
export function answerFields(): Field[] {
  return [
    {
      name: 'answer',
      label: 'Câu trả lời',
      type: 'richText',
      access: { read: answerReadable, create: answerField, update: answerField },
      admin: {
        description:
          'Trích dẫn văn bản bằng liên kết tới điều cụ thể, ví dụ /van-ban/luat-dat-dai-2024#dieu-5; khai báo thêm ở “Căn cứ pháp lý” bên dưới.',
      },
    },
    citationsField({ access: { read: answerReadable, create: answerField, update: answerField } }),
    {
      name: 'citationWarning',
      label: 'Cảnh báo về căn cứ được trích dẫn',
      type: 'textarea',
      access: { read: staffReadField, create: never, update: never },
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.citationWarning),
        description: 'Văn bản được trích dẫn không còn hiệu lực đầy đủ tại thời điểm lưu: hãy kiểm tra lại.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'answeringUnit',
          label: 'Đơn vị trả lời',
          type: 'relationship',
          relationTo: 'units',
          access: { create: answerField, update: answerField },
        },
        {
          name: 'answeredBy',
          label: 'Người trả lời',
          type: 'relationship',
          relationTo: 'users',
          access: { read: staffReadField, create: never, update: never },
          admin: { readOnly: true },
        },
        {
          name: 'answeredAt',
          label: 'Ngày trả lời',
          type: 'date',
          access: { create: never, update: never },
          admin: { readOnly: true, ...dayAndTime },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'approvedBy',
          label: 'Người duyệt',
          type: 'relationship',
          relationTo: 'users',
          access: { read: staffReadField, create: never, update: never },
          admin: { readOnly: true },
        },
        {
          name: 'publishedAt',
          label: 'Ngày công bố',
          type: 'date',
          index: true,
          access: { create: never, update: never },
          admin: { readOnly: true, ...dayAndTime },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Căn cứ pháp lý đã thay đổi',
      admin: { initCollapsed: false },
      fields: [
        {
          name: 'legalBasisChanged',
          label: 'Căn cứ pháp lý đã thay đổi',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          access: { create: never, update: boardField },
          admin: { description: 'Tự bật khi văn bản được trích dẫn bị sửa đổi, thay thế, bãi bỏ hoặc đình chỉ.' },
        },
        {
          name: 'legalBasisNote',
          label: 'Văn bản đã thay đổi',
          type: 'textarea',
          maxLength: 2000,
          access: { create: never, update: boardField },
        },
        {
          name: 'legalBasisCheckedAt',
          label: 'Rà soát căn cứ lần cuối',
          type: 'date',
          access: { read: staffReadField, create: never, update: never },
          admin: { readOnly: true, ...dayAndTime },
        },
      ],
    },
  ]
}
