import { feedResponse } from '@/modules/data-exchange/feeds/response'

export const revalidate = 300

/** The site-wide Atom 1.0 feed: newest articles and legal documents. */
export function GET() {
  return feedResponse({ kind: 'site' }, 'atom')
}
