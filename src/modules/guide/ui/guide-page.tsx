import type { Metadata } from 'next'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import type { Block } from '../markdown'
import { renderBlocks, renderInline, TableOfContents, type RenderOptions } from '../render'
import { loadGuide, publicImageSize } from '../server/load-guide'
import './guide.css'

const TITLE = 'Hướng dẫn sử dụng trang quản trị'

export const guideMetadata: Metadata = {
  title: TITLE,
  description:
    'Hướng dẫn cán bộ sử dụng trang quản trị: viết bài, gửi duyệt, duyệt, xuất bản, hẹn giờ, quản lý chuyên mục, người dùng và cấu hình trang.',
  // Material for staff, not for citizens searching the web.
  robots: { index: false, follow: true },
}

/**
 * The user guide page: docs/huong-dan-su-dung.md, read on the server when the page is built or
 * revalidated, with a table of contents of its sections after the introduction.
 */
export function GuidePage() {
  const guide = loadGuide()
  const crumbs = <Breadcrumbs items={[{ label: TITLE }]} />
  if (!guide) {
    return (
      <div className="app-message">
        {crumbs}
        <h1>{TITLE}</h1>
        <p>Tài liệu hướng dẫn chưa được cài đặt trên máy chủ này. Vui lòng liên hệ quản trị hệ thống.</p>
      </div>
    )
  }
  const options: RenderOptions = { imageSize: (src) => publicImageSize(src) }
  const titleIndex = guide.blocks.findIndex((b) => b.type === 'heading' && b.level === 1)
  const title = titleIndex === -1 ? null : (guide.blocks[titleIndex] as Extract<Block, { type: 'heading' }>)
  const body = guide.blocks.filter((_, i) => i !== titleIndex)
  const firstSection = body.findIndex((b) => b.type === 'heading')
  const intro = firstSection === -1 ? body : body.slice(0, firstSection)
  const sections = firstSection === -1 ? [] : body.slice(firstSection)
  return (
    <article className="app-guide">
      {crumbs}
      <h1 id={title?.id}>{title ? renderInline(title.children, options) : TITLE}</h1>
      {renderBlocks(intro, options)}
      <TableOfContents entries={guide.toc} />
      {renderBlocks(sections, options)}
      <p className="app-guide__top">
        <a href="#muc-luc">Về mục lục</a>
      </p>
    </article>
  )
}
