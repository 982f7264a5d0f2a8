'use client'
import { useEffect, useSyncExternalStore } from 'react'

const SIZES = [100, 112, 125, 150] as const
const KEY = 'app-text-size'
const listeners = new Set<() => void>()

function readIndex(): number {
  const saved = Number(window.localStorage.getItem(KEY))
  return Math.max(
    0,
    SIZES.findIndex((s) => s === saved),
  )
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function save(index: number): void {
  window.localStorage.setItem(KEY, String(SIZES[index] ?? 100))
  listeners.forEach((l) => l())
}

/** Text size and print controls for an article; the page reads fine without them. */
export function ReadingTools() {
  const index = useSyncExternalStore(subscribe, readIndex, () => 0)
  useEffect(() => {
    document.documentElement.style.setProperty('--app-text-scale', String((SIZES[index] ?? 100) / 100))
  }, [index])
  return (
    <div className="app-reading-tools" role="group" aria-label="Công cụ đọc">
      <button type="button" onClick={() => save(Math.max(0, index - 1))} disabled={index === 0}>
        A<span className="app-visually-hidden"> Giảm cỡ chữ</span>−
      </button>
      <button type="button" onClick={() => save(0)}>
        A<span className="app-visually-hidden"> Cỡ chữ mặc định</span>
      </button>
      <button
        type="button"
        onClick={() => save(Math.min(SIZES.length - 1, index + 1))}
        disabled={index === SIZES.length - 1}
      >
        A<span className="app-visually-hidden"> Tăng cỡ chữ</span>+
      </button>
      <button type="button" onClick={() => window.print()}>
        In bài viết
      </button>
      <span className="app-visually-hidden" aria-live="polite">
        Cỡ chữ {SIZES[index]}%
      </span>
    </div>
  )
}
