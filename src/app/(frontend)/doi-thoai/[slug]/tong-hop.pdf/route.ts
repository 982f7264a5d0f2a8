import { exportResponse } from '@/modules/dialogue/server/export-response'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return exportResponse((await params).slug, 'pdf')
}
