'use client'

import { useRef, useState, type FormEvent } from 'react'
import { AntiSpamFields } from '@/shared/antispam/ui/anti-spam-fields'

export type FieldSpec = {
  name: string
  label: string
  type: 'text' | 'email' | 'tel' | 'date' | 'select' | 'checkbox' | 'code' | 'radio'
  hint?: string
  required?: boolean
  options?: { value: string; label: string }[]
  autoComplete?: string
  defaultValue?: string
}

type Props = {
  id: string
  action: string
  hidden: Record<string, string>
  fields: FieldSpec[]
  submitLabel: string
  /** proof of work and honeypot (registration and code requests) */
  antiSpam?: boolean
  /** the heading of the error summary */
  errorTitle?: string
  /** on a 409 "already registered", offer a sign-in code to the contact typed in this field */
  signInFrom?: string
  secondary?: boolean
}

type Result = { error?: string; errors?: Record<string, string>; redirect?: string; code?: string; sent?: boolean }

const fieldId = (formId: string, name: string) => `${formId}-${name}`

/**
 * A contest form sent with fetch (JSON answer): messages in an error summary that takes the focus
 * and next to each field, then the browser goes where the server says. The anti-spam fields hold
 * the submission until their check is done, so keyboard users never get stuck.
 */
export function JsonForm(props: Props) {
  const summaryRef = useRef<HTMLDivElement>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)
  const [signInContact, setSignInContact] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    const form = event.currentTarget
    const data = new FormData(form)
    const body = new URLSearchParams()
    for (const [k, v] of data.entries()) if (typeof v === 'string') body.append(k, v)
    let answer: Result
    let status = 0
    try {
      const response = await fetch(props.action, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body,
        credentials: 'same-origin',
      })
      status = response.status
      answer = (await response.json().catch(() => ({}))) as Result
      if (!response.ok && !answer.error) answer = { error: 'Không gửi được. Vui lòng thử lại.' }
    } catch {
      answer = { error: 'Mất kết nối. Vui lòng kiểm tra mạng rồi gửi lại.' }
    }
    if (answer.redirect && status >= 200 && status < 300) {
      window.location.assign(answer.redirect)
      return
    }
    setBusy(false)
    setResult(answer)
    if (status === 409 && answer.code === 'already-registered' && props.signInFrom) {
      const v = data.get(props.signInFrom)
      setSignInContact(typeof v === 'string' ? v : null)
    }
    window.setTimeout(() => summaryRef.current?.focus(), 0)
  }

  const errors = result?.errors ?? {}
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${fieldId(props.id, name)}-loi`} className="app-ct-form__error">
        <span className="app-visually-hidden">Lỗi: </span>
        {errors[name]}
      </p>
    ) : null
  const describedBy = (f: FieldSpec) =>
    [f.hint ? `${fieldId(props.id, f.name)}-goi-y` : '', errors[f.name] ? `${fieldId(props.id, f.name)}-loi` : '']
      .filter(Boolean)
      .join(' ') || undefined

  return (
    <>
      <form id={props.id} className="app-ct-form" method="post" action={props.action} onSubmit={onSubmit} noValidate>
        <div ref={summaryRef} tabIndex={-1} className="app-ct-form__summary">
          {result?.error ? (
            <div className="app-error-summary" role="alert" aria-labelledby={`${props.id}-loi-tieu-de`}>
              <h2 id={`${props.id}-loi-tieu-de`}>{props.errorTitle ?? 'Chưa gửi được'}</h2>
              <p>{result.error}</p>
              {Object.keys(errors).length > 0 ? (
                <ul>
                  {props.fields
                    .filter((f) => errors[f.name])
                    .map((f) => (
                      <li key={f.name}>
                        <a href={`#${fieldId(props.id, f.name)}`}>{errors[f.name]}</a>
                      </li>
                    ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
        {Object.entries(props.hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {props.fields.map((f) => (
          <Field key={f.name} formId={props.id} f={f} invalid={Boolean(errors[f.name])} describedBy={describedBy(f)}>
            {error(f.name)}
          </Field>
        ))}
        {props.antiSpam ? <AntiSpamFields /> : null}
        <button
          type="submit"
          className={props.secondary ? 'app-ct-button app-ct-button--secondary' : 'app-ct-button'}
          aria-disabled={busy}
        >
          {busy ? 'Đang gửi…' : props.submitLabel}
        </button>
      </form>
      {signInContact ? (
        <div className="app-ct-form__followup">
          <p>Nếu đây là thư điện tử của bạn, hãy nhận mã đăng nhập để tiếp tục dự thi (kể cả trên thiết bị khác):</p>
          <JsonForm
            id={`${props.id}-dang-nhap`}
            action="/api/cuoc-thi/gui-ma"
            hidden={{ contest: props.hidden.contest ?? '', round: props.hidden.round ?? '', contact: signInContact }}
            fields={[]}
            submitLabel="Gửi mã đăng nhập vào thư điện tử này"
            antiSpam
          />
        </div>
      ) : null}
    </>
  )
}

function Field(props: {
  formId: string
  f: FieldSpec
  invalid: boolean
  describedBy: string | undefined
  children: React.ReactNode
}) {
  const { f } = props
  const id = fieldId(props.formId, f.name)
  const hint = f.hint ? (
    <p id={`${id}-goi-y`} className="app-ct-form__hint">
      {f.hint}
    </p>
  ) : null
  const common = {
    id,
    name: f.name,
    'aria-invalid': props.invalid || undefined,
    'aria-describedby': props.describedBy,
    'aria-required': f.required || undefined,
  }
  if (f.type === 'checkbox') {
    return (
      <div className="app-ct-form__field app-ct-form__check">
        <input type="checkbox" {...common} />
        <label htmlFor={id}>{f.label}</label>
        {hint}
        {props.children}
      </div>
    )
  }
  if (f.type === 'radio') {
    return (
      <fieldset className="app-ct-form__field app-ct-form__radios" aria-describedby={props.describedBy}>
        <legend>{f.label}</legend>
        {f.options?.map((o, i) => (
          <label key={o.value}>
            <input type="radio" name={f.name} value={o.value} id={i === 0 ? id : undefined} defaultChecked={i === 0} />{' '}
            {o.label}
          </label>
        ))}
        {hint}
        {props.children}
      </fieldset>
    )
  }
  return (
    <div className="app-ct-form__field">
      <label htmlFor={id}>
        {f.label}
        {f.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint}
      {f.type === 'select' ? (
        <select {...common} defaultValue={f.defaultValue ?? ''}>
          <option value="">— Chọn —</option>
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : f.type === 'code' ? (
        <input
          {...common}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={6}
          autoComplete="one-time-code"
          className="app-ct-form__code"
        />
      ) : (
        <input {...common} type={f.type} autoComplete={f.autoComplete} defaultValue={f.defaultValue} />
      )}
      {props.children}
    </div>
  )
}
