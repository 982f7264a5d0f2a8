import type { AdminViewServerProps, TypedUser } from 'payload'
import Link from 'next/link'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { MAX_QUESTION_ROWS, QUESTION_COLUMNS } from '../xlsx/questions'
import { QuestionImportForm } from './question-import-form'
import './contests-admin.css'

/** "Nhập ngân hàng câu hỏi từ XLSX": template, check of every row, then the whole file at once. */
export async function ContestQuestionImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as (TypedUser & RoleUser) | null
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
        <h1>Nhập ngân hàng câu hỏi thi từ tệp XLSX</h1>
        {!user || !isEditorial(user) ? (
          <p>Chỉ Ban Biên tập (ban tổ chức cuộc thi) được nhập ngân hàng câu hỏi.</p>
        ) : (
          <>
            <p>
              Tải{' '}
              <a href="/api/quan-tri/cuoc-thi/cau-hoi/mau" download>
                tệp mẫu
              </a>{' '}
              (hoặc{' '}
              <a href="/api/quan-tri/cuoc-thi/cau-hoi/xuat" download>
                xuất ngân hàng hiện có
              </a>
              ), mỗi câu hỏi một dòng. Các cột: {QUESTION_COLUMNS.map((c) => c.header).join(', ')}.
            </p>
            <ul>
              <li>Loại: “Một đáp án”, “Nhiều đáp án”, “Đúng/Sai” hoặc “Dự đoán”.</li>
              <li>
                Đáp án đúng: chữ cái của phương án (ví dụ “B”; nhiều đáp án: “A,C”); câu Đúng/Sai ghi “Đúng” hoặc “Sai”
                (không cần phương án); câu dự đoán ghi đáp số hoặc “-”.
              </li>
              <li>Lĩnh vực ghi theo tên trong danh mục lĩnh vực pháp luật.</li>
              <li>
                Căn cứ: “Điều 5 - 102/2016/QH13”, nhiều căn cứ cách nhau bằng dấu chấm phẩy; văn bản phải có trong cơ sở
                dữ liệu văn bản.
              </li>
              <li>
                Dòng có “Mã câu hỏi” đã có trong ngân hàng sẽ cập nhật câu hỏi đó. Có lỗi ở bất kỳ dòng nào thì không
                câu nào được nhập. Tối đa {MAX_QUESTION_ROWS} câu mỗi lần.
              </li>
            </ul>
            <QuestionImportForm />
            <p>
              <Link href="/admin/collections/contest-questions">Về ngân hàng câu hỏi</Link> ·{' '}
              <Link href="/admin/cuoc-thi/thong-ke">Thống kê cuộc thi</Link>
            </p>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
