import type { Question } from '@/payload-types'
import { formatDate } from '@/shared/text/vietnamese'
import { questionPath, rejectionLabel } from '../constants'

export type TimelineStep = {
  label: string
  detail: string | null
  state: 'done' | 'current' | 'todo' | 'stop'
  link: { href: string; text: string } | null
}

export type TrackingView = { code: string; title: string; receivedAt: string; steps: TimelineStep[] }

const slugOfTarget = (value: Question['duplicateOf']): string | null =>
  value && typeof value === 'object' && value.status === 'published' && value.slug ? value.slug : null

/**
 * The public steps of a question's handling, for its asker: received, accepted, being answered
 * (with the due date), answered (with the link); or refused with the reason, or merged into
 * another question. Internal steps (the draft answer waiting for approval) read as "being answered".
 */
export function trackingView(q: Question): TrackingView {
  const status = q.status ?? 'new'
  const received: TimelineStep = {
    label: 'Đã nhận câu hỏi',
    detail: q.receivedAt ? `Ngày ${formatDate(q.receivedAt)}` : null,
    state: 'done',
    link: null,
  }
  const base = { code: q.trackingCode ?? '', title: q.title, receivedAt: q.receivedAt ?? q.createdAt }
  if (status === 'rejected') {
    const reason = rejectionLabel(q.rejectionReason)
    return {
      ...base,
      steps: [
        received,
        {
          label: 'Không tiếp nhận',
          detail: q.rejectionNote ? `Lý do: ${reason}. ${q.rejectionNote}` : `Lý do: ${reason}.`,
          state: 'stop',
          link: null,
        },
      ],
    }
  }
  if (status === 'merged') {
    const slug = slugOfTarget(q.duplicateOf)
    return {
      ...base,
      steps: [
        received,
        {
          label: 'Đã gộp với một câu hỏi cùng nội dung',
          detail: slug
            ? 'Câu hỏi của bạn được trả lời cùng câu hỏi dưới đây.'
            : 'Câu hỏi của bạn được trả lời cùng một câu hỏi đang xử lý; câu trả lời sẽ được công bố trên trang Hỏi đáp.',
          state: 'stop',
          link: slug ? { href: questionPath(slug), text: 'Xem câu hỏi đã gộp' } : null,
        },
      ],
    }
  }
  const order = ['new', 'accepted', 'assigned', 'answered', 'published']
  const at = order.indexOf(status)
  const stepState = (index: number): TimelineStep['state'] =>
    at > index ? 'done' : at === index ? (status === 'published' ? 'done' : 'current') : 'todo'
  const due = q.dueDate ? `Hạn trả lời: ${formatDate(q.dueDate)}.` : null
  return {
    ...base,
    steps: [
      { ...received, state: at === 0 ? 'current' : 'done', detail: received.detail },
      { label: 'Đã tiếp nhận, chờ phân công', detail: at === 1 ? due : null, state: stepState(1), link: null },
      {
        label: 'Đang trả lời',
        detail: at === 2 || at === 3 ? due : null,
        state: at === 3 ? 'current' : stepState(2),
        link: null,
      },
      {
        label: 'Đã trả lời',
        detail: q.publishedAt ? `Ngày ${formatDate(q.publishedAt)}` : null,
        state: status === 'published' ? 'done' : 'todo',
        link: status === 'published' && q.slug ? { href: questionPath(q.slug), text: 'Đọc câu trả lời' } : null,
      },
    ],
  }
}
