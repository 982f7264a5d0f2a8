import type { RegistryMember } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import { XLSX_MIME } from '@/shared/xlsx/write'
import { REGISTRY_MEMBERS_SLUG } from '../constants'
import { kindByPath } from '../constants-public'
import { columnsFor } from '../xlsx/columns'
import { membersWorkbook } from '../xlsx/export'
import { parseMemberParams } from './list-params'
import { memberWhere, PUBLIC_POPULATE, PUBLIC_SELECT } from './find-members'

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** GET /doi-ngu/<kind>/xuat.xlsx?<filters>: the filtered public list, without contact or notes. */
export async function publicExportResponse(request: Request, path: string): Promise<Response> {
  const kind = kindByPath(path)
  if (!kind) return text(404, 'Không có đội ngũ này.')
  const params: Record<string, string | string[]> = {}
  const search = new URL(request.url).searchParams
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key)
    params[key] = values.length > 1 ? values : (values[0] ?? '')
  }
  const checked = parseMemberParams(params)
  if (!checked.ok) return text(400, checked.message)
  const payload = await portalPayload()
  const found = await payload.find({
    collection: REGISTRY_MEMBERS_SLUG,
    where: memberWhere(kind.value, checked.filters),
    sort: ['fullName', 'id'],
    pagination: false,
    depth: 1,
    select: PUBLIC_SELECT,
    populate: PUBLIC_POPULATE,
    overrideAccess: false,
    user: null,
  })
  const bytes = membersWorkbook({
    title: `Danh sách ${kind.plural}`,
    members: found.docs as RegistryMember[],
    columns: columnsFor('public'),
  })
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': XLSX_MIME,
      'Content-Disposition': `attachment; filename="${kind.path}.xlsx"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
