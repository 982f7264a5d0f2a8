import { bookshelfResponse } from '@/modules/data-exchange/connectors/routes'

export const dynamic = 'force-dynamic'

export async function GET() {
  return bookshelfResponse('json')
}
