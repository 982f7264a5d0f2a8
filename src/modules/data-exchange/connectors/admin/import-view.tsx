import type { AdminViewServerProps, TypedUser } from 'payload'
import Link from 'next/link'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { CSV_COLUMNS } from '../csv'
import { ConnectorImportForm } from './import-form'
import './connectors-admin.css'

export const CONNECTOR_IMPORT_HREF = '/admin/nhap-van-ban'

/**
 * "Nhập văn bản từ nguồn ngoài": a JSON export of the national legal documents database or a CSV,
 * checked whole (counts previewed, nothing written), then imported all at once. Editorial board.
 */
export async function ConnectorImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
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
      <Gutter className="app-connector-import">
        <h1>Nhập văn bản pháp luật từ nguồn ngoài</h1>
        {!user || !isEditorial(user) ? (
          <p>Chỉ Ban Biên tập được nhập văn bản từ tệp.</p>
        ) : (
          <>
            <p>
              Nhận tệp JSON tải từ cổng dữ liệu của Cơ sở dữ liệu quốc gia về văn bản pháp luật (các trường docNum,
              docType, title, issueDate, effFrom, effTo, effStatus, agencyName, signer, fields) hoặc tệp CSV theo{' '}
              <a href="/api/quan-tri/nhap-van-ban/mau.csv" download>
                tệp mẫu
              </a>{' '}
              (UTF-8, phân cách bằng dấu chấm phẩy hoặc dấu phẩy). Các cột CSV:{' '}
              {CSV_COLUMNS.map((c) => `${c.header}${c.required ? ' (bắt buộc)' : ''}`).join(', ')}. Ngày theo dạng
              dd/mm/yyyy; nhiều lĩnh vực cách nhau bằng dấu chấm phẩy.
            </p>
            <p>
              Văn bản mới được lưu ở trạng thái bản nháp để Ban Biên tập duyệt. Văn bản đã có (cùng mã bản ghi ở nguồn,
              hoặc cùng số ký hiệu và cơ quan ban hành) không bị tạo trùng: tình trạng và ngày hiệu lực theo nguồn, các
              trường khác chỉ được điền khi còn trống. Nếu có lỗi ở bất kỳ dòng nào thì không văn bản nào được nhập.
            </p>
            <ConnectorImportForm />
            <p>
              <Link href="/admin/collections/legal-documents">Về danh sách văn bản</Link>
              {' · '}
              <Link href="/admin/collections/import-provenance">Nguồn dữ liệu đã nhập</Link>
            </p>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

export function ConnectorImportNavLink() {
  return (
    <Link className="nav__link" href={CONNECTOR_IMPORT_HREF}>
      Nhập văn bản từ nguồn ngoài
    </Link>
  )
}
