import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { SiteFooter } from '@/modules/settings/ui/site-footer'
import { SiteHeader } from '@/modules/settings/ui/site-header'
import { getSectionTree } from '@/modules/taxonomy/server/get-sections'
import { feedAlternates } from '@/modules/data-exchange/feeds/sources'
import { siteUrl } from '@/shared/ui/site-url'
import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const name = `${settings.siteName} ${settings.provinceName}`
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: name, template: `%s | ${name}` },
    description: `${settings.siteName} – ${settings.operatorName}`,
    icons: { icon: '/favicon.svg' },
    alternates: { types: feedAlternates({ kind: 'site' }, name) },
    openGraph: { siteName: name, locale: 'vi_VN', type: 'website' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#8b1a1a' }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [settings, sections] = await Promise.all([getSiteSettings(), getSectionTree()])
  return (
    <html lang="vi">
      <body>
        <a href="#noi-dung" className="app-skip-link">
          Bỏ qua để đến nội dung chính
        </a>
        <SiteHeader settings={settings} sections={sections} />
        <main id="noi-dung" tabIndex={-1} className="app-main app-container">
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
