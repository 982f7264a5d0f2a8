'use client'

import { XlsxImportForm } from '@/shared/ui/admin/xlsx-import-form'

type PreviewRow = { row: number; fullName: string; kind: string; unit: string; action: 'create' | 'update' }

/** Upload, check (nothing written), then import the same file of registry members. */
export function ImportForm() {
  return (
    <XlsxImportForm<PreviewRow>
      endpoint="/api/doi-ngu/nhap"
      inputId="registry-import-file"
      classPrefix="app-registry-import"
      columns={[
        { label: 'Họ và tên', cell: (r) => r.fullName },
        { label: 'Đội ngũ', cell: (r) => r.kind },
        { label: 'Đơn vị', cell: (r) => r.unit },
      ]}
      previewText={(a) =>
        `Tệp hợp lệ: ${a.total} dòng — thêm mới ${a.creates} người, cập nhật ${a.updates} người. Chưa có gì được ghi.`
      }
      importLabel={(total) => `Nhập ${total} dòng`}
      doneText={(a) => `Đã nhập xong: thêm mới ${a.created} người, cập nhật ${a.updated} người.`}
      list={{ href: '/admin/collections/registry-members', label: 'Xem danh sách' }}
    />
  )
}
