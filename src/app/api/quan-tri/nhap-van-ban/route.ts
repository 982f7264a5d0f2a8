import { connectorImportResponse } from '@/modules/data-exchange/connectors/routes'

export const dynamic = 'force-dynamic'

export async function POST(request: Request) {
  return connectorImportResponse(request)
}
