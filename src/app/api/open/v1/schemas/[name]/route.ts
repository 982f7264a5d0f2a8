import { corsPreflight, jsonWithEtag } from '@/modules/data-exchange/open-api/handler'
import { notFound, problemResponse } from '@/modules/data-exchange/open-api/problem'
import { SCHEMAS } from '@/modules/data-exchange/schemas'

export const dynamic = 'force-dynamic'

/** GET /api/open/v1/schemas/<name>.schema.json: one JSON Schema of the data standard. */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params
  const schema = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined
  if (!schema) return problemResponse(notFound(`Không có lược đồ “${name.slice(0, 60)}”.`))
  return jsonWithEtag(request, schema)
}

export const OPTIONS = corsPreflight
