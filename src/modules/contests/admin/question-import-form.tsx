'use client'

import { XlsxImportForm } from '@/shared/ui/admin/xlsx-import-form'

type PreviewRow = { row: number; code: string; text: string; action: 'create' | 'update' }

/** Upload, check (nothing written), then import the same question bank file. */
export function QuestionImportForm() {
  return (
    <XlsxImportForm<PreviewRow>
      endpoint="/api/quan-tri/cuoc-thi/cau-hoi/nhap"
      inputId="ct-question-file"
      classPrefix="app-ct-admin"
      columns={[
        { label: 'Mã câu hỏi', cell: (r) => r.code },
        { label: 'Nội dung', cell: (r) => r.text },
      ]}
      previewText={(a) =>
        `Tệp hợp lệ: ${a.total} câu hỏi — thêm mới ${a.creates}, cập nhật ${a.updates}. Chưa có gì được ghi.`
      }
      importLabel={(total) => `Nhập ${total} câu hỏi`}
      doneText={(a) => `Đã nhập xong: thêm mới ${a.created} câu hỏi, cập nhật ${a.updated} câu hỏi.`}
      list={{ href: '/admin/collections/contest-questions', label: 'Xem ngân hàng câu hỏi' }}
    />
  )
}
