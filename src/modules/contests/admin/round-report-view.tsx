import type { AdminViewServerProps, TypedUser } from 'payload'
import Link from 'next/link'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { CONTEST_ROUNDS_SLUG } from '../constants'
import { participation, questionStats, type ParticipationRow } from '../server/round-report'
import './contests-admin.css'

const pct = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('vi-VN')} %`)
const vn = (n: number | null) => (n === null ? '—' : n.toLocaleString('vi-VN'))

function ParticipationTable({
  caption,
  dimension,
  rows,
}: {
  caption: string
  dimension: string
  rows: ParticipationRow[]
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{dimension}</th>
          <th scope="col" className="app-ct-admin__num">
            Đã đăng ký
          </th>
          <th scope="col" className="app-ct-admin__num">
            Đã nộp bài
          </th>
          <th scope="col" className="app-ct-admin__num">
            Điểm trung bình (lượt tốt nhất)
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={4}>Chưa có người dự thi.</td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="app-ct-admin__num">{vn(r.registered)}</td>
              <td className="app-ct-admin__num">{vn(r.finished)}</td>
              <td className="app-ct-admin__num">{vn(r.averageScore)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}

/**
 * "Thống kê cuộc thi": for a round, each question's difficulty (share of attempts that drew it and
 * answered it right) and participation per unit and per school, with the results export.
 */
export async function ContestRoundReportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as (TypedUser & RoleUser) | null
  const allowed = Boolean(user && isEditorial(user))
  const rounds = allowed
    ? await req.payload.find({
        collection: CONTEST_ROUNDS_SLUG,
        sort: '-opensAt',
        limit: 100,
        depth: 1,
        overrideAccess: false,
        user,
      })
    : { docs: [] }
  const wanted = typeof searchParams?.vong === 'string' ? Number(searchParams.vong) : NaN
  const selected = rounds.docs.find((r) => r.id === wanted) ?? rounds.docs[0]
  const [stats, people] = selected
    ? await Promise.all([questionStats(req.payload, selected.id), participation(req.payload, selected.id)])
    : [[], null]
  const contestTitle = (r: (typeof rounds.docs)[number]) =>
    typeof r.contest === 'object' && r.contest ? r.contest.title : ''
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="app-ct-admin">
        <h1>Thống kê cuộc thi tìm hiểu pháp luật</h1>
        {!allowed ? (
          <p>Chỉ Ban Biên tập (ban tổ chức cuộc thi) xem được thống kê cuộc thi.</p>
        ) : !selected ? (
          <p>
            Chưa có vòng thi nào. <Link href="/admin/collections/contest-rounds/create">Tạo vòng thi</Link>
          </p>
        ) : (
          <>
            <nav aria-label="Chọn vòng thi">
              <ul className="app-ct-admin__rounds">
                {rounds.docs.map((r) => (
                  <li key={r.id}>
                    <Link
                      href={`/admin/cuoc-thi/thong-ke?vong=${r.id}`}
                      aria-current={r.id === selected.id ? 'page' : undefined}
                    >
                      {contestTitle(r)} – {r.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <h2>
              {contestTitle(selected)} – {selected.title}
            </h2>
            <p>
              Đã đăng ký (đã xác thực): <strong>{vn(people?.totals.registered ?? 0)}</strong> · Đã nộp bài:{' '}
              <strong>{vn(people?.totals.finished ?? 0)}</strong> ·{' '}
              <a href={`/api/quan-tri/cuoc-thi/ket-qua/${selected.id}`} download>
                Xuất kết quả vòng thi (XLSX, có thông tin liên hệ)
              </a>{' '}
              · <Link href="/admin/cuoc-thi/nhap-cau-hoi">Nhập câu hỏi từ XLSX</Link>
            </p>
            <table>
              <caption>
                Độ khó của từng câu hỏi (tỷ lệ trả lời đúng trên số lượt được rút; chưa trả lời tính là sai)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Mã</th>
                  <th scope="col">Câu hỏi</th>
                  <th scope="col" className="app-ct-admin__num">
                    Số lượt rút
                  </th>
                  <th scope="col" className="app-ct-admin__num">
                    Đã trả lời
                  </th>
                  <th scope="col" className="app-ct-admin__num">
                    Trả lời đúng
                  </th>
                  <th scope="col" className="app-ct-admin__num">
                    Tỷ lệ đúng
                  </th>
                  <th scope="col">Độ khó</th>
                </tr>
              </thead>
              <tbody>
                {stats.length === 0 ? (
                  <tr>
                    <td colSpan={7}>Chưa có bài thi đã nộp.</td>
                  </tr>
                ) : (
                  stats.map((s) => (
                    <tr key={s.questionId}>
                      <td>
                        <Link href={`/admin/collections/contest-questions/${s.questionId}`}>
                          {s.code ?? s.questionId}
                        </Link>
                      </td>
                      <td>{s.text}</td>
                      <td className="app-ct-admin__num">{vn(s.drawn)}</td>
                      <td className="app-ct-admin__num">{vn(s.answered)}</td>
                      <td className="app-ct-admin__num">{vn(s.correct)}</td>
                      <td className="app-ct-admin__num">{pct(s.correctRate)}</td>
                      <td>{s.difficulty}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
            <ParticipationTable
              caption="Tham gia theo đơn vị (danh mục)"
              dimension="Đơn vị"
              rows={people?.units ?? []}
            />
            <ParticipationTable
              caption="Tham gia theo đơn vị/trường (người dự thi tự khai)"
              dimension="Đơn vị/trường"
              rows={people?.schools ?? []}
            />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
