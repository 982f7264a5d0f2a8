'use client'

import { useDocumentEvents, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import './issued-secret.css'

/** Secrets already shown in this browser tab (the last save's response outlives client-side navigation). */
const shown = new Set<string>()

type Update = { entitySlug?: string; doc?: { id?: number | string; issuedKey?: unknown } } | null

/**
 * The webhook secret set by the save that just happened, shown once with a copy button. It is only
 * in that save's response; the API never reads it back, so a reload shows nothing.
 */
export function IssuedSecretNotice() {
  const { id, collectionSlug } = useDocumentInfo()
  const { mostRecentUpdate } = useDocumentEvents() as { mostRecentUpdate: Update }
  const [secret, setSecret] = useState<string | null>(null)
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const doc = mostRecentUpdate?.doc
    const candidate = typeof doc?.issuedKey === 'string' ? doc.issuedKey : null
    if (!candidate || mostRecentUpdate?.entitySlug !== collectionSlug) return
    if (id === undefined || String(doc?.id) !== String(id) || shown.has(candidate)) return
    shown.add(candidate)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the save response arrives through a context; shown once
    setSecret(candidate)
    setCopied(null)
  }, [mostRecentUpdate, id, collectionSlug])

  if (!secret) return null

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret!)
      setCopied('yes')
    } catch {
      input.current?.select()
      setCopied('no')
    }
  }

  return (
    <section className="app-issued-secret" aria-labelledby="app-issued-secret-title">
      <h2 id="app-issued-secret-title">Khóa bí mật webhook — chỉ hiện một lần</h2>
      <p>
        Hãy sao chép và gửi khóa này cho đơn vị nhận ngay bây giờ: họ dùng nó để kiểm tra chữ ký{' '}
        <code>X-Pbgdpl-Signature</code>. Sau khi tải lại hoặc rời trang, khóa không hiện lại; nếu làm mất, hãy sinh khóa
        mới.
      </p>
      <div className="app-issued-secret__row">
        <label htmlFor="app-issued-secret-value">Khóa bí mật</label>
        <input
          id="app-issued-secret-value"
          ref={input}
          className="app-issued-secret__value"
          readOnly
          value={secret}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void copy()}>
          Sao chép khóa
        </button>
      </div>
      <p role="status">
        {copied === 'yes'
          ? 'Đã sao chép khóa vào bộ nhớ tạm.'
          : copied === 'no'
            ? 'Trình duyệt không cho sao chép tự động; khóa đã được chọn, hãy nhấn Ctrl+C.'
            : ''}
      </p>
    </section>
  )
}
