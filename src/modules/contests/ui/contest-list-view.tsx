import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import {
  contestPath,
  contestPhase,
  roundState,
  type ContestPhase,
  type ContestWithRounds,
} from '../server/public-queries'
import { RoundTimes } from './round-status'
import './contests.css'

const SECTIONS: { phase: ContestPhase; title: string; empty: string }[] = [
  { phase: 'ongoing', title: 'Đang diễn ra', empty: 'Hiện không có cuộc thi nào đang diễn ra.' },
  { phase: 'upcoming', title: 'Sắp diễn ra', empty: 'Chưa có cuộc thi nào sắp diễn ra.' },
  { phase: 'finished', title: 'Đã kết thúc', empty: 'Chưa có cuộc thi nào đã kết thúc.' },
]

function ContestCard({ item, phase, now }: { item: ContestWithRounds; phase: ContestPhase; now: Date }) {
  const { contest, rounds } = item
  const current =
    rounds.find((r) => roundState(r, now) === 'open') ?? rounds.find((r) => roundState(r, now) === 'upcoming')
  const organiser = typeof contest.organiser === 'object' && contest.organiser ? contest.organiser.title : null
  return (
    <li className={phase === 'finished' ? 'app-ct-card app-ct-card--finished' : 'app-ct-card'}>
      <h3>
        <Link href={contestPath(contest.slug ?? '')}>{contest.title}</Link>
      </h3>
      {organiser ? <p className="app-muted">Đơn vị tổ chức: {organiser}</p> : null}
      {contest.summary ? <p>{contest.summary}</p> : null}
      {current && phase !== 'finished' ? (
        <p>
          <strong>{current.title}:</strong> <RoundTimes round={current} />
        </p>
      ) : null}
      <p className="app-muted">{rounds.length} vòng thi</p>
    </li>
  )
}

/** /cuoc-thi: contests under way, upcoming and finished. */
export function ContestListView({ items, now }: { items: ContestWithRounds[]; now: Date }) {
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Cuộc thi tìm hiểu pháp luật' }]} />
      <h1>Cuộc thi tìm hiểu pháp luật trực tuyến</h1>
      <p className="app-lead">
        Tham gia các cuộc thi tìm hiểu pháp luật do các cơ quan, trường học trong tỉnh tổ chức: đăng ký bằng thư điện
        tử, làm bài trực tuyến trong thời gian quy định, xem kết quả và nhận giấy chứng nhận có mã xác minh.
      </p>
      <p>
        <Link href="/cuoc-thi/xac-minh">Kiểm tra giấy chứng nhận</Link>
      </p>
      {SECTIONS.map((s) => {
        const list = items.filter((i) => contestPhase(i, now) === s.phase)
        return (
          <section key={s.phase} aria-labelledby={`ct-${s.phase}`}>
            <h2 id={`ct-${s.phase}`}>{s.title}</h2>
            {list.length === 0 ? (
              <p className="app-muted">{s.empty}</p>
            ) : (
              <ul className="app-ct-list">
                {list.map((item) => (
                  <ContestCard key={item.contest.id} item={item} phase={s.phase} now={now} />
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
