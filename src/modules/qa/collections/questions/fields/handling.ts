import type { Field } from 'payload'
import { REJECTION_REASONS } from '../../../constants'
import { QA_ACTION_LABELS, QA_ACTIONS, QA_STATE_LABELS, QA_STATES } from '../../../states'
import { boardField, staffReadField } from '../../../access/questions'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }
const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }
const never = () => false

/** Sidebar: the state and the action chosen on save with its note. */
export function handlingSidebarFields(): Field[] {
  return [
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      // Not required: the handling hook always sets it, callers never do.
      defaultValue: 'new',
      index: true,
      options: QA_STATES.map((value) => ({ value, label: QA_STATE_LABELS[value] })),
      access: { create: never, update: never },
      admin: { position: 'sidebar', readOnly: true, description: 'Chỉ thay đổi qua thao tác xử lý bên dưới.' },
    },
    {
      name: 'qaAction',
      label: 'Thao tác xử lý',
      type: 'select',
      virtual: true,
      options: QA_ACTIONS.map((value) => ({ value, label: QA_ACTION_LABELS[value] })),
      admin: {
        position: 'sidebar',
        readOnly: false,
        components: { Field: '@/modules/qa/admin/qa-action-field#QaActionField' },
      },
    },
    {
      name: 'qaNote',
      label: 'Ghi chú kèm thao tác',
      type: 'textarea',
      virtual: true,
      maxLength: 2000,
      admin: {
        position: 'sidebar',
        readOnly: false,
        description: 'Bắt buộc khi trả lại câu trả lời; được ghi vào lịch sử xử lý.',
      },
    },
    ...reminderStamps(),
  ]
}

/** The “Xử lý” tab: rejection and merge, the assignment and the dates. */
export function handlingFields(): Field[] {
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'rejectionReason',
          label: 'Lý do từ chối',
          type: 'select',
          options: REJECTION_REASONS.map((r) => ({ value: r.value, label: r.label })),
          access: { create: boardField, update: boardField },
          admin: { condition: (data) => ['new', 'accepted', 'assigned', 'rejected'].includes(data?.status) },
        },
        {
          name: 'duplicateOf',
          label: 'Trùng với / gộp vào câu hỏi',
          type: 'relationship',
          relationTo: 'questions',
          access: { create: boardField, update: boardField },
          filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
          admin: { description: 'Bắt buộc khi từ chối vì trùng hoặc khi gộp.' },
        },
      ],
    },
    {
      name: 'rejectionNote',
      label: 'Giải thích lý do từ chối',
      type: 'textarea',
      maxLength: 2000,
      access: { create: boardField, update: boardField },
      admin: { condition: (data) => ['new', 'accepted', 'assigned', 'rejected'].includes(data?.status) },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'assignedUnit',
          label: 'Đơn vị được phân công',
          type: 'relationship',
          relationTo: 'units',
          index: true,
          access: { create: boardField, update: boardField },
        },
        {
          name: 'assignedExpert',
          label: 'Chuyên gia được phân công',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          filterOptions: { role: { equals: 'expert' } },
          access: { read: staffReadField, create: boardField, update: boardField },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedAt',
          label: 'Ngày nhận',
          type: 'date',
          index: true,
          access: { create: boardField, update: boardField },
          admin: { ...dayAndTime, description: 'Mặc định là lúc câu hỏi được gửi.' },
        },
        {
          name: 'assignedAt',
          label: 'Ngày phân công',
          type: 'date',
          access: { create: never, update: never },
          admin: { readOnly: true, ...dayAndTime },
        },
        {
          name: 'dueDate',
          label: 'Hạn trả lời',
          type: 'date',
          index: true,
          access: { create: boardField, update: boardField },
          admin: {
            ...day,
            description: 'Tự tính theo ngày làm việc khi tiếp nhận/phân công; Ban Biên tập có thể sửa.',
          },
        },
      ],
    },
  ]
}

/** Idempotency stamps of the scheduled e-mails; written only by the scheduler and hooks. */
function reminderStamps(): Field[] {
  const stamp = (name: string, label: string): Field => ({
    name,
    label,
    type: 'date',
    access: { read: staffReadField, create: never, update: never },
    admin: { readOnly: true, position: 'sidebar', ...dayAndTime },
  })
  return [
    stamp('dueSoonRemindedAt', 'Đã nhắc sắp đến hạn lúc'),
    stamp('overdueRemindedAt', 'Đã nhắc quá hạn lúc'),
    stamp('answerNotifiedAt', 'Đã báo người hỏi lúc'),
    stamp('anonymisedAt', 'Đã xóa dữ liệu cá nhân lúc'),
  ]
}
