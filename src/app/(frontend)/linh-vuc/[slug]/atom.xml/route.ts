import { feedResponse } from '@/modules/data-exchange/feeds/response'

export const revalidate = 300

/** The Atom 1.0 feed of one legal field: its articles and legal documents. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse({ kind: 'legal-field', slug: (await params).slug }, 'atom')
}
