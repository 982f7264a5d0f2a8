import Link from 'next/link'
import type { SiteSetting } from '@/payload-types'

/** Footer with the facts a state website must show (Decree 42/2022/NĐ-CP, Art. 9). */
export function SiteFooter({ settings }: { settings: SiteSetting }) {
  return (
    <footer className="app-footer">
      <div className="app-container app-footer__grid">
        <section aria-labelledby="app-footer-owner">
          <h2 id="app-footer-owner" className="app-footer__title">
            {settings.siteName} {settings.provinceName}
          </h2>
          {settings.tagline ? <p className="app-footer__tagline">{settings.tagline}</p> : null}
          <p>Cơ quan chủ quản: {settings.ownerName}</p>
          <p>Cơ quan quản lý, vận hành: {settings.operatorName}</p>
          {settings.responsiblePerson ? <p>Chịu trách nhiệm chính: {settings.responsiblePerson}</p> : null}
          {settings.licence ? <p>{settings.licence}</p> : null}
        </section>
        <section aria-labelledby="app-footer-contact">
          <h2 id="app-footer-contact" className="app-footer__title">
            Liên hệ
          </h2>
          {settings.address ? <p>Địa chỉ: {settings.address}</p> : null}
          {settings.phone ? (
            <p>
              Điện thoại: <a href={`tel:${settings.phone.replace(/\s/g, '')}`}>{settings.phone}</a>
            </p>
          ) : null}
          {settings.email ? (
            <p>
              Thư điện tử: <a href={`mailto:${settings.email}`}>{settings.email}</a>
            </p>
          ) : null}
        </section>
        <nav aria-labelledby="app-footer-links">
          <h2 id="app-footer-links" className="app-footer__title">
            Liên kết
          </h2>
          <ul>
            <li>
              <Link href="/so-do-trang">Sơ đồ trang</Link>
            </li>
            <li>
              <Link href="/tinh-huong">Tình huống pháp luật</Link>
            </li>
            <li>
              <Link href="/thu-vien">Thư viện số</Link>
            </li>
            <li>
              <Link href="/cuoc-thi">Cuộc thi tìm hiểu pháp luật</Link>
            </li>
            <li>
              <Link href="/rss.xml">Tin RSS</Link>
            </li>
            <li>
              <Link href="/du-lieu-mo">Dữ liệu mở (API)</Link>
            </li>
            <li>
              <Link href="/gioi-thieu/chinh-sach-bao-ve-du-lieu-ca-nhan">Bảo vệ dữ liệu cá nhân</Link>
            </li>
            {(settings.socialLinks ?? []).map((s) => (
              <li key={s.id ?? s.url}>
                <a href={s.url} rel="noopener noreferrer">
                  {s.network === 'youtube'
                    ? 'YouTube'
                    : s.network === 'tiktok'
                      ? 'TikTok'
                      : s.network === 'zalo'
                        ? 'Zalo'
                        : 'Facebook'}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {settings.copyrightNote ? <p className="app-container app-footer__note">{settings.copyrightNote}</p> : null}
    </footer>
  )
}
