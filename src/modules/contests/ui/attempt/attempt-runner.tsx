'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { clock, formatDuration, formatScore } from './format'

/**
 * The attempt in the browser. The server owns the clock: the countdown only displays the server's
 * deadline, corrected by the server's time at each response. Each answer is saved when chosen
 * (with a visible and announced "Đã lưu" state and a retry); the tab's session id (sessionStorage)
 * goes with every request, so a reload resumes and a second tab or device is refused.
 */

type Option = { id: string; text: string }
type Item = {
  index: number
  kind: 'single' | 'multiple' | 'true-false'
  text: string
  options: Option[]
  points: number
}
type View = {
  attemptId: number
  deadlineAt: string
  serverNow: string
  items: Item[]
  answers: Record<string, string[]>
  prediction: { text: string; value: number | null } | null
}
type Result = {
  status: string
  score: number | null
  maxScore: number | null
  correctCount: number | null
  durationMs: number | null
}
type Save = 'saving' | 'saved' | 'error'
type Phase =
  | { name: 'idle' }
  | { name: 'loading' }
  | { name: 'running' }
  | { name: 'confirm' }
  | { name: 'conflict'; message: string; waitUntil: number }
  | { name: 'done'; result: Result }
  | { name: 'error'; message: string }

type Props = {
  roundId: number
  basePath: string
  serverNow: string
  open: { attemptId: number; deadlineAt: string } | null
  canStart: boolean
  reason: string | null
  questionCount: number
  timeLimitMinutes: number
}

const HEARTBEAT_MS = 20_000

function readTab(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key)
  } catch {
    return null
  }
}

function writeTab(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value)
  } catch {
    // Storage refused (private mode): the page still works, a reload starts at the first open question.
  }
}

function sessionIdFor(roundId: number): string {
  const key = `pbgdpl-ct-phien-${roundId}`
  try {
    const known = window.sessionStorage.getItem(key)
    if (known && /^[A-Za-z0-9_-]{16,64}$/.test(known)) return known
    const bytes = new Uint8Array(18)
    window.crypto.getRandomValues(bytes)
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
    window.sessionStorage.setItem(key, id)
    return id
  } catch {
    return `tam-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
  }
}

export function AttemptRunner(props: Props) {
  const [phase, setPhase] = useState<Phase>(props.open ? { name: 'loading' } : { name: 'idle' })
  const [view, setView] = useState<View | null>(null)
  const [answers, setAnswers] = useState<Record<number, string[]>>({})
  const [saves, setSaves] = useState<Record<number, Save>>({})
  const [current, setCurrent] = useState(0)
  const [remaining, setRemaining] = useState<number | null>(null)
  const [announce, setAnnounce] = useState('')
  const [warning, setWarning] = useState('')
  const [prediction, setPrediction] = useState('')
  const [predictionSave, setPredictionSave] = useState<Save | null>(null)
  const offset = useRef(0)
  const deadline = useRef<number | null>(null)
  const session = useRef('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const warned = useRef<Set<number>>(new Set())
  const submitting = useRef(false)

  const api = useCallback(
    async (action: string, body: unknown): Promise<{ status: number; data: Record<string, unknown> }> => {
      const res = await fetch(`/api/cuoc-thi/lam-bai/${props.roundId}/${action}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-contest-session': session.current },
        body: JSON.stringify(body),
      })
      let data: Record<string, unknown> = {}
      try {
        data = (await res.json()) as Record<string, unknown>
      } catch {
        data = { message: 'Máy chủ trả lời không đọc được. Vui lòng thử lại.' }
      }
      if (typeof data.serverNow === 'string') offset.current = Date.parse(data.serverNow) - Date.now()
      return { status: res.status, data }
    },
    [props.roundId],
  )

  const refusal = useCallback((status: number, data: Record<string, unknown>) => {
    const message = typeof data.message === 'string' ? data.message : 'Có lỗi xảy ra. Vui lòng thử lại.'
    if (status === 409 && data.code === 'otherSession') {
      const wait = typeof data.retryAfterSeconds === 'number' ? data.retryAfterSeconds : 45
      setPhase({ name: 'conflict', message, waitUntil: Date.now() + wait * 1000 })
      return
    }
    setPhase({ name: 'error', message })
  }, [])

  const enter = useCallback((v: View) => {
    offset.current = Date.parse(v.serverNow) - Date.now()
    deadline.current = Date.parse(v.deadlineAt)
    setView(v)
    const loaded: Record<number, string[]> = {}
    for (const [k, choice] of Object.entries(v.answers)) loaded[Number(k)] = choice
    setAnswers(loaded)
    setSaves(Object.fromEntries(Object.keys(loaded).map((k) => [Number(k), 'saved' as Save])))
    if (v.prediction?.value !== null && v.prediction?.value !== undefined) setPrediction(String(v.prediction.value))
    // A reload of this tab returns to the question it showed; elsewhere, the first unanswered one.
    const firstOpen = v.items.findIndex((it) => !(loaded[it.index]?.length ?? 0))
    const screens = v.items.length + (v.prediction ? 1 : 0)
    const stored = readTab(`pbgdpl-ct-cau-${v.attemptId}`)
    const kept = stored === null ? -1 : Number(stored)
    setCurrent(Number.isInteger(kept) && kept >= 0 && kept < screens ? kept : firstOpen >= 0 ? firstOpen : 0)
    setPhase({ name: 'running' })
  }, [])

  const finish = useCallback(
    async (auto: boolean) => {
      if (!view || submitting.current) return
      submitting.current = true
      const { status, data } = await api('nop-bai', { attemptId: view.attemptId }).catch(() => ({
        status: 0,
        data: { message: 'Mất kết nối. Bài làm vẫn được máy chủ lưu; hãy thử nộp lại.' } as Record<string, unknown>,
      }))
      submitting.current = false
      if (status === 200 && data.result) {
        setPhase({ name: 'done', result: data.result as Result })
        setAnnounce(auto ? 'Hết giờ. Bài thi đã được tự động nộp.' : 'Bài thi đã được nộp.')
        return
      }
      if (auto && status === 0) return
      refusal(status, data)
    },
    [api, refusal, view],
  )

  const resume = useCallback(async () => {
    setPhase({ name: 'loading' })
    const { status, data } = await api('tiep-tuc', {}).catch(() => ({
      status: 0,
      data: { message: 'Mất kết nối. Kiểm tra mạng rồi tải lại trang.' } as Record<string, unknown>,
    }))
    if (status === 200 && data.attempt) return enter(data.attempt as View)
    if (status === 200 && data.finished) {
      setPhase({ name: 'done', result: data.finished as Result })
      return
    }
    refusal(status, data)
  }, [api, enter, refusal])

  const start = useCallback(async () => {
    setPhase({ name: 'loading' })
    const { status, data } = await api('bat-dau', {}).catch(() => ({
      status: 0,
      data: { message: 'Mất kết nối. Kiểm tra mạng rồi thử lại.' } as Record<string, unknown>,
    }))
    if (status === 200 && data.attempt) return enter(data.attempt as View)
    refusal(status, data)
  }, [api, enter, refusal])

  useEffect(() => {
    session.current = sessionIdFor(props.roundId)
    offset.current = Date.parse(props.serverNow) - Date.now()
    if (props.open) queueMicrotask(() => void resume())
    // Run once on load: a reload of this tab resumes the attempt in progress.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The countdown and the time warnings.
  useEffect(() => {
    if (phase.name !== 'running' && phase.name !== 'confirm') return
    const tick = () => {
      if (deadline.current === null) return
      const left = deadline.current - (Date.now() + offset.current)
      setRemaining(left)
      for (const mark of [5 * 60_000, 60_000]) {
        if (left <= mark && left > 0 && !warned.current.has(mark)) {
          warned.current.add(mark)
          setWarning(`Còn ${mark / 60_000} phút. Bài sẽ tự nộp khi hết giờ.`)
        }
      }
      // A moment after the server's deadline, so the server itself records the automatic submission.
      if (left <= -1500) void finish(true)
    }
    tick()
    const timer = window.setInterval(tick, 1000)
    return () => window.clearInterval(timer)
  }, [phase.name, finish])

  // Keeps this tab's hold on the attempt while the contestant reads, and resyncs the clock.
  useEffect(() => {
    if ((phase.name !== 'running' && phase.name !== 'confirm') || !view) return
    const timer = window.setInterval(async () => {
      const { status, data } = await api('giu-phien', { attemptId: view.attemptId }).catch(() => ({
        status: 0,
        data: {} as Record<string, unknown>,
      }))
      if (status === 409 && data.code === 'otherSession') refusal(status, data)
      else if (status === 409) void finish(true)
    }, HEARTBEAT_MS)
    return () => window.clearInterval(timer)
  }, [phase.name, view, api, refusal, finish])

  // Focus follows the screen: the question's heading, or the confirmation.
  useEffect(() => {
    headingRef.current?.focus()
  }, [current, phase.name])

  useEffect(() => {
    if (view) writeTab(`pbgdpl-ct-cau-${view.attemptId}`, String(current))
  }, [view, current])

  const save = useCallback(
    async (index: number, choice: string[]) => {
      if (!view) return
      setSaves((s) => ({ ...s, [index]: 'saving' }))
      setAnnounce(`Đang lưu câu ${index + 1}…`)
      const { status, data } = await api('tra-loi', { attemptId: view.attemptId, itemIndex: index, choice }).catch(
        () => ({ status: 0, data: {} as Record<string, unknown> }),
      )
      if (status === 200) {
        if (typeof data.remainingMs === 'number') deadline.current = Date.now() + offset.current + data.remainingMs
        setSaves((s) => ({ ...s, [index]: 'saved' }))
        setAnnounce(`Đã lưu câu ${index + 1}.`)
        return
      }
      setSaves((s) => ({ ...s, [index]: 'error' }))
      if (status === 409 && data.code === 'expired') return void finish(true)
      if (status === 409) return refusal(status, data)
      setAnnounce(`Chưa lưu được câu ${index + 1}. Hãy bấm “Lưu lại”.`)
    },
    [api, finish, refusal, view],
  )

  const choose = (item: Item, optionId: string, checked: boolean) => {
    const prev = answers[item.index] ?? []
    const next =
      item.kind === 'multiple'
        ? checked
          ? [...prev.filter((id) => id !== optionId), optionId]
          : prev.filter((id) => id !== optionId)
        : [optionId]
    setAnswers((a) => ({ ...a, [item.index]: next }))
    void save(item.index, next)
  }

  const savePredictionValue = async () => {
    if (!view) return
    const value = Number(prediction)
    if (!/^[0-9]{1,10}$/.test(prediction.trim()) || value > 1_000_000_000) {
      setPredictionSave('error')
      setAnnounce('Số dự đoán phải là số nguyên từ 0 đến 1.000.000.000.')
      return
    }
    setPredictionSave('saving')
    const { status, data } = await api('du-doan', { attemptId: view.attemptId, value }).catch(() => ({
      status: 0,
      data: {} as Record<string, unknown>,
    }))
    if (status === 200) {
      setPredictionSave('saved')
      setAnnounce('Đã lưu số dự đoán.')
    } else {
      setPredictionSave('error')
      setAnnounce(typeof data.message === 'string' ? data.message : 'Chưa lưu được số dự đoán. Hãy thử lại.')
    }
  }

  const live = (
    <>
      <p className="app-cta__sr" aria-live="polite" role="status">
        {announce}
      </p>
      <p className="app-cta__sr" aria-live="assertive" role="alert">
        {warning}
      </p>
    </>
  )

  if (phase.name === 'idle') {
    return (
      <section className="app-cta__panel" aria-labelledby="bat-dau-tieu-de">
        <h2 id="bat-dau-tieu-de">Bắt đầu làm bài</h2>
        {props.canStart ? (
          <>
            <p>
              Bài gồm {props.questionCount} câu, làm trong {props.timeLimitMinutes} phút tính từ khi bấm “Bắt đầu”. Đồng
              hồ do máy chủ giữ: tải lại trang không làm dừng giờ; hết giờ, bài được tự động nộp. Mỗi câu trả lời được
              lưu ngay khi chọn. Chỉ mở bài thi ở một cửa sổ.
            </p>
            <button type="button" className="app-cta__button" onClick={() => void start()}>
              Bắt đầu làm bài
            </button>
          </>
        ) : (
          <p>{props.reason ?? 'Bạn chưa thể bắt đầu lượt thi mới.'}</p>
        )}
      </section>
    )
  }
  if (phase.name === 'loading') {
    return (
      <p className="app-cta__panel" role="status">
        Đang tải bài thi…
      </p>
    )
  }
  if (phase.name === 'error') {
    return (
      <div className="app-cta__alert" role="alert">
        <p>{phase.message}</p>
        <p>
          <a href={props.basePath + '/lam-bai'}>Tải lại trang làm bài</a>
        </p>
      </div>
    )
  }
  if (phase.name === 'conflict') {
    return <Conflict message={phase.message} waitUntil={phase.waitUntil} onTakeOver={() => void resume()} />
  }
  if (phase.name === 'done') {
    const r = phase.result
    return (
      <section className="app-cta__panel app-cta__done" aria-labelledby="da-nop">
        {live}
        <h2 id="da-nop" tabIndex={-1} ref={headingRef}>
          {r.status === 'timed-out' ? 'Hết giờ: bài thi đã được tự động nộp' : 'Bài thi đã được nộp'}
        </h2>
        <p>
          Điểm: <strong>{formatScore(r.score, r.maxScore)}</strong> ({r.correctCount ?? 0} câu đúng), thời gian làm bài{' '}
          {formatDuration(r.durationMs ?? 0)}.
        </p>
        <p>Thứ hạng được công bố khi ban tổ chức công bố kết quả vòng thi.</p>
        <p>
          <a href={`${props.basePath}/cua-toi`}>Xem kết quả của tôi</a> · <a href={props.basePath}>Về trang vòng thi</a>
        </p>
      </section>
    )
  }

  if (!view) return null
  const total = view.items.length
  const answered = view.items.filter((it) => (answers[it.index]?.length ?? 0) > 0).length
  const left = remaining ?? 0
  const timer = (
    <div className={`app-cta__bar${left < 60_000 ? ' app-cta__bar--urgent' : ''}`}>
      <p className="app-cta__timer">
        <span>Thời gian còn lại</span> <strong role="timer">{clock(left)}</strong>
      </p>
      <p className="app-cta__progress">
        Đã trả lời {answered}/{total} câu
      </p>
    </div>
  )

  if (phase.name === 'confirm') {
    const missing = view.items.filter((it) => !(answers[it.index]?.length ?? 0)).map((it) => it.index + 1)
    return (
      <section className="app-cta__run" aria-labelledby="xac-nhan-nop">
        {live}
        {timer}
        <h2 id="xac-nhan-nop" tabIndex={-1} ref={headingRef}>
          Nộp bài?
        </h2>
        <p>
          Bạn đã trả lời {answered}/{total} câu.
          {missing.length > 0 ? ` Chưa trả lời: câu ${missing.join(', ')}.` : ' Bạn đã trả lời tất cả các câu.'}
        </p>
        {Object.values(saves).includes('error') ? (
          <p className="app-cta__alert">Có câu trả lời chưa lưu được; hãy quay lại và bấm “Lưu lại” trước khi nộp.</p>
        ) : null}
        <p>Sau khi nộp, bạn không thể sửa câu trả lời.</p>
        <div className="app-cta__actions">
          <button type="button" className="app-cta__button" onClick={() => void finish(false)}>
            Xác nhận nộp bài
          </button>
          <button
            type="button"
            className="app-cta__button app-cta__button--secondary"
            onClick={() => setPhase({ name: 'running' })}
          >
            Quay lại làm tiếp
          </button>
        </div>
      </section>
    )
  }

  const onPrediction = current === total && view.prediction !== null
  const item = view.items[current]
  const chosen = item ? (answers[item.index] ?? []) : []
  const state = item ? saves[item.index] : undefined
  const screens = total + (view.prediction ? 1 : 0)
  return (
    <section className="app-cta__run" aria-label="Bài thi">
      {live}
      {timer}
      {onPrediction ? (
        <div className="app-cta__question">
          <h2 tabIndex={-1} ref={headingRef} id="cau-du-doan">
            Câu hỏi dự đoán (phân định giải)
          </h2>
          <p>{view.prediction!.text}</p>
          <label htmlFor="so-du-doan">Số dự đoán của bạn</label>
          <input
            id="so-du-doan"
            className="app-cta__number"
            inputMode="numeric"
            pattern="[0-9]*"
            value={prediction}
            onChange={(e) => {
              setPrediction(e.target.value)
              setPredictionSave(null)
            }}
          />
          <button
            type="button"
            className="app-cta__button app-cta__button--secondary"
            onClick={() => void savePredictionValue()}
          >
            Lưu số dự đoán
          </button>
          <SaveState state={predictionSave} />
        </div>
      ) : item ? (
        <fieldset className="app-cta__question" aria-describedby={`luu-${item.index}`}>
          <legend>
            <h2 tabIndex={-1} ref={headingRef}>
              Câu {current + 1}/{total}
              {item.kind === 'multiple' ? ' (chọn tất cả các phương án đúng)' : ''}
            </h2>
            <span className="app-cta__text">{item.text}</span>
          </legend>
          <ul className="app-cta__options">
            {item.options.map((o, k) => {
              const id = `pa-${item.index}-${k}`
              return (
                <li key={o.id}>
                  <input
                    id={id}
                    type={item.kind === 'multiple' ? 'checkbox' : 'radio'}
                    name={`cau-${item.index}`}
                    value={o.id}
                    checked={chosen.includes(o.id)}
                    onChange={(e) => choose(item, o.id, e.target.checked)}
                  />
                  <label htmlFor={id}>
                    <span className="app-cta__letter" aria-hidden="true">
                      {String.fromCharCode(65 + k)}.
                    </span>{' '}
                    {o.text}
                  </label>
                </li>
              )
            })}
          </ul>
          <div id={`luu-${item.index}`}>
            <SaveState state={state ?? null} onRetry={() => void save(item.index, chosen)} />
          </div>
        </fieldset>
      ) : null}
      <div className="app-cta__actions">
        <button
          type="button"
          className="app-cta__button app-cta__button--secondary"
          disabled={current === 0}
          onClick={() => setCurrent((c) => Math.max(0, c - 1))}
        >
          Câu trước
        </button>
        {current < screens - 1 ? (
          <button
            type="button"
            className="app-cta__button"
            onClick={() => setCurrent((c) => Math.min(screens - 1, c + 1))}
          >
            Câu sau
          </button>
        ) : null}
        <button
          type="button"
          className="app-cta__button app-cta__button--submit"
          onClick={() => setPhase({ name: 'confirm' })}
        >
          Nộp bài
        </button>
      </div>
      <nav className="app-cta__map" aria-label="Danh sách câu hỏi">
        <ol>
          {view.items.map((it, k) => {
            const done = (answers[it.index]?.length ?? 0) > 0
            return (
              <li key={it.index}>
                <button
                  type="button"
                  className={`app-cta__map-item${done ? ' app-cta__map-item--done' : ''}`}
                  aria-current={k === current ? 'step' : undefined}
                  aria-label={`Câu ${k + 1}, ${done ? 'đã trả lời' : 'chưa trả lời'}`}
                  onClick={() => setCurrent(k)}
                >
                  {k + 1}
                </button>
              </li>
            )
          })}
          {view.prediction ? (
            <li>
              <button
                type="button"
                className={`app-cta__map-item${prediction ? ' app-cta__map-item--done' : ''}`}
                aria-current={current === total ? 'step' : undefined}
                aria-label="Câu hỏi dự đoán"
                onClick={() => setCurrent(total)}
              >
                DĐ
              </button>
            </li>
          ) : null}
        </ol>
      </nav>
    </section>
  )
}

function SaveState({ state, onRetry }: { state: Save | null; onRetry?: () => void }) {
  if (state === 'saving') return <p className="app-cta__save">Đang lưu…</p>
  if (state === 'saved') return <p className="app-cta__save app-cta__save--ok">✓ Đã lưu</p>
  if (state === 'error')
    return (
      <p className="app-cta__save app-cta__save--error">
        Chưa lưu được.{' '}
        {onRetry ? (
          <button type="button" className="app-cta__link-button" onClick={onRetry}>
            Lưu lại
          </button>
        ) : null}
      </p>
    )
  return <p className="app-cta__save">Chưa trả lời</p>
}

function Conflict({ message, waitUntil, onTakeOver }: { message: string; waitUntil: number; onTakeOver: () => void }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  const wait = Math.max(0, Math.ceil((waitUntil - now) / 1000))
  return (
    <section className="app-cta__alert" role="alert" aria-labelledby="mo-hai-noi">
      <h2 id="mo-hai-noi">{message}</h2>
      <p>
        Hãy tiếp tục ở cửa sổ đang mở. Nếu cửa sổ đó đã đóng, bạn có thể làm tiếp ở đây
        {wait > 0 ? ` sau ${wait} giây.` : '.'} Đồng hồ vẫn chạy trong lúc chờ.
      </p>
      <button type="button" className="app-cta__button" disabled={wait > 0} onClick={onTakeOver}>
        Làm tiếp ở cửa sổ này
      </button>
    </section>
  )
}
