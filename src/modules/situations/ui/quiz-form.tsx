'use client'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { PublicQuizQuestion } from '../public/get-situation'
import type { QuizResult } from '../public/grade-quiz'

const fieldName = (questionId: string): string => `cau-${questionId}`

/**
 * The quiz: a plain form that posts to the grading route (the result page comes back without
 * JavaScript); with JavaScript the same route answers in JSON and the feedback appears in place,
 * announced through the live region, which then takes the focus.
 */
export function QuizForm({ action, questions }: { action: string; questions: PublicQuizQuestion[] }) {
  const [result, setResult] = useState<QuizResult | null>(null)
  const [message, setMessage] = useState('')
  const [isBusy, setBusy] = useState(false)
  const status = useRef<HTMLParagraphElement>(null)
  // Until the script runs, the form posts normally; the mark tells (tests, styles) which mode is on.
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    form.current?.setAttribute('data-enhanced', 'true')
  }, [])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    const body = new URLSearchParams()
    new FormData(event.currentTarget).forEach((value, key) => {
      if (typeof value === 'string') body.append(key, value)
    })
    try {
      const res = await fetch(action, { method: 'POST', body, headers: { Accept: 'application/json' } })
      const data = (await res.json()) as { result?: QuizResult; message?: string }
      if (res.ok && data.result) {
        setResult(data.result)
        setMessage(`Bạn trả lời đúng ${data.result.correct}/${data.result.total} câu. Xem giải thích dưới từng câu.`)
      } else {
        setResult(null)
        setMessage(data.message ?? 'Không chấm được bài, vui lòng thử lại.')
      }
    } catch {
      setMessage('Không gửi được bài làm. Hãy kiểm tra kết nối mạng và thử lại.')
    } finally {
      setBusy(false)
    }
  }

  // The summary takes the focus once it is shown (it is hidden while empty), so keyboard and
  // screen-reader users land on the result.
  useEffect(() => {
    if (message) status.current?.focus()
  }, [message, result])

  function reset() {
    setResult(null)
    setMessage('')
  }

  return (
    <form method="post" action={action} onSubmit={onSubmit} onReset={reset} className="app-quiz__form" ref={form}>
      {questions.map((q, i) => {
        const graded = result?.questions.find((g) => g.id === q.id)
        const right = graded?.options.find((o) => o.isCorrect)
        return (
          <fieldset key={q.id} className="app-quiz__question">
            <legend>
              Câu {i + 1}. {q.prompt}
            </legend>
            {q.options.map((o) => (
              <label key={o.id} className="app-quiz__option">
                <input type="radio" name={fieldName(q.id)} value={o.id} required />
                <span>{o.text}</span>
              </label>
            ))}
            {graded ? (
              <div
                className={`app-quiz__feedback ${graded.isCorrect ? 'app-quiz__feedback--right' : 'app-quiz__feedback--wrong'}`}
              >
                <p className="app-quiz__mark">
                  {graded.isCorrect ? 'Đúng.' : `Chưa đúng. Đáp án đúng: ${right?.text ?? ''}`}
                </p>
                <p>{graded.explanation}</p>
              </div>
            ) : null}
          </fieldset>
        )
      })}
      <p ref={status} className="app-quiz__status" role="status" aria-live="polite" tabIndex={-1}>
        {message}
      </p>
      <div className="app-quiz__actions">
        <button type="submit" disabled={isBusy}>
          {isBusy ? 'Đang chấm…' : 'Nộp bài'}
        </button>
        {result ? <button type="reset">Làm lại</button> : null}
      </div>
    </form>
  )
}
