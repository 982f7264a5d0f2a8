'use client'
import { useState } from 'react'

/** Copies the page address; tells screen-reader users the result through a live region. */
export function CopyLinkButton({ url }: { url: string }) {
  const [message, setMessage] = useState('')
  return (
    <>
      <button
        type="button"
        className="app-button-link"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url)
            setMessage('Đã sao chép đường dẫn.')
          } catch {
            setMessage(`Không sao chép được, hãy chép thủ công: ${url}`)
          }
        }}
      >
        Sao chép đường dẫn
      </button>
      <span role="status" className="app-share__status">
        {message}
      </span>
    </>
  )
}
