import type { Payload } from 'payload'
import type { Dialogue, User } from '@/payload-types'
import { DECISIONS, decisionLabel, DIALOGUE_COMMENTS_SLUG, WHOLE_TEXT, type Decision } from '../constants'

export type SummaryRow = {
  /** 1-based row number in the table */
  index: number
  section: string
  author: string
  comment: string
  decision: string
  reason: string
}

export type Summary = {
  title: string
  unit: string | null
  period: { opensAt: string | null; closesAt: string | null }
  rows: SummaryRow[]
  counts: { value: Decision | 'chua-xu-ly'; label: string; count: number }[]
}

export function sectionLabel(dialogue: Pick<Dialogue, 'sections'>, key: string | null | undefined): string {
  if (!key || key === WHOLE_TEXT) return 'Toàn văn dự thảo'
  return dialogue.sections?.find((s) => s.key === key)?.heading ?? key
}

/**
 * The summary table (bảng tổng hợp tiếp thu, giải trình) of a dialogue: every published comment
 * with its section, the commenter's public name, the decision and its reason. Only non-personal
 * fields are read, so neither the page nor the exports can carry contact data. Read as `user`
 * (null for the public, whose read rule already limits it to published comments).
 */
export async function buildSummary(payload: Payload, dialogue: Dialogue, user: User | null): Promise<Summary> {
  const comments = await payload.find({
    collection: DIALOGUE_COMMENTS_SLUG,
    where: { and: [{ dialogue: { equals: dialogue.id } }, { status: { equals: 'da-dang' } }] },
    select: { sectionKey: true, displayName: true, number: true, body: true, decision: true, decisionReason: true },
    sort: 'createdAt',
    limit: 5000,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const order = new Map((dialogue.sections ?? []).map((s, i) => [s.key, i]))
  const rank = (key: string | null | undefined) => (key && key !== WHOLE_TEXT ? (order.get(key) ?? 9999) : -1)
  const sorted = [...comments.docs].sort((a, b) => rank(a.sectionKey) - rank(b.sectionKey))
  const rows: SummaryRow[] = sorted.map((c, i) => ({
    index: i + 1,
    section: sectionLabel(dialogue, c.sectionKey),
    author: c.displayName || `Người góp ý #${c.number ?? i + 1}`,
    comment: c.body,
    decision: decisionLabel(c.decision),
    reason: c.decisionReason ?? '',
  }))
  const counts = [
    ...DECISIONS.map((d) => ({
      value: d.value,
      label: d.label,
      count: sorted.filter((c) => c.decision === d.value).length,
    })),
    { value: 'chua-xu-ly' as const, label: 'Chưa xử lý', count: sorted.filter((c) => !c.decision).length },
  ]
  const unit = typeof dialogue.unit === 'object' && dialogue.unit ? dialogue.unit.title : null
  return {
    title: dialogue.title,
    unit,
    period: { opensAt: dialogue.opensAt ?? null, closesAt: dialogue.closesAt ?? null },
    rows,
    counts,
  }
}
