import { corsPreflight, jsonWithEtag } from '@/modules/data-exchange/open-api/handler'
import { openApiDocument } from '@/modules/data-exchange/open-api/openapi'

export const dynamic = 'force-dynamic'

/** The OpenAPI 3.1 description of the open API, with the data standard's JSON Schemas inlined. */
export function GET(request: Request) {
  return jsonWithEtag(request, openApiDocument())
}

export const OPTIONS = corsPreflight
