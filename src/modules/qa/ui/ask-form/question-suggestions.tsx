'use client'

import { useEffect, useRef, useState } from 'react'

type Suggestions = {
  questions: Array<{ title: string; url: string }>
  articles: Array<{ title: string; heading: string; url: string; docNumber: string | null }>
}

const DELAY_MS = 400
const MIN_WORDS = 3

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

function summary(s: Suggestions): string {
  const parts: string[] = []
  if (s.questions.length > 0) parts.push(`${s.questions.length} câu hỏi đã được trả lời`)
  if (s.articles.length > 0) parts.push(`${s.articles.length} điều luật`)
  return parts.length > 0 ? `Có ${parts.join(' và ')} có thể giúp bạn` : ''
}

/**
 * Answered questions and legal articles that may already answer what the citizen is typing,
 * looked up ~400 ms after they stop typing. A polite live region announces the count; the lists are
 * plain links (same tab). It never blocks sending: a failed look-up just shows nothing.
 */
export function QuestionSuggestions({ text }: { text: string }) {
  const [found, setFound] = useState<Suggestions | null>(null)
  const last = useRef('')

  useEffect(() => {
    const query = text.replace(/\s+/g, ' ').trim().slice(0, 400)
    if (wordCount(query) < MIN_WORDS) return
    if (query === last.current) return
    const controller = new AbortController()
    const timer = window.setTimeout(() => {
      last.current = query
      fetch(`/api/hoi-dap/goi-y?q=${encodeURIComponent(query)}`, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      })
        .then((res) => (res.ok ? (res.json() as Promise<Suggestions>) : null))
        .then((data) => {
          if (data) setFound(data)
        })
        .catch(() => undefined)
    }, DELAY_MS)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [text])

  const hasAny = !!found && (found.questions.length > 0 || found.articles.length > 0)
  return (
    <div className="app-qa-suggest">
      <p className="app-qa-suggest__status" role="status" aria-live="polite">
        {found ? summary(found) : ''}
      </p>
      {hasAny ? (
        <>
          {found.questions.length > 0 ? (
            <>
              <h3 className="app-qa-suggest__title">Câu hỏi đã được trả lời</h3>
              <ul className="app-qa-suggest__list">
                {found.questions.map((q) => (
                  <li key={q.url}>
                    <a href={q.url}>{q.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {found.articles.length > 0 ? (
            <>
              <h3 className="app-qa-suggest__title">Điều luật liên quan</h3>
              <ul className="app-qa-suggest__list">
                {found.articles.map((a) => (
                  <li key={a.url}>
                    <a href={a.url}>{a.heading}</a>
                    <span className="app-qa-suggest__meta">
                      {a.docNumber ? `${a.title} (${a.docNumber})` : a.title}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="app-qa-suggest__note">Nếu chưa tìm được câu trả lời, bạn vẫn gửi câu hỏi như bình thường.</p>
        </>
      ) : null}
    </div>
  )
}
