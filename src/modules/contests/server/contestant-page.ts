import type { Payload } from 'payload'
import type { Contest, ContestCertificate, ContestEntry, ContestRound } from '@/payload-types'
import { CONTEST_ATTEMPTS_SLUG, CONTEST_ENTRIES_SLUG, CONTESTANT_CONTEXT } from '../constants'
import { ERASE_BY_CONTESTANT } from '../hooks/erase-entry'
import { certificateFor } from './certificates'
import { contestantCookieName, findContestant } from './contestant-session'
import { appendClearSessionCookies, fail, formString, isSecure, json, payloadOr, readCookie, readForm } from './http'
import { getPublicRound, roundPath } from './public-queries'
import { rankRound } from './ranking'

export type OwnAttempt = {
  attemptNo: number
  status: string
  startedAt: string
  submittedAt: string | null
  score: number | null
  maxScore: number | null
  correctCount: number | null
  durationMs: number | null
}

export type ContestantView = {
  entry: Pick<ContestEntry, 'id' | 'fullName' | 'publicName' | 'school' | 'className' | 'isMinor'>
  attempts: OwnAttempt[]
  rank: { rank: number; of: number } | null
  certificate: ContestCertificate | null
}

/**
 * What the contestant sees on their own page: their attempts (system read: attempts are organiser
 * records, the cookie proves whose they are), their rank once results are published, and their
 * certificate (issued here when due).
 */
export async function contestantView(
  payload: Payload,
  args: { contest: Contest; round: ContestRound; entry: ContestEntry },
): Promise<ContestantView> {
  const attempts = await payload.find({
    collection: CONTEST_ATTEMPTS_SLUG,
    where: { entry: { equals: args.entry.id } },
    sort: 'attemptNo',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let rank: ContestantView['rank'] = null
  if (args.round.resultsPublished) {
    const rows = await rankRound(payload, args.round.id)
    const mine = rows.find((r) => r.entryId === args.entry.id)
    if (mine) rank = { rank: mine.rank, of: rows.length }
  }
  const certificate = await certificateFor(payload, args)
  return {
    entry: {
      id: args.entry.id,
      fullName: args.entry.fullName,
      publicName: args.entry.publicName,
      school: args.entry.school,
      className: args.entry.className,
      isMinor: args.entry.isMinor,
    },
    attempts: attempts.docs.map((a) => ({
      attemptNo: a.attemptNo,
      status: a.status,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt ?? null,
      score: a.status === 'in-progress' ? null : (a.score ?? null),
      maxScore: a.maxScore ?? null,
      correctCount: a.status === 'in-progress' ? null : (a.correctCount ?? null),
      durationMs: a.durationMs ?? null,
    })),
    rank,
    certificate,
  }
}

/**
 * POST /api/cuoc-thi/xoa-du-lieu: the contestant erases their own registration (with its
 * attempts, answers and certificate) after confirming; the cookie is the only credential.
 */
export async function handleErase(request: Request, payloadArg?: Payload): Promise<Response> {
  const form = await readForm(request)
  if (!form) return fail(400, 'Dữ liệu biểu mẫu không đọc được. Vui lòng tải lại trang và gửi lại.')
  const payload = await payloadOr(payloadArg)
  const found = await getPublicRound(payload, formString(form, 'contest'), formString(form, 'round'))
  if (!found) return fail(404, 'Không tìm thấy vòng thi này.')
  if (formString(form, 'confirm') !== 'XÓA') {
    return fail(400, 'Hãy gõ chữ XÓA (viết hoa) để xác nhận.', { confirm: 'Gõ XÓA để xác nhận.' })
  }
  const entry = await findContestant(payload, found.round.id, readCookie(request, contestantCookieName(found.round.id)))
  if (!entry) return fail(401, 'Phiên dự thi đã hết hạn. Hãy nhận mã đăng nhập để tiếp tục.')
  await payload.delete({
    collection: CONTEST_ENTRIES_SLUG,
    id: entry.id,
    depth: 0,
    overrideAccess: false,
    user: null,
    context: { [CONTESTANT_CONTEXT]: true, [ERASE_BY_CONTESTANT]: true },
  })
  const headers = new Headers()
  appendClearSessionCookies(headers, found.round.id, isSecure(request))
  return json({ redirect: `${roundPath(found.contest.slug ?? '', found.round.number)}?da-xoa=1` }, 200, headers)
}
