import { portalPayload } from '@/shared/content/payload'
import { forgetUnits, loadUnits } from './unit-scope'

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** Whether a unit exists, for the proxy's check of /thong-ke?don-vi=… (see the route). */
export async function unitExistsResponse(request: Request): Promise<Response> {
  const id = new URL(request.url).searchParams.get('id') ?? ''
  if (!/^[1-9][0-9]{0,9}$/.test(id)) return json({ error: 'Mã đơn vị không hợp lệ.' }, 400)
  const payload = await portalPayload()
  let units = await loadUnits(payload)
  if (!units.some((u) => String(u.id) === id)) {
    // a unit created since the tree was read
    forgetUnits()
    units = await loadUnits(payload)
  }
  return units.some((u) => String(u.id) === id) ? json({ exists: true }, 200) : json({ exists: false }, 404)
}
