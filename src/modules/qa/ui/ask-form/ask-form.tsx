'use client'

import { useRef, useState, type FormEvent, type ReactNode } from 'react'
import { ASK_LIMITS, FIELD_LABELS, type AskErrors, type AskField, type AskValues } from '../../public/validate-question'
import { ATTACHMENT_ACCEPT, ATTACHMENT_LABEL } from '../../public/attachment-limits'
import { QuestionSuggestions } from './question-suggestions'

export type Option = { id: number; title: string }
export type AreaGroup = { label: string; areas: Option[] }

export type AskFormProps = {
  fields: Option[]
  areaGroups: AreaGroup[]
  values: AskValues
  errors: AskErrors
  /** a refusal that is not about one field (anti-spam, too many questions) */
  formError: string | null
  /** the anti-spam fields (proof of work, honeypot) */
  antiSpam: ReactNode
}

export const ASK_ACTION = '/api/hoi-dap/gui-cau-hoi'

const ORDER: AskField[] = ['name', 'email', 'phone', 'field', 'area', 'title', 'body', 'attachment', 'consent']
const inputId = (field: AskField) => `hoi-${field}`

type Reply = { redirect?: string; errors?: AskErrors; error?: string }

/**
 * The ask form. Without JavaScript it is a plain multipart POST to the route handler, which
 * answers 303 to the result page, or back to this form with the messages. With JavaScript the
 * same request is sent with fetch, and the messages appear without a reload.
 */
export function AskForm(props: AskFormProps) {
  const [errors, setErrors] = useState<AskErrors>(props.errors)
  const [formError, setFormError] = useState<string | null>(props.formError)
  const [sending, setSending] = useState(false)
  const [text, setText] = useState(`${props.values.title} ${props.values.body}`)
  const summaryRef = useRef<HTMLDivElement>(null)
  const titleRef = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)

  const listed = ORDER.filter((f) => errors[f])
  const hasErrors = listed.length > 0 || !!formError

  const onType = () => setText(`${titleRef.current?.value ?? ''} ${bodyRef.current?.value ?? ''}`)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (sending) return
    const form = event.currentTarget
    setSending(true)
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { Accept: 'application/json' },
      })
      const reply = (await res.json().catch(() => ({}))) as Reply
      if (res.ok && reply.redirect) {
        window.location.assign(reply.redirect)
        return
      }
      setErrors(reply.errors ?? {})
      setFormError(reply.error ?? (reply.errors ? null : 'Không gửi được câu hỏi. Vui lòng thử lại.'))
    } catch {
      setErrors({})
      setFormError('Không kết nối được máy chủ. Vui lòng kiểm tra mạng và gửi lại.')
    }
    setSending(false)
    window.requestAnimationFrame(() => summaryRef.current?.focus())
  }

  const described = (field: AskField, hint?: string) =>
    [hint, errors[field] ? `${inputId(field)}-loi` : null].filter(Boolean).join(' ') || undefined
  const errorText = (field: AskField) =>
    errors[field] ? (
      <p id={`${inputId(field)}-loi`} className="app-qa-form__error">
        <span className="app-visually-hidden">Lỗi: </span>
        {errors[field]}
      </p>
    ) : null
  const invalid = (field: AskField) => (errors[field] ? true : undefined)

  return (
    <form
      method="post"
      action={ASK_ACTION}
      encType="multipart/form-data"
      className="app-qa-form"
      onSubmit={onSubmit}
      noValidate
    >
      <div ref={summaryRef} tabIndex={-1} className="app-qa-form__summary-wrap">
        {hasErrors ? (
          <div className="app-error-summary" role="alert" aria-labelledby="hoi-loi-tieu-de">
            <h2 id="hoi-loi-tieu-de">Chưa gửi được câu hỏi</h2>
            {formError ? <p>{formError}</p> : null}
            {listed.length > 0 ? (
              <ul>
                {listed.map((f) => (
                  <li key={f}>
                    <a href={`#${inputId(f)}`}>
                      {FIELD_LABELS[f]}: {errors[f]}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>

      <fieldset className="app-qa-form__group">
        <legend>Thông tin liên hệ (không hiển thị công khai)</legend>
        <p id="hoi-lien-he-goi-y" className="app-qa-form__hint">
          Nhập ít nhất thư điện tử hoặc số điện thoại để nhận mã tra cứu và câu trả lời.
        </p>
        <div className="app-qa-form__field">
          <label htmlFor={inputId('name')}>Họ và tên</label>
          {errorText('name')}
          <input
            id={inputId('name')}
            name="name"
            type="text"
            autoComplete="name"
            maxLength={ASK_LIMITS.name}
            defaultValue={props.values.name}
            aria-invalid={invalid('name')}
            aria-describedby={described('name')}
            required
          />
        </div>
        <div className="app-qa-form__field">
          <label htmlFor={inputId('email')}>Thư điện tử</label>
          {errorText('email')}
          <input
            id={inputId('email')}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            maxLength={ASK_LIMITS.email}
            defaultValue={props.values.email}
            aria-invalid={invalid('email')}
            aria-describedby={described('email', 'hoi-lien-he-goi-y')}
          />
        </div>
        <div className="app-qa-form__field">
          <label htmlFor={inputId('phone')}>Số điện thoại</label>
          {errorText('phone')}
          <input
            id={inputId('phone')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={ASK_LIMITS.phone}
            defaultValue={props.values.phone}
            aria-invalid={invalid('phone')}
            aria-describedby={described('phone', 'hoi-lien-he-goi-y')}
          />
        </div>
      </fieldset>

      <fieldset className="app-qa-form__group">
        <legend>Câu hỏi</legend>
        <div className="app-qa-form__field">
          <label htmlFor={inputId('field')}>Lĩnh vực pháp luật</label>
          {errorText('field')}
          <select
            id={inputId('field')}
            name="field"
            defaultValue={props.values.field}
            aria-invalid={invalid('field')}
            aria-describedby={described('field')}
            required
          >
            <option value="">— Chọn lĩnh vực —</option>
            {props.fields.map((f) => (
              <option key={f.id} value={String(f.id)}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        <div className="app-qa-form__field">
          <label htmlFor={inputId('area')}>Xã, phường nơi bạn sống (không bắt buộc)</label>
          {errorText('area')}
          <select
            id={inputId('area')}
            name="area"
            defaultValue={props.values.area}
            aria-invalid={invalid('area')}
            aria-describedby={described('area')}
          >
            <option value="">— Không chọn —</option>
            {props.areaGroups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.areas.map((a) => (
                  <option key={a.id} value={String(a.id)}>
                    {a.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="app-qa-form__field">
          <label htmlFor={inputId('title')}>Tiêu đề câu hỏi</label>
          <p id="hoi-tieu-de-goi-y" className="app-qa-form__hint">
            Tóm tắt điều bạn muốn hỏi trong một câu (tối đa {ASK_LIMITS.title} ký tự).
          </p>
          {errorText('title')}
          <input
            ref={titleRef}
            id={inputId('title')}
            name="title"
            type="text"
            maxLength={ASK_LIMITS.title}
            defaultValue={props.values.title}
            onInput={onType}
            aria-invalid={invalid('title')}
            aria-describedby={described('title', 'hoi-tieu-de-goi-y')}
            required
          />
        </div>
        <div className="app-qa-form__field">
          <label htmlFor={inputId('body')}>Nội dung câu hỏi</label>
          <p id="hoi-noi-dung-goi-y" className="app-qa-form__hint">
            Trình bày sự việc và điều cần được giải đáp, từ {ASK_LIMITS.bodyMin} đến {ASK_LIMITS.body} ký tự. Không cần
            ghi số căn cước hay địa chỉ nhà.
          </p>
          {errorText('body')}
          <textarea
            ref={bodyRef}
            id={inputId('body')}
            name="body"
            rows={8}
            maxLength={ASK_LIMITS.body}
            defaultValue={props.values.body}
            onInput={onType}
            aria-invalid={invalid('body')}
            aria-describedby={described('body', 'hoi-noi-dung-goi-y')}
            required
          />
        </div>
        <QuestionSuggestions text={text} />
        <div className="app-qa-form__field">
          <label htmlFor={inputId('attachment')}>Tệp đính kèm ({ATTACHMENT_LABEL}, không bắt buộc)</label>
          <p id="hoi-tep-goi-y" className="app-qa-form__hint">
            Ví dụ: hợp đồng, quyết định liên quan. Tệp chỉ cán bộ xử lý câu hỏi xem được, không công bố.
          </p>
          {errorText('attachment')}
          <input
            id={inputId('attachment')}
            name="attachment"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            aria-invalid={invalid('attachment')}
            aria-describedby={described('attachment', 'hoi-tep-goi-y')}
          />
        </div>
      </fieldset>

      <div className="app-qa-form__field app-qa-form__consent">
        {errorText('consent')}
        <input
          id={inputId('consent')}
          name="consent"
          type="checkbox"
          value="on"
          defaultChecked={props.values.consent === 'on'}
          aria-invalid={invalid('consent')}
          aria-describedby={described('consent')}
          required
        />
        <label htmlFor={inputId('consent')}>
          Tôi đồng ý để cơ quan tiếp nhận xử lý thông tin của tôi theo{' '}
          <a href="#bao-ve-du-lieu">chính sách bảo vệ dữ liệu cá nhân</a>.
        </label>
      </div>

      {props.antiSpam}

      <button type="submit" disabled={sending} aria-disabled={sending || undefined}>
        {sending ? 'Đang gửi…' : 'Gửi câu hỏi'}
      </button>
    </form>
  )
}
