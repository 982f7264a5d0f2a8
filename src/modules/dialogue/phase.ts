/** The phase of a dialogue, derived from its dates and whether its summary is published. */

export type Phase = 'sap-mo' | 'dang-lay-y-kien' | 'da-dong' | 'da-cong-bo'

export const PHASES: { value: Phase; label: string }[] = [
  { value: 'dang-lay-y-kien', label: 'Đang lấy ý kiến' },
  { value: 'sap-mo', label: 'Sắp mở' },
  { value: 'da-dong', label: 'Đã đóng' },
  { value: 'da-cong-bo', label: 'Đã công bố kết quả' },
]

export const phaseLabel = (phase: Phase): string => PHASES.find((p) => p.value === phase)?.label ?? phase

export type PhaseInput = {
  opensAt?: string | null
  closesAt?: string | null
  summaryPublished?: boolean | null
}

export function dialoguePhase(d: PhaseInput, now: Date = new Date()): Phase {
  const opens = d.opensAt ? new Date(d.opensAt) : null
  const closes = d.closesAt ? new Date(d.closesAt) : null
  if (closes && now >= closes) return d.summaryPublished ? 'da-cong-bo' : 'da-dong'
  if (opens && now < opens) return 'sap-mo'
  return 'dang-lay-y-kien'
}

export const isOpen = (d: PhaseInput, now: Date = new Date()): boolean => dialoguePhase(d, now) === 'dang-lay-y-kien'

export const isClosed = (d: PhaseInput, now: Date = new Date()): boolean => {
  const phase = dialoguePhase(d, now)
  return phase === 'da-dong' || phase === 'da-cong-bo'
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * "còn N ngày" counted in calendar days in Vietnam's time zone: a deadline later today is "hôm
 * nay", tomorrow is "còn 1 ngày".
 */
export function daysLeft(closesAt: string | null | undefined, now: Date = new Date()): number | null {
  if (!closesAt) return null
  const closes = new Date(closesAt)
  if (Number.isNaN(closes.getTime()) || closes <= now) return null
  const day = (d: Date): number => Math.floor((d.getTime() + 7 * 60 * 60 * 1000) / DAY_MS)
  return day(closes) - day(now)
}

export function deadlineText(closesAt: string | null | undefined, now: Date = new Date()): string | null {
  const n = daysLeft(closesAt, now)
  if (n === null) return null
  return n === 0 ? 'Hạn chót là hôm nay' : `Còn ${n} ngày`
}
