import Link from 'next/link'
import type { Contest, ContestRound } from '@/payload-types'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import type { GroupRankRow, RankRow } from '../server/ranking'
import { roundPath } from '../server/public-queries'
import { RESULT_BOARDS, type ResultBoard } from '../server/result-params'
import { roundCrumbs } from './round-view'
import './contests.css'

export const RESULTS_PAGE_SIZE = 50

const score = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace('.', ','))
const duration = (ms: number) => {
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * /cuoc-thi/<slug>/vong-<n>/ket-qua: the published leaderboards. Only public fields: the public
 * name (shortened for minors), school or unit, score, prediction gap and time — never a contact or
 * a birth date.
 */
export function ResultsView(props: {
  contest: Contest
  round: ContestRound
  board: ResultBoard
  page: number
  rows: RankRow[] | GroupRankRow[]
  total: number
}) {
  const { contest, round, board } = props
  const base = roundPath(contest.slug ?? '', round.number, 'ket-qua')
  const href = (b: ResultBoard, page = 1) => {
    const q = new URLSearchParams()
    if (b !== 'vong') q.set('bang', b)
    if (page > 1) q.set('trang', String(page))
    const s = q.toString()
    return s ? `${base}?${s}` : base
  }
  const totalPages = Math.max(1, Math.ceil(props.total / RESULTS_PAGE_SIZE))
  const label = RESULT_BOARDS.find((b) => b.value === board)!.label
  return (
    <div>
      <Breadcrumbs items={roundCrumbs(contest, round, 'Kết quả')} />
      <h1>Kết quả {round.title}</h1>
      <p className="app-lead">{contest.title}</p>
      <nav aria-label="Bảng xếp hạng">
        <ul className="app-ct-tabs">
          {RESULT_BOARDS.map((b) => (
            <li key={b.value}>
              <Link href={href(b.value)} aria-current={b.value === board ? 'page' : undefined}>
                {b.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="app-muted">
        Người dưới 18 tuổi chỉ hiện tên rút gọn. Xếp hạng theo điểm, rồi độ chính xác của câu hỏi dự đoán, rồi thời gian
        làm bài.
      </p>
      {props.total === 0 ? (
        <p>Chưa có kết quả nào.</p>
      ) : (
        // Scrolls sideways on a phone rather than breaking names letter by letter; focusable so the
        // keyboard can scroll it too.
        <div className="app-table-wrap" tabIndex={0} role="region" aria-label={`${label}, cuộn ngang để xem hết`}>
          <table className="app-table app-ct-results">
            <caption>
              {label} ({props.total})
            </caption>
            {board === 'vong' ? (
              <>
                <thead>
                  <tr>
                    <th scope="col">Hạng</th>
                    <th scope="col">Người dự thi</th>
                    <th scope="col">Trường/đơn vị</th>
                    <th scope="col">Điểm</th>
                    <th scope="col">Chênh lệch dự đoán</th>
                    <th scope="col">Thời gian (phút:giây)</th>
                  </tr>
                </thead>
                <tbody>
                  {(props.rows as RankRow[]).map((r) => (
                    <tr key={r.entryId}>
                      <td>{r.rank}</td>
                      <th scope="row">{r.publicName}</th>
                      <td>{r.unitTitle ?? r.school ?? ''}</td>
                      <td>
                        {score(r.score)}/{score(r.maxScore)}
                      </td>
                      <td>{r.predictionDiff === null ? '—' : score(r.predictionDiff)}</td>
                      <td>{duration(r.durationMs)}</td>
                    </tr>
                  ))}
                </tbody>
              </>
            ) : (
              <>
                <thead>
                  <tr>
                    <th scope="col">Hạng</th>
                    <th scope="col">{board === 'don-vi' ? 'Đơn vị' : 'Trường'}</th>
                    <th scope="col">Số người dự thi</th>
                    <th scope="col">Điểm trung bình</th>
                    <th scope="col">Điểm cao nhất</th>
                  </tr>
                </thead>
                <tbody>
                  {(props.rows as GroupRankRow[]).map((g) => (
                    <tr key={g.key}>
                      <td>{g.rank}</td>
                      <th scope="row">{g.label}</th>
                      <td>{g.participants}</td>
                      <td>
                        {score(g.averageScore)}/{score(g.maxScore)}
                      </td>
                      <td>{score(g.bestScore)}</td>
                    </tr>
                  ))}
                </tbody>
              </>
            )}
          </table>
        </div>
      )}
      <Pagination page={props.page} totalPages={totalPages} hrefFor={(p) => href(board, p)} />
    </div>
  )
}
