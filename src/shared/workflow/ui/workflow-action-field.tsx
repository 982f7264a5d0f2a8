'use client'
import { useAuth, useField, useFormFields } from '@payloadcms/ui'
import { ACTION_LABELS, availableActions, isWorkflowState, STATE_LABELS, type WorkflowAction } from '../states'
import { roleOf, type RoleUser } from '../../access/roles'

const HINTS: Partial<Record<WorkflowAction, string>> = {
  save: 'Chỉ lưu thay đổi, giữ nguyên trạng thái.',
  submit: 'Gửi cho Ban Biên tập xem xét.',
  return: 'Trả lại người viết, kèm ý kiến bắt buộc.',
  schedule: 'Tự động xuất bản vào “Ngày xuất bản / hẹn giờ”.',
  publish: 'Đăng ngay lên trang công khai.',
  unpublish: 'Gỡ khỏi trang công khai.',
}

/** Shows only the workflow actions the signed-in user may take from the current state. */
export function WorkflowActionField({ path }: { path: string }) {
  const { user } = useAuth()
  const { value, setValue } = useField<string>({ path })
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  const current = isWorkflowState(state) ? state : 'draft'
  const actions = availableActions(current, roleOf(user as RoleUser | null))
  const selected = typeof value === 'string' && value ? value : 'save'
  return (
    <fieldset className="app-workflow field-type">
      <legend className="field-label">Thao tác biên tập khi lưu</legend>
      <p className="app-workflow__state">
        Hiện tại: <strong>{STATE_LABELS[current]}</strong>
      </p>
      {actions.length === 0 ? (
        <p>Bạn không có quyền thay đổi nội dung ở trạng thái này.</p>
      ) : (
        actions.map((action) => (
          <label key={action} className="app-workflow__option">
            <input
              type="radio"
              name="workflowAction"
              value={action}
              checked={selected === action}
              onChange={() => setValue(action)}
            />{' '}
            <span>{ACTION_LABELS[action]}</span>
            {HINTS[action] ? <small className="app-workflow__hint">{HINTS[action]}</small> : null}
          </label>
        ))
      )}
    </fieldset>
  )
}
