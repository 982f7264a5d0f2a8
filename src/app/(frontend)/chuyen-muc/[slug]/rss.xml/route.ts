import { feedResponse } from '@/modules/data-exchange/feeds/response'

export const revalidate = 300

/** The RSS 2.0 feed of one section (its sub-sections' articles included). */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse({ kind: 'section', slug: (await params).slug }, 'rss')
}
