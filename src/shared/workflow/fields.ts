import type { Field } from 'payload'
import { ACTION_LABELS, STATE_LABELS, WORKFLOW_ACTIONS, WORKFLOW_STATES } from './states'

/** Sidebar fields every workflow collection carries. */
export function workflowFields(): Field[] {
  return [
    {
      name: 'workflowState',
      label: 'Trạng thái',
      type: 'select',
      // Not required in the schema: the workflow hook always sets it, callers never do.
      defaultValue: 'draft',
      index: true,
      options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Trạng thái chỉ thay đổi qua thao tác biên tập bên dưới.',
      },
    },
    {
      name: 'workflowAction',
      label: 'Thao tác biên tập',
      type: 'select',
      virtual: true,
      options: WORKFLOW_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] })),
      admin: {
        position: 'sidebar',
        // Virtual fields are read-only in the admin unless told otherwise.
        readOnly: false,
        components: { Field: '@/shared/workflow/ui/workflow-action-field#WorkflowActionField' },
      },
    },
    {
      name: 'workflowComment',
      label: 'Ý kiến kèm theo',
      type: 'textarea',
      virtual: true,
      maxLength: 2000,
      admin: {
        position: 'sidebar',
        readOnly: false,
        description: 'Bắt buộc khi trả lại bài; được ghi vào lịch sử biên tập.',
      },
    },
    {
      name: 'publishedAt',
      label: 'Ngày xuất bản / hẹn giờ',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: 'Khi hẹn giờ, bài tự xuất bản vào thời điểm này.',
      },
    },
    {
      name: 'workflowHistory',
      label: 'Lịch sử biên tập',
      type: 'array',
      admin: {
        readOnly: true,
        initCollapsed: true,
        components: { RowLabel: '@/shared/workflow/ui/history-row-label#HistoryRowLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'action',
              label: 'Thao tác',
              type: 'select',
              options: WORKFLOW_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] })),
            },
            {
              name: 'fromState',
              label: 'Từ',
              type: 'select',
              options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
            },
            {
              name: 'toState',
              label: 'Sang',
              type: 'select',
              options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            // Kept for reports; hidden because contributors may not read other users' records.
            {
              name: 'by',
              label: 'Người thực hiện',
              type: 'relationship',
              relationTo: 'users',
              admin: { hidden: true },
            },
            { name: 'byName', label: 'Tên người thực hiện', type: 'text' },
            {
              name: 'at',
              label: 'Thời điểm',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
            },
          ],
        },
        { name: 'comment', label: 'Ý kiến', type: 'textarea' },
      ],
    },
  ]
}
