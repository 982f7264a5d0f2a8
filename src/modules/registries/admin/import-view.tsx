import type { AdminViewServerProps, TypedUser } from 'payload'
import Link from 'next/link'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { COLUMNS, MAX_IMPORT_ROWS } from '../xlsx/columns'
import { ImportForm } from './import-form'
import './registries-admin.css'

/**
 * "Nhập đội ngũ từ tệp XLSX": the template, the upload, a check of every row (nothing written),
 * then the import of the whole file at once. For the editorial board.
 */
export async function RegistriesImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as (TypedUser & RoleUser) | null
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: user ?? undefined,
    visibleEntities,
  }
  return (
    <DefaultTemplate {...template}>
      <Gutter className="app-registry-import">
        <h1>Nhập danh sách đội ngũ từ tệp XLSX</h1>
        {!user || !isEditorial(user) ? (
          <p>Chỉ Ban Biên tập được nhập danh sách đội ngũ từ tệp.</p>
        ) : (
          <>
            <p>
              Tải{' '}
              <a href="/api/doi-ngu/mau" download>
                tệp mẫu
              </a>
              , điền mỗi người một dòng rồi chọn tệp để kiểm tra. Các cột: {COLUMNS.map((c) => c.header).join(', ')}.
              Đơn vị và lĩnh vực ghi theo tên trong danh mục (hoặc tên viết tắt); nhiều lĩnh vực cách nhau bằng dấu chấm
              phẩy; ngày theo dạng dd/mm/yyyy. Tối đa {MAX_IMPORT_ROWS} dòng mỗi lần.
            </p>
            <p>
              Người đã có trong danh sách (cùng họ tên, đơn vị và đội ngũ) được cập nhật, không tạo trùng. Nếu có lỗi ở
              bất kỳ dòng nào thì không dòng nào được nhập.
            </p>
            <ImportForm />
            <p>
              <Link href="/admin/collections/registry-members">Về danh sách đội ngũ</Link>
            </p>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
