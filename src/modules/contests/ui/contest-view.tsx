import Link from 'next/link'
import { graphLd, jsonLdText, trailLd } from '@/modules/data-exchange/feeds/structured-data'
import type { Contest, ContestRound } from '@/payload-types'
import { RichTextView } from '@/shared/ui/rich-text'
import { Breadcrumbs, type Crumb } from '@/shared/ui/breadcrumbs'
import { absoluteUrl } from '@/shared/ui/site-url'
import { ELIGIBILITY } from '../constants'
import { contestPath, roundPath, roundState } from '../server/public-queries'
import { RoundBadge, RoundTimes } from './round-status'
import './contests.css'

/** JSON-LD for a contest (schema.org Event and the page's BreadcrumbList); `<` escaped so no text can close the script. */
function jsonLd(contest: Contest, rounds: ContestRound[], crumbs: Crumb[]): string {
  const first = rounds[0]
  const last = rounds[rounds.length - 1]
  const organiser = typeof contest.organiser === 'object' && contest.organiser ? contest.organiser.title : undefined
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: contest.title,
    description: contest.summary ?? undefined,
    url: absoluteUrl(contestPath(contest.slug ?? '')),
    startDate: first?.opensAt,
    endDate: last?.closesAt,
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'VirtualLocation', url: absoluteUrl(contestPath(contest.slug ?? '')) },
    organizer: organiser ? { '@type': 'Organization', name: organiser } : undefined,
    isAccessibleForFree: true,
  }
  return jsonLdText(graphLd([ld, trailLd(crumbs, contestPath(contest.slug ?? ''))]))
}

function eligibilityText(contest: Contest): string {
  const base = ELIGIBILITY.find((e) => e.value === contest.eligibility)?.label ?? 'Mọi người'
  const names = (list: unknown) =>
    Array.isArray(list)
      ? list
          .map((v) => (typeof v === 'object' && v ? (v as { title?: string }).title : null))
          .filter(Boolean)
          .join('; ')
      : ''
  if (contest.eligibility === 'units') return `${base}: ${names(contest.eligibleUnits)}.`
  if (contest.eligibility === 'audiences') return `${base}: ${names(contest.eligibleAudiences)}.`
  return `${base}.`
}

export function RoundActions({ slug, round, now }: { slug: string; round: ContestRound; now: Date }) {
  const state = roundState(round, now)
  return (
    <div className="app-ct-actions">
      {state !== 'closed' ? (
        <Link className="app-ct-button" href={roundPath(slug, round.number, 'dang-ky')}>
          Đăng ký dự thi<span className="app-visually-hidden"> {round.title}</span>
        </Link>
      ) : null}
      {state === 'open' ? (
        <Link className="app-ct-button app-ct-button--secondary" href={roundPath(slug, round.number, 'lam-bai')}>
          Vào thi<span className="app-visually-hidden"> {round.title}</span>
        </Link>
      ) : null}
      {round.resultsPublished ? (
        <Link className="app-ct-button app-ct-button--secondary" href={roundPath(slug, round.number, 'ket-qua')}>
          Xem kết quả<span className="app-visually-hidden"> {round.title}</span>
        </Link>
      ) : null}
    </div>
  )
}

/** /cuoc-thi/<slug>: the rules, prizes, who may take part and the rounds with their state. */
export function ContestView({ contest, rounds, now }: { contest: Contest; rounds: ContestRound[]; now: Date }) {
  const slug = contest.slug ?? ''
  const organiser = typeof contest.organiser === 'object' && contest.organiser ? contest.organiser.title : null
  const crumbs: Crumb[] = [{ label: 'Cuộc thi', href: '/cuoc-thi' }, { label: contest.title }]
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(contest, rounds, crumbs) }} />
      <Breadcrumbs items={crumbs} ld={false} />
      <h1>{contest.title}</h1>
      {contest.summary ? <p className="app-lead">{contest.summary}</p> : null}
      <dl className="app-facts">
        {organiser ? (
          <div className="app-facts__row">
            <dt>Đơn vị tổ chức</dt>
            <dd>{organiser}</dd>
          </div>
        ) : null}
        <div className="app-facts__row">
          <dt>Đối tượng dự thi</dt>
          <dd>{eligibilityText(contest)}</dd>
        </div>
        <div className="app-facts__row">
          <dt>Giấy chứng nhận</dt>
          <dd>
            {contest.certificateRule === 'none'
              ? 'Không cấp'
              : contest.certificateRule === 'participation'
                ? 'Cấp cho mọi người đã nộp bài'
                : `Cấp cho người đạt từ ${contest.certificateThreshold ?? 80}% số điểm trở lên`}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="ct-rounds">
        <h2 id="ct-rounds">Các vòng thi</h2>
        {rounds.length === 0 ? <p className="app-muted">Ban Tổ chức chưa công bố vòng thi.</p> : null}
        <ul className="app-ct-rounds">
          {rounds.map((r) => (
            <li key={r.id} className="app-ct-round">
              <h3>
                <Link href={roundPath(slug, r.number)}>{r.title}</Link> <RoundBadge round={r} now={now} />
              </h3>
              <p>
                <RoundTimes round={r} />
              </p>
              <p>
                {r.questionCount} câu hỏi, {r.timeLimitMinutes} phút mỗi lượt, tối đa {r.attemptsAllowed} lượt thi.
              </p>
              <RoundActions slug={slug} round={r} now={now} />
            </li>
          ))}
        </ul>
      </section>
      {contest.rules ? (
        <section aria-labelledby="ct-rules">
          <h2 id="ct-rules">Thể lệ</h2>
          <div className="app-prose">
            <RichTextView data={contest.rules} />
          </div>
        </section>
      ) : null}
      {contest.prizes ? (
        <section aria-labelledby="ct-prizes">
          <h2 id="ct-prizes">Cơ cấu giải thưởng</h2>
          <p style={{ whiteSpace: 'pre-line' }}>{contest.prizes}</p>
        </section>
      ) : null}
      <section aria-labelledby="ct-privacy">
        <h2 id="ct-privacy">Dữ liệu cá nhân</h2>
        <p>
          Ban Tổ chức chỉ thu thập thông tin cần cho cuộc thi và xử lý theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá
          nhân. Thư điện tử, số điện thoại và ngày sinh không bao giờ được công khai; bảng xếp hạng chỉ hiện tên rút gọn
          của người dưới 18 tuổi. Bạn có thể xóa toàn bộ dữ liệu dự thi của mình tại trang “Kết quả của tôi”.
        </p>
      </section>
    </article>
  )
}
