import Link from 'next/link'
import { REGISTRY_KINDS } from '../constants'

export const IMPORT_VIEW_HREF = '/admin/doi-ngu/nhap'

/** Above the members list: the import screen and the exports (all registries or one). */
export function RegistryLinks() {
  return (
    <div className="app-registry-links">
      <p>
        <Link href={IMPORT_VIEW_HREF}>Nhập danh sách từ tệp XLSX</Link>
        {' · '}
        <a href="/api/doi-ngu/mau" download>
          Tải tệp mẫu
        </a>
        {' · '}
        <a href="/api/doi-ngu/xuat" download>
          Xuất tất cả ra XLSX
        </a>
      </p>
      <p>
        Xuất từng đội ngũ:{' '}
        {REGISTRY_KINDS.map((k, i) => (
          <span key={k.value}>
            {i > 0 ? ' · ' : null}
            <a href={`/api/doi-ngu/xuat?doi-ngu=${k.path}`} download>
              {k.label}
            </a>
          </span>
        ))}
      </p>
    </div>
  )
}

export function RegistryImportNavLink() {
  return (
    <Link className="nav__link" href={IMPORT_VIEW_HREF}>
      Nhập đội ngũ từ XLSX
    </Link>
  )
}
