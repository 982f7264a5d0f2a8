import type { Payload } from 'payload'
import { userError } from '@/shared/errors'

export type UnitNode = { id: number | string; title: string; parent: number | string | null; kind: string | null }

const TREE_TTL_MS = 30_000
let tree: { at: number; payload: Payload; units: UnitNode[] } | null = null

/**
 * All units with their parents, kept for a few seconds (units change rarely; the public unit
 * select and every scope resolution read them). Units are public, so no access check is needed.
 */
export async function loadUnits(payload: Payload): Promise<UnitNode[]> {
  if (tree && tree.payload === payload && Date.now() - tree.at < TREE_TTL_MS) return tree.units
  const found = await payload.find({
    collection: 'units',
    pagination: false,
    depth: 0,
    sort: 'title',
    select: { title: true, parent: true, kind: true },
    // System read of a public collection (titles and the tree only).
    overrideAccess: true,
  })
  const units = found.docs.map((u) => {
    const parent = (u as { parent?: unknown }).parent
    return {
      id: u.id,
      title: String((u as { title?: unknown }).title ?? ''),
      parent:
        parent === null || parent === undefined
          ? null
          : typeof parent === 'object'
            ? (parent as { id: number | string }).id
            : (parent as number | string),
      kind: ((u as { kind?: string | null }).kind ?? null) as string | null,
    }
  })
  tree = { at: Date.now(), payload, units }
  return units
}

/** Forget the cached unit tree (after a unit changes; tests). */
export function forgetUnits(): void {
  tree = null
}

/** A unit and every unit under it, at any depth (cycles in bad data are ignored). */
export function descendantsOf(units: UnitNode[], rootId: number | string): (number | string)[] {
  const children = new Map<string, (number | string)[]>()
  for (const u of units) {
    if (u.parent === null) continue
    const key = String(u.parent)
    children.set(key, [...(children.get(key) ?? []), u.id])
  }
  const seen = new Set<string>([String(rootId)])
  const out: (number | string)[] = [rootId]
  for (let i = 0; i < out.length; i++) {
    for (const child of children.get(String(out[i])) ?? []) {
      if (seen.has(String(child))) continue
      seen.add(String(child))
      out.push(child)
    }
  }
  return out
}

/**
 * The unit chosen on a dashboard and all its sub-units; null for province-wide. An unknown unit
 * is the visitor's mistake: a Vietnamese 400.
 */
export async function resolveUnitScope(
  payload: Payload,
  unitId: number | string | null,
): Promise<{ unit: UnitNode; unitIds: (number | string)[] } | null> {
  if (unitId === null) return null
  let units = await loadUnits(payload)
  let unit = units.find((u) => String(u.id) === String(unitId))
  if (!unit) {
    // a unit created since the tree was read
    forgetUnits()
    units = await loadUnits(payload)
    unit = units.find((u) => String(u.id) === String(unitId))
  }
  if (!unit) throw userError('Không tìm thấy đơn vị đã chọn.', 400)
  return { unit, unitIds: descendantsOf(units, unit.id) }
}

/** Units listed in a select, indented under their parents ("— Phòng Tư pháp…"). */
export function unitOptions(units: UnitNode[]): { id: number | string; label: string; depth: number }[] {
  const byParent = new Map<string, UnitNode[]>()
  const ids = new Set(units.map((u) => String(u.id)))
  for (const u of units) {
    const key = u.parent !== null && ids.has(String(u.parent)) ? String(u.parent) : 'root'
    byParent.set(key, [...(byParent.get(key) ?? []), u])
  }
  const out: { id: number | string; label: string; depth: number }[] = []
  const seen = new Set<string>()
  const walk = (key: string, depth: number) => {
    for (const u of byParent.get(key) ?? []) {
      if (seen.has(String(u.id))) continue
      seen.add(String(u.id))
      out.push({ id: u.id, label: `${'— '.repeat(depth)}${u.title}`, depth })
      walk(String(u.id), depth + 1)
    }
  }
  walk('root', 0)
  return out
}
