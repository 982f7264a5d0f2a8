'use client'

import { useEffect } from 'react'

/**
 * Counts one view of a cached question page: the page itself is the same HTML for everyone, so
 * the browser reports the view. Crawlers that do not run scripts are not counted.
 */
export function ViewBeacon({ id }: { id: number }) {
  useEffect(() => {
    const body = JSON.stringify({ id })
    if (!navigator.sendBeacon?.('/api/hoi-dap/luot-xem', new Blob([body], { type: 'application/json' }))) {
      void fetch('/api/hoi-dap/luot-xem', { method: 'POST', body, keepalive: true }).catch(() => undefined)
    }
  }, [id])
  return null
}
