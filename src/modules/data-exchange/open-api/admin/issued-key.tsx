'use client'

import { useDocumentEvents, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import './issued-key.css'

/**
 * Keys already shown in this browser tab. The admin keeps the last save's response in a root
 * context (useDocumentEvents) across client-side navigation, so without this a client-side return
 * to the document would show the key again; a reload clears both.
 */
const shown = new Set<string>()

type Update = { entitySlug?: string; doc?: { id?: number | string; issuedKey?: unknown } } | null

/**
 * The API key issued by the save that just happened, shown once with a copy button. The key is
 * only in that save's response (the edit view reports it to useDocumentEvents, also when a create
 * redirects to the new document's URL); it is never stored or read back, so a reload shows nothing.
 */
export function IssuedKeyNotice() {
  const { id, collectionSlug } = useDocumentInfo()
  const { mostRecentUpdate } = useDocumentEvents() as { mostRecentUpdate: Update }
  const [key, setKey] = useState<string | null>(null)
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null)
  const input = useRef<HTMLInputElement>(null)

  const doc = mostRecentUpdate?.doc
  const candidate =
    typeof doc?.issuedKey === 'string' &&
    mostRecentUpdate?.entitySlug === collectionSlug &&
    id !== undefined &&
    String(doc.id) === String(id)
      ? doc.issuedKey
      : null
  // a key this view has not shown yet: show it (state adjusted while rendering, not in an effect)
  if (candidate && candidate !== key && !shown.has(candidate)) {
    setKey(candidate)
    setCopied(null)
  }
  // once on screen it counts as shown: a later mount of the view (client-side return) hides it
  useEffect(() => {
    if (key) shown.add(key)
  }, [key])

  if (!key) return null

  async function copy() {
    try {
      await navigator.clipboard.writeText(key!)
      setCopied('yes')
    } catch {
      // no clipboard permission (or not a secure context): select the key for Ctrl+C
      input.current?.select()
      setCopied('no')
    }
  }

  return (
    <section className="app-issued-key" aria-labelledby="app-issued-key-title">
      <h2 id="app-issued-key-title">Khóa API mới — chỉ hiện một lần</h2>
      <p>
        Hãy sao chép và gửi khóa này cho đơn vị sử dụng ngay bây giờ. Cổng chỉ lưu dấu băm của khóa: sau khi tải lại
        hoặc rời trang, khóa không bao giờ hiện lại. Nếu làm mất khóa, hãy cấp khóa mới.
      </p>
      <div className="app-issued-key__row">
        <label htmlFor="app-issued-key-value" className="app-issued-key__label">
          Khóa API
        </label>
        <input
          id="app-issued-key-value"
          ref={input}
          className="app-issued-key__value"
          readOnly
          value={key}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void copy()}>
          Sao chép khóa
        </button>
      </div>
      <p role="status" className="app-issued-key__status">
        {copied === 'yes'
          ? 'Đã sao chép khóa vào bộ nhớ tạm.'
          : copied === 'no'
            ? 'Trình duyệt không cho sao chép tự động; khóa đã được chọn, hãy nhấn Ctrl+C.'
            : ''}
      </p>
    </section>
  )
}
