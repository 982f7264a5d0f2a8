'use client'
import { useAuth, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import { roleOf, type RoleUser } from '@/shared/access/roles'
import {
  availableReportActions,
  isReportStatus,
  REPORT_ACTION_LABELS,
  REPORT_STATUS_LABELS,
  type ReportAction,
} from '../states'

const HINTS: Partial<Record<ReportAction, string>> = {
  save: 'Chỉ lưu số liệu, giữ nguyên trạng thái.',
  refill: 'Tính lại các số liệu lấy sẵn từ hoạt động và đội ngũ của đơn vị (ghi đè các số đó).',
  submit: 'Gửi báo cáo cho Ban Biên tập; sau khi gửi không sửa được nữa, trừ khi bị trả lại.',
  accept: 'Tiếp nhận báo cáo; các hoạt động của đơn vị trong kỳ đang chờ xác nhận được xác nhận luôn.',
  return: 'Trả lại đơn vị để bổ sung; bắt buộc ghi ý kiến ở ô bên dưới.',
}

/** The report actions the signed-in user may take now, applied when the document is saved. */
export function ReportActionField({ path }: { path: string }) {
  const { user } = useAuth()
  const { value, setValue } = useField<string>({ path })
  const state = useFormFields(([fields]) => fields.status?.value)
  const { id } = useDocumentInfo()
  const current = isReportStatus(state) ? state : 'draft'
  const actions = id ? availableReportActions(current, roleOf(user as RoleUser | null)) : []
  const selected = typeof value === 'string' && value ? value : 'save'
  return (
    <fieldset className="app-workflow field-type">
      <legend className="field-label">Thao tác khi lưu</legend>
      <p className="app-workflow__state">
        Hiện tại: <strong>{REPORT_STATUS_LABELS[current]}</strong>
      </p>
      {!id ? (
        <p>Lưu để lập báo cáo; số liệu được lấy sẵn khi lưu lần đầu.</p>
      ) : actions.length === 0 ? (
        <p>Bạn không có thao tác nào với báo cáo ở trạng thái này.</p>
      ) : (
        actions.map((action) => (
          <label key={action} className="app-workflow__option">
            <input
              type="radio"
              name="reportAction"
              value={action}
              checked={selected === action}
              onChange={() => setValue(action)}
            />{' '}
            <span>{REPORT_ACTION_LABELS[action]}</span>
            {HINTS[action] ? <small className="app-workflow__hint">{HINTS[action]}</small> : null}
          </label>
        ))
      )}
    </fieldset>
  )
}
