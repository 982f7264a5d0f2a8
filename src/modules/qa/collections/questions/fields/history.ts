import type { Field } from 'payload'
import { staffReadField } from '../../../access/questions'
import { QA_ACTION_LABELS, QA_ACTIONS, QA_STATE_LABELS, QA_STATES } from '../../../states'

const never = () => false
const stateOptions = QA_STATES.map((value) => ({ value, label: QA_STATE_LABELS[value] }))

/** Who did what and when; written only by the handling hook, read only by staff. */
export const historyField: Field = {
  name: 'history',
  label: 'Lịch sử xử lý',
  type: 'array',
  access: { read: staffReadField, create: never, update: never },
  admin: { readOnly: true, initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'action',
          label: 'Thao tác',
          type: 'select',
          options: QA_ACTIONS.map((value) => ({ value, label: QA_ACTION_LABELS[value] })),
        },
        { name: 'fromStatus', label: 'Từ', type: 'select', options: stateOptions },
        { name: 'toStatus', label: 'Sang', type: 'select', options: stateOptions },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'by', label: 'Người thực hiện', type: 'relationship', relationTo: 'users', admin: { hidden: true } },
        { name: 'byName', label: 'Người thực hiện', type: 'text' },
        {
          name: 'at',
          label: 'Thời điểm',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
      ],
    },
    { name: 'note', label: 'Ghi chú', type: 'textarea' },
  ],
}
