import { createElement as h } from 'react'
import { ImageResponse } from 'next/og'
import type { CollectionSlug } from 'payload'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { portalPayload } from '@/shared/content/payload'
import { fontBytes } from '@/shared/pdf'

/**
 * The generated share image (Open Graph / Twitter card) of a page without a picture of its own:
 * its title and the site's name on the portal's colours, set in the DejaVu fonts the portal ships
 * (they cover Vietnamese). Only published items have one: the title is read as a visitor.
 */

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** Which pages have a generated image, and where their title comes from. */
const KINDS = {
  'bai-viet': { collection: 'articles', label: 'Tin bài' },
  'van-ban': { collection: 'legal-documents', label: 'Văn bản pháp luật' },
  'su-kien': { collection: 'events', label: 'Sự kiện' },
} as const
export type ShareImageKind = keyof typeof KINDS

/** The site-relative address of a page's share image. */
export const shareImagePath = (kind: ShareImageKind, slug: string): string => `/anh-chia-se/${kind}/${slug}`

const SLUG = /^[a-z0-9-]{1,160}$/

async function publishedTitle(kind: ShareImageKind, slug: string): Promise<string | null> {
  const payload = await portalPayload()
  const found = await payload.find({
    collection: KINDS[kind].collection as CollectionSlug,
    where: { slug: { equals: slug } },
    select: kind === 'van-ban' ? { displayTitle: true, title: true } : { title: true },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  const doc = found.docs[0] as { title?: string; displayTitle?: string | null } | undefined
  return doc ? doc.displayTitle || doc.title || null : null
}

/** Smaller type for longer titles, so that any title fits in five lines. */
const titleSize = (title: string): number => (title.length <= 60 ? 64 : title.length <= 110 ? 52 : 42)

export function renderShareImage(args: { title: string; kicker: string; siteName: string; operator: string }) {
  const title = args.title.length > 180 ? `${args.title.slice(0, 177).trimEnd()}…` : args.title
  return new ImageResponse(
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: '100%',
          height: '100%',
          padding: '56px 64px',
          background: '#8b1a1a',
          color: '#ffffff',
          fontFamily: 'DejaVu Sans',
        },
      },
      h('div', { style: { display: 'flex', fontSize: 26, fontWeight: 700, color: '#f6d58e' } }, args.siteName),
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column' } },
        h('div', { style: { display: 'flex', fontSize: 28, marginBottom: 20, color: '#f3e3e3' } }, args.kicker),
        h('div', { style: { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.25 } }, title),
      ),
      h(
        'div',
        { style: { display: 'flex', fontSize: 26, borderTop: '3px solid #f6d58e', paddingTop: 18 } },
        args.operator,
      ),
    ),
    {
      ...SHARE_IMAGE_SIZE,
      fonts: [
        { name: 'DejaVu Sans', data: fontBytes('DejaVuSans.ttf'), weight: 400, style: 'normal' },
        { name: 'DejaVu Sans', data: fontBytes('DejaVuSans-Bold.ttf'), weight: 700, style: 'normal' },
      ],
      headers: { 'Cache-Control': 'public, max-age=86400' },
    },
  )
}

/** The PNG for /anh-chia-se/<kind>/<slug>; a plain Vietnamese 404 for anything not published. */
export async function shareImageResponse(kind: string, slug: string): Promise<Response> {
  const spec = Object.hasOwn(KINDS, kind) ? KINDS[kind as ShareImageKind] : null
  const title = spec && SLUG.test(slug) ? await publishedTitle(kind as ShareImageKind, slug) : null
  if (!spec || !title) {
    return new Response('Không có ảnh chia sẻ cho địa chỉ này.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const settings = await getSiteSettings()
  return renderShareImage({
    title,
    kicker: spec.label,
    siteName: `${settings.siteName} ${settings.provinceName}`,
    operator: settings.operatorName,
  })
}
