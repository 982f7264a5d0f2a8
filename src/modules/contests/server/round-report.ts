import type { Payload } from 'payload'
import type { ContestEntry } from '@/payload-types'
import type { RoleUser } from '@/shared/access/roles'
import { writeXlsx, type XlsxCell } from '@/shared/xlsx/write'
import { CONTACT_KINDS, CONTEST_ENTRIES_SLUG } from '../constants'
import type { AttemptItem } from '../engine/items'
import { rankRound } from './ranking'
import { jsonOf, num, numOrNull, query } from './sql'

/**
 * The organisers' reports of a round: how each question fared (drawn, answered right → difficulty)
 * and participation per unit and per school. System reads in SQL: callers check that the user is
 * an organiser first (the admin view and the export route do).
 */

export type QuestionStat = {
  questionId: number
  code: string | null
  text: string
  drawn: number
  answered: number
  correct: number
  /** correct ÷ drawn, in % (unanswered counts as wrong); null when never drawn */
  correctRate: number | null
  difficulty: string
}

export const difficultyOf = (rate: number | null): string =>
  rate === null ? '—' : rate >= 80 ? 'Dễ' : rate >= 50 ? 'Trung bình' : rate >= 20 ? 'Khó' : 'Rất khó'

export async function questionStats(payload: Payload, roundId: number): Promise<QuestionStat[]> {
  const attempts = await query(
    payload,
    `SELECT id, items FROM contest_attempts WHERE round_id = ? AND status <> 'in-progress'`,
    [roundId],
  )
  const stats = new Map<number, QuestionStat>()
  const byAttemptItem = new Map<string, number>()
  for (const a of attempts) {
    const items = jsonOf<AttemptItem[]>(a.items) ?? []
    items.forEach((item, index) => {
      const id = Number(item.questionId)
      byAttemptItem.set(`${num(a.id)}:${index}`, id)
      const s = stats.get(id) ?? {
        questionId: id,
        code: item.code,
        text: item.text,
        drawn: 0,
        answered: 0,
        correct: 0,
        correctRate: null,
        difficulty: '—',
      }
      s.drawn += 1
      stats.set(id, s)
    })
  }
  const answers = await query(
    payload,
    `SELECT ans.attempt_id, ans.item_index, ans.correct FROM contest_answers ans
     JOIN contest_attempts a ON a.id = ans.attempt_id
     WHERE a.round_id = ? AND a.status <> 'in-progress'`,
    [roundId],
  )
  for (const r of answers) {
    const id = byAttemptItem.get(`${num(r.attempt_id)}:${num(r.item_index)}`)
    const s = id === undefined ? undefined : stats.get(id)
    if (!s) continue
    s.answered += 1
    if (r.correct === true || num(r.correct) === 1) s.correct += 1
  }
  const list = [...stats.values()].map((s) => {
    const rate = s.drawn ? Math.round((s.correct / s.drawn) * 1000) / 10 : null
    return { ...s, correctRate: rate, difficulty: difficultyOf(rate) }
  })
  return list.sort((a, b) => (a.correctRate ?? 101) - (b.correctRate ?? 101) || b.drawn - a.drawn)
}

export type ParticipationRow = { label: string; registered: number; finished: number; averageScore: number | null }

/** Registered (verified) entries and entries with a finished attempt, per unit and per school. */
export async function participation(
  payload: Payload,
  roundId: number,
): Promise<{
  units: ParticipationRow[]
  schools: ParticipationRow[]
  totals: { registered: number; finished: number }
}> {
  const rows = await query(
    payload,
    `SELECT e.id, e.school, u.title AS unit_title,
       (SELECT MAX(a.score) FROM contest_attempts a WHERE a.entry_id = e.id AND a.status <> 'in-progress') AS best
     FROM contest_entries e LEFT JOIN units u ON u.id = e.unit_id
     WHERE e.round_id = ? AND e.verified_at IS NOT NULL`,
    [roundId],
  )
  const group = (keyOf: (r: Record<string, unknown>) => string | null) => {
    const m = new Map<string, { label: string; registered: number; scores: number[] }>()
    for (const r of rows) {
      const label = keyOf(r)
      if (!label) continue
      const k = label.toLocaleLowerCase('vi')
      const g = m.get(k) ?? { label, registered: 0, scores: [] }
      g.registered += 1
      const best = numOrNull(r.best)
      if (best !== null) g.scores.push(best)
      m.set(k, g)
    }
    return [...m.values()]
      .map((g) => ({
        label: g.label,
        registered: g.registered,
        finished: g.scores.length,
        averageScore: g.scores.length
          ? Math.round((g.scores.reduce((s, x) => s + x, 0) / g.scores.length) * 100) / 100
          : null,
      }))
      .sort((a, b) => b.registered - a.registered || a.label.localeCompare(b.label, 'vi'))
  }
  const text = (v: unknown) =>
    typeof v === 'string' && v.trim() ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : null
  return {
    units: group((r) => text(r.unit_title) ?? 'Chưa chọn đơn vị trong danh mục'),
    schools: group((r) => text(r.school)),
    totals: { registered: rows.length, finished: rows.filter((r) => numOrNull(r.best) !== null).length },
  }
}

const vnTime = (iso: string | null | undefined) =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        dateStyle: 'short',
        timeStyle: 'medium',
      }).format(new Date(iso))
    : ''

/**
 * The round's results for the organisers (with contact data, which they may see): ranked entries,
 * then registered entries without a finished attempt. Entries are read with the user's rights.
 */
export async function resultsWorkbook(payload: Payload, user: RoleUser, roundId: number): Promise<Uint8Array> {
  const ranked = await rankRound(payload, roundId)
  const entries = await payload.find({
    collection: CONTEST_ENTRIES_SLUG,
    where: { round: { equals: roundId } },
    pagination: false,
    depth: 1,
    overrideAccess: false,
    user: user as never,
  })
  const byId = new Map(entries.docs.map((e) => [e.id, e as ContestEntry]))
  const attempts = await query(
    payload,
    `SELECT entry_id, COUNT(*) AS n, MAX(submitted_at) AS last FROM contest_attempts WHERE round_id = ? GROUP BY entry_id`,
    [roundId],
  )
  const attemptInfo = new Map(attempts.map((a) => [num(a.entry_id), { n: num(a.n), last: a.last }]))
  const contactLabel = (kind: string | null | undefined) => CONTACT_KINDS.find((c) => c.value === kind)?.label ?? ''
  const unitTitle = (e: ContestEntry) => (typeof e.unit === 'object' && e.unit ? e.unit.title : '')
  const header = [
    'Hạng',
    'Họ và tên',
    'Tên công khai',
    'Ngày sinh',
    'Chưa thành niên',
    'Đơn vị (danh mục)',
    'Đơn vị/trường (tự khai)',
    'Lớp',
    'Liên hệ bằng',
    'Thư điện tử / số điện thoại',
    'Điểm',
    'Điểm tối đa',
    'Số câu đúng',
    'Chênh lệch dự đoán',
    'Thời gian làm bài (giây)',
    'Số lượt đã thi',
    'Đăng ký lúc',
  ]
  const rowOf = (e: ContestEntry, r: (typeof ranked)[number] | null): XlsxCell[] => [
    r?.rank ?? '',
    e.fullName,
    e.publicName ?? '',
    e.birthDate ? new Date(e.birthDate).toISOString().slice(0, 10).split('-').reverse().join('/') : '',
    e.isMinor ? 'Có' : '',
    unitTitle(e),
    e.school ?? '',
    e.className ?? '',
    contactLabel(e.contactKind),
    e.contact,
    r?.score ?? '',
    r?.maxScore ?? '',
    r?.correctCount ?? '',
    r?.predictionDiff ?? '',
    r ? Math.round(r.durationMs / 100) / 10 : '',
    attemptInfo.get(e.id)?.n ?? 0,
    vnTime(e.createdAt),
  ]
  const rows: XlsxCell[][] = []
  const listed = new Set<number>()
  for (const r of ranked) {
    const e = byId.get(r.entryId)
    if (!e) continue
    listed.add(e.id)
    rows.push(rowOf(e, r))
  }
  for (const e of entries.docs as ContestEntry[]) if (!listed.has(e.id) && e.verifiedAt) rows.push(rowOf(e, null))
  return writeXlsx([
    {
      name: 'Kết quả',
      widths: [6, 24, 20, 12, 10, 28, 28, 8, 12, 26, 8, 10, 10, 12, 14, 10, 18],
      rows: [{ cells: header, style: 'header' }, ...rows.map((cells) => ({ cells }))],
    },
  ])
}
