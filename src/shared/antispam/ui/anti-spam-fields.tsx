'use client'

import { useEffect, useRef, useState } from 'react'
import { CHALLENGE_ENDPOINT, HONEYPOT_FIELD, POW_FIELD } from '../fields'
import './anti-spam-fields.css'
import { challengeExpiry, solvePow, type ChallengeData } from '../solve'

type Status = 'idle' | 'working' | 'ready' | 'waiting' | 'error'

const MESSAGES: Record<Status, string> = {
  idle: '',
  working: 'Đang kiểm tra chống thư rác…',
  ready: 'Đã sẵn sàng gửi.',
  waiting: 'Đang hoàn tất kiểm tra chống thư rác, biểu mẫu sẽ tự gửi ngay sau đó…',
  error: 'Chưa kiểm tra được chống thư rác (mất kết nối?). Hãy bấm gửi lại để thử lần nữa.',
}

/** A solution is used only while its challenge has more than this left. */
const SAFETY_MS = 30_000

/**
 * Anti-spam fields for any public <form>: a honeypot nobody meets (hidden from sight, from the
 * keyboard and from screen readers) and the proof of work, solved in the background. If the form
 * is sent before the work is done, the submission waits for it and then goes ahead by itself, so a
 * keyboard or screen-reader user never gets stuck. Works for plain posts and for JS handlers that
 * read FormData in their submit handler (the field holds the solution by then).
 */
export function AntiSpamFields({ endpoint = CHALLENGE_ENDPOINT }: { endpoint?: string }) {
  const rootRef = useRef<HTMLSpanElement>(null)
  const powRef = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<Status>('idle')

  useEffect(() => {
    const form = rootRef.current?.closest('form')
    const input = powRef.current
    if (!form || !input) return
    const abort = new AbortController()
    let expiresAt = 0
    let running: Promise<boolean> | null = null
    let pendingSubmitter: HTMLElement | null | undefined
    // The submission this component re-sends after waiting goes through without another check.
    let passNext = false

    const isFresh = () => input.value !== '' && expiresAt - Date.now() > SAFETY_MS

    const solve = async (): Promise<boolean> => {
      setStatus((s) => (s === 'waiting' ? s : 'working'))
      input.value = ''
      try {
        const fetchedAt = Date.now()
        const response = await fetch(endpoint, { cache: 'no-store', signal: abort.signal })
        if (!response.ok) throw new Error(`challenge ${response.status}`)
        const challenge = (await response.json()) as ChallengeData
        // The expiry is in server time; measure the lifetime against the server's clock so a
        // phone whose clock is wrong neither sends stale work nor keeps redoing it.
        const serverNow = Date.parse(response.headers.get('date') ?? '') || fetchedAt
        const lifetime = challengeExpiry(challenge.salt) - serverNow
        const value = await solvePow(challenge, undefined, abort.signal)
        if (!value) throw new Error('no solution')
        input.value = value
        expiresAt = fetchedAt + lifetime
        return true
      } catch {
        return false
      }
    }

    const ensure = (): Promise<boolean> => {
      if (isFresh()) return Promise.resolve(true)
      running ??= solve().finally(() => {
        running = null
      })
      return running
    }

    const finish = (ok: boolean) => {
      if (abort.signal.aborted) return
      if (!ok) {
        pendingSubmitter = undefined
        setStatus('error')
        return
      }
      setStatus('ready')
      if (pendingSubmitter !== undefined) {
        const submitter = pendingSubmitter
        pendingSubmitter = undefined
        passNext = true
        form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined)
      }
    }

    const onSubmit = (event: SubmitEvent) => {
      if (passNext || isFresh()) {
        passNext = false
        // The value is read during this submission; the next one needs new work.
        window.setTimeout(() => {
          input.value = ''
          void ensure().then(finish)
        }, 1000)
        return
      }
      // Hold this submission (before React's handlers at the root see it) until the work is done.
      event.preventDefault()
      event.stopPropagation()
      pendingSubmitter = event.submitter
      setStatus('waiting')
      void ensure().then(finish)
    }

    form.addEventListener('submit', onSubmit)
    void ensure().then(finish)
    return () => {
      abort.abort()
      form.removeEventListener('submit', onSubmit)
    }
  }, [endpoint])

  return (
    <span ref={rootRef} className="app-antispam">
      <span className="app-antispam__trap" aria-hidden="true">
        <label>
          Trang web (để trống ô này)
          <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
        </label>
      </span>
      {/* No value prop: React would reset the value the solver sets on every re-render (a hidden
          input's value is its attribute). */}
      <input ref={powRef} type="hidden" name={POW_FIELD} />
      <span className="app-antispam__status" role="status" aria-live="polite">
        {MESSAGES[status]}
      </span>
      <noscript>
        <span className="app-antispam__noscript">
          Biểu mẫu này cần bật JavaScript để kiểm tra chống thư rác trước khi gửi.
        </span>
      </noscript>
    </span>
  )
}
