import { headers as nextHeaders } from 'next/headers'
import type { Dialogue, User } from '@/payload-types'
import { isStaff, type RoleUser } from '@/shared/access/roles'
import { portalPayload } from '@/shared/content/payload'
import { DIALOGUES_SLUG } from '../constants'
import { summaryPdf } from '../export/pdf'
import { summaryXlsx } from '../export/xlsx'
import { isClosed } from '../phase'
import { buildSummary, type Summary } from './summary'

/**
 * The summary for a download or the preview page: public once published; before that only staff
 * signed in to the admin see it (as a preview), read with their own rights.
 */
export async function summaryFor(
  slug: string,
): Promise<{ dialogue: Dialogue; summary: Summary; preview: boolean } | null> {
  if (!/^[a-z0-9-]{1,160}$/.test(slug)) return null
  const payload = await portalPayload()
  const { user } = await payload.auth({ headers: await nextHeaders() })
  const staff = user && isStaff(user as RoleUser) ? (user as User) : null
  const found = await payload.find({
    collection: DIALOGUES_SLUG,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    user: staff,
  })
  const dialogue = found.docs[0]
  if (!dialogue) return null
  const published = dialogue.workflowState === 'published' && dialogue.summaryPublished === true && isClosed(dialogue)
  if (!published && !staff) return null
  return { dialogue, summary: await buildSummary(payload, dialogue, published ? null : staff), preview: !published }
}

const notFound = () =>
  new Response('Bảng tổng hợp chưa được công bố hoặc không tồn tại.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })

export async function exportResponse(slug: string, format: 'xlsx' | 'pdf'): Promise<Response> {
  const found = await summaryFor(slug)
  if (!found) return notFound()
  const bytes = format === 'xlsx' ? summaryXlsx(found.summary) : await summaryPdf(found.summary)
  const type =
    format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf'
  return new Response(Buffer.from(bytes), {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="tong-hop-${slug}.${format}"`,
      // A preview is per person; a published table may be cached briefly.
      'Cache-Control': found.preview ? 'private, no-store' : 'public, max-age=300',
    },
  })
}
