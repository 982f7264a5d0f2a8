'use client'
import { useAuth, useField, useFormFields } from '@payloadcms/ui'
import { roleOf, type RoleUser } from '@/shared/access/roles'
import { availableQaActions, isQaState, QA_ACTION_LABELS, QA_STATE_LABELS, type QaAction } from '../states'

const HINTS: Partial<Record<QaAction, string>> = {
  save: 'Chỉ lưu thay đổi, giữ nguyên trạng thái.',
  accept: 'Câu hỏi hợp lệ; hạn trả lời được tính tự động nếu chưa có.',
  reject: 'Chọn “Lý do từ chối” (và câu hỏi trùng nếu có) trước khi lưu.',
  merge: 'Chọn câu hỏi để gộp vào; người hỏi sẽ được chỉ tới câu hỏi đó.',
  assign: 'Chọn đơn vị và/hoặc chuyên gia; hạn trả lời mặc định 15 ngày làm việc.',
  answer: 'Gửi câu trả lời cho Ban Biên tập duyệt.',
  return: 'Trả lại người trả lời, kèm ghi chú bắt buộc.',
  publish: 'Công bố câu hỏi và câu trả lời; người hỏi được báo qua thư điện tử.',
  unpublish: 'Gỡ khỏi trang công khai, đưa về chờ duyệt.',
  'mark-reviewed': 'Xác nhận đã rà soát căn cứ pháp lý thay đổi; bỏ cảnh báo trên trang công khai.',
  erase: 'Xóa tên, liên lạc, lời nguyên văn và tệp của người hỏi; giữ câu hỏi đã ẩn danh.',
}

/** Shows only the handling actions the signed-in user may take on the question now. */
export function QaActionField({ path }: { path: string }) {
  const { user } = useAuth()
  const { value, setValue } = useField<string>({ path })
  const state = useFormFields(([fields]) => fields.status?.value)
  const current = isQaState(state) ? state : 'new'
  const actions = availableQaActions(current, roleOf(user as RoleUser | null))
  const selected = typeof value === 'string' && value ? value : 'save'
  return (
    <fieldset className="app-workflow field-type">
      <legend className="field-label">Thao tác xử lý khi lưu</legend>
      <p className="app-workflow__state">
        Hiện tại: <strong>{QA_STATE_LABELS[current]}</strong>
      </p>
      {actions.length === 0 ? (
        <p>Bạn không có quyền xử lý câu hỏi ở trạng thái này.</p>
      ) : (
        actions.map((action) => (
          <label key={action} className="app-workflow__option">
            <input
              type="radio"
              name="qaAction"
              value={action}
              checked={selected === action}
              onChange={() => setValue(action)}
            />{' '}
            <span>{QA_ACTION_LABELS[action]}</span>
            {HINTS[action] ? <small className="app-workflow__hint">{HINTS[action]}</small> : null}
          </label>
        ))
      )}
    </fieldset>
  )
}
