'use client'
import { useEffect, useMemo, useState } from 'react'
import { useAuth, useField, useFormFields } from '@payloadcms/ui'
import { roleOf, type RoleUser } from '@/shared/access/roles'
import { optionsOf, type Indicator, type ReportValue, type ReportValues } from '../indicators'
import type { PrefillSource } from '../server/prefill'
import { isReportStatus, mayEditValues } from '../states'
import './reports-admin.css'

type Evidence = { id: number; filename?: string | null; title?: string | null }

const idOf = (v: unknown): number | null =>
  typeof v === 'number' ? v : v && typeof v === 'object' && 'id' in v ? idOf((v as { id: unknown }).id) : null

const asText = (v: ReportValue | undefined): string => (v === null || v === undefined ? '' : String(v))

/** Numbers typed are kept as numbers; anything else is sent as typed, and the server names the problem. */
const parseNumber = (raw: string): ReportValue =>
  raw.trim() === '' ? null : /^\d+$/.test(raw.trim()) ? Number(raw) : raw

/**
 * The report's answers as a form generated from the period's indicators, grouped, each with its
 * label, measure and help; pre-filled values say where they came from. Plain inputs with labels
 * and descriptions, so it works with the keyboard and a screen reader.
 */
export function ReportValuesField({ path }: { path: string }) {
  const { value, setValue } = useField<ReportValues | null>({ path })
  const periodId = useFormFields(([fields]) => idOf(fields.period?.value))
  const status = useFormFields(([fields]) => fields.status?.value)
  const prefilled = useFormFields(([fields]) => fields.prefilled?.value) as Record<string, PrefillSource> | null
  const { user } = useAuth()
  const [indicators, setIndicators] = useState<Indicator[] | null>(null)
  const [evidence, setEvidence] = useState<Evidence[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (periodId === null) return
    let live = true
    fetch(`/api/report-periods/${periodId}?depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((doc: { indicators?: Indicator[] }) => live && setIndicators(doc.indicators ?? []))
      .catch(() => live && setError('Không tải được danh sách chỉ tiêu của kỳ báo cáo.'))
    fetch('/api/activity-evidence?depth=0&limit=200&sort=-createdAt', { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((res: { docs?: Evidence[] }) => live && setEvidence(res.docs ?? []))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [periodId])

  const groups = useMemo(() => {
    const out = new Map<string, Indicator[]>()
    for (const indicator of indicators ?? []) {
      const name = indicator.group?.trim() || 'Chỉ tiêu'
      out.set(name, [...(out.get(name) ?? []), indicator])
    }
    return [...out]
  }, [indicators])

  const values = value ?? {}
  const current = isReportStatus(status) ? status : 'draft'
  const editable = mayEditValues(current, roleOf(user as RoleUser | null))
  const set = (key: string, next: ReportValue) => setValue({ ...values, [key]: next })

  if (periodId === null) return <p className="field-type">Chọn kỳ báo cáo; các chỉ tiêu của kỳ sẽ hiện ở đây.</p>
  if (error) return <p role="alert">{error}</p>
  if (indicators === null) return <p aria-live="polite">Đang tải các chỉ tiêu…</p>
  return (
    <div className="app-report-values field-type" data-testid="report-values">
      <h2 className="field-label">Số liệu, nội dung báo cáo</h2>
      {!value || Object.keys(value).length === 0 ? (
        <p>Các số liệu có nguồn sẽ được lấy sẵn từ hoạt động và đội ngũ của đơn vị khi lưu báo cáo lần đầu.</p>
      ) : null}
      {!editable ? <p>Báo cáo đang ở trạng thái không sửa được số liệu.</p> : null}
      {groups.map(([group, items]) => (
        <fieldset key={group} className="app-report-values__group">
          <legend>{group}</legend>
          {items.map((indicator) => {
            const id = `app-report-value-${indicator.key.replace(/[^a-z0-9-]/g, '-')}`
            const help = [indicator.help, prefillNote(prefilled?.[indicator.key])].filter(Boolean).join(' ')
            const describedBy = help ? `${id}-help` : undefined
            const label = `${indicator.label}${indicator.measure ? ` (${indicator.measure})` : ''}`
            return (
              <div key={indicator.key} className="app-report-values__item">
                <label htmlFor={id}>
                  {label}
                  {indicator.required ? <span aria-hidden="true"> *</span> : null}
                  {indicator.required ? <span className="sr-only"> (bắt buộc)</span> : null}
                </label>
                {input(indicator, {
                  id,
                  describedBy,
                  disabled: !editable,
                  value: values[indicator.key],
                  evidence,
                  onChange: (next) => set(indicator.key, next),
                })}
                {help ? (
                  <small id={`${id}-help`} className="app-report-values__help">
                    {help}
                  </small>
                ) : null}
              </div>
            )
          })}
        </fieldset>
      ))}
    </div>
  )
}

function prefillNote(source: PrefillSource | undefined): string | null {
  if (!source) return null
  const at = new Date(source.at).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
  return `Lấy sẵn ${source.value.toLocaleString('vi-VN')} từ “${source.label}” (${source.figure}) ngày ${at}.`
}

type InputProps = {
  id: string
  describedBy?: string
  disabled: boolean
  value: ReportValue | undefined
  evidence: Evidence[]
  onChange: (next: ReportValue) => void
}

function input(indicator: Indicator, p: InputProps) {
  const common = { id: p.id, 'aria-describedby': p.describedBy, disabled: p.disabled, required: !!indicator.required }
  switch (indicator.type) {
    case 'number':
      return (
        <input
          {...common}
          type="text"
          inputMode="numeric"
          value={asText(p.value)}
          onChange={(e) => p.onChange(parseNumber(e.target.value))}
        />
      )
    case 'choice':
      return (
        <select {...common} value={asText(p.value)} onChange={(e) => p.onChange(e.target.value || null)}>
          <option value="">– Chọn –</option>
          {optionsOf(indicator).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )
    case 'text':
      return (
        <textarea {...common} rows={4} value={asText(p.value)} onChange={(e) => p.onChange(e.target.value || null)} />
      )
    case 'attachment':
      return (
        <>
          <select
            {...common}
            value={asText(p.value)}
            onChange={(e) => p.onChange(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">– Chưa chọn tệp –</option>
            {p.evidence.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title || f.filename || `Tệp #${f.id}`}
              </option>
            ))}
          </select>{' '}
          <a href="/admin/collections/activity-evidence/create" target="_blank" rel="noreferrer">
            Tải tệp mới lên (mở tab mới)
          </a>
        </>
      )
  }
}
