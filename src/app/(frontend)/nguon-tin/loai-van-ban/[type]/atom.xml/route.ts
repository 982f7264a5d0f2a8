import { feedResponse } from '@/modules/data-exchange/feeds/response'

export const revalidate = 300

/** The Atom 1.0 feed of one legal document type (luat, nghi-dinh, quyet-dinh…). */
export async function GET(_req: Request, { params }: { params: Promise<{ type: string }> }) {
  return feedResponse({ kind: 'document-type', type: (await params).type }, 'atom')
}
