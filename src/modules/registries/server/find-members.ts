import type { Payload, Where } from 'payload'
import type { File, LegalField, RegistryMember, Unit } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import { fold } from '@/shared/text/vietnamese'
import { REGISTRY_KINDS, REGISTRY_LEVELS, REGISTRY_MEMBERS_SLUG, type RegistryKind } from '../constants'
import { MEMBERS_PAGE_SIZE } from '../constants-public'
import type { MemberFilters } from './list-params'

/** What a public page shows of a member: never the contact or the internal note. */
export type PublicMember = Pick<
  RegistryMember,
  'id' | 'fullName' | 'kind' | 'level' | 'position' | 'status' | 'recognition' | 'dismissal'
> & { unit: Pick<Unit, 'id' | 'title' | 'slug'> | null; fields: Pick<LegalField, 'id' | 'title' | 'slug'>[] }

export type MemberPage = { docs: PublicMember[]; page: number; totalPages: number; totalDocs: number }

export const PUBLIC_SELECT = {
  fullName: true,
  kind: true,
  level: true,
  unit: true,
  position: true,
  fields: true,
  recognition: true,
  dismissal: true,
  status: true,
} as const

export const PUBLIC_POPULATE = {
  units: { title: true, slug: true },
  'legal-fields': { title: true, slug: true },
  files: { url: true, filename: true, filesize: true, mimeType: true },
} as const

export function memberWhere(kind: RegistryKind, filters: Omit<MemberFilters, 'page'>): Where {
  const and: Where[] = [{ kind: { equals: kind } }]
  if (filters.status === 'dang-hoat-dong') and.push({ status: { equals: 'active' } })
  if (filters.status === 'da-mien-nhiem') and.push({ status: { equals: 'dismissed' } })
  if (filters.level) and.push({ level: { equals: filters.level } })
  if (filters.unit) and.push({ 'unit.slug': { equals: filters.unit } })
  if (filters.field) and.push({ 'fields.slug': { equals: filters.field } })
  if (filters.query) and.push({ nameFolded: { like: fold(filters.query) } })
  return { and }
}

export function toPublicMember(doc: RegistryMember): PublicMember {
  const unit = typeof doc.unit === 'object' && doc.unit ? doc.unit : null
  return {
    id: doc.id,
    fullName: doc.fullName,
    kind: doc.kind,
    level: doc.level,
    position: doc.position ?? null,
    status: doc.status,
    recognition: doc.recognition,
    dismissal: doc.dismissal,
    unit: unit ? { id: unit.id, title: unit.title, slug: unit.slug } : null,
    fields: (doc.fields ?? []).filter((f): f is LegalField => typeof f === 'object' && f !== null),
  }
}

/** One page of a registry as an anonymous visitor may read it. */
export async function findMembers(
  kind: RegistryKind,
  filters: MemberFilters,
  payload?: Payload,
  limit = MEMBERS_PAGE_SIZE,
): Promise<MemberPage> {
  const p = payload ?? (await portalPayload())
  const result = await p.find({
    collection: REGISTRY_MEMBERS_SLUG,
    where: memberWhere(kind, filters),
    sort: ['fullName', 'id'],
    page: filters.page,
    limit,
    depth: 1,
    select: PUBLIC_SELECT,
    populate: PUBLIC_POPULATE,
    overrideAccess: false,
    user: null,
  })
  return {
    docs: (result.docs as RegistryMember[]).map(toPublicMember),
    page: result.page ?? 1,
    totalPages: Math.max(1, result.totalPages),
    totalDocs: result.totalDocs,
  }
}

/** The units and legal fields that appear in a registry, for the filter lists. */
export async function memberFilterOptions(kind: RegistryKind, payload?: Payload) {
  const p = payload ?? (await portalPayload())
  const members = await p.find({
    collection: REGISTRY_MEMBERS_SLUG,
    where: { kind: { equals: kind } },
    pagination: false,
    depth: 0,
    select: { unit: true, fields: true },
    overrideAccess: false,
    user: null,
  })
  const unitIds = new Set<number>()
  const fieldIds = new Set<number>()
  for (const m of members.docs) {
    if (typeof m.unit === 'number') unitIds.add(m.unit)
    for (const f of m.fields ?? []) if (typeof f === 'number') fieldIds.add(f)
  }
  const [units, fields] = await Promise.all([
    unitIds.size
      ? p.find({
          collection: 'units',
          where: { id: { in: [...unitIds] } },
          pagination: false,
          depth: 0,
          select: { title: true, slug: true },
          sort: 'title',
          overrideAccess: false,
          user: null,
        })
      : null,
    fieldIds.size
      ? p.find({
          collection: 'legal-fields',
          where: { id: { in: [...fieldIds] } },
          pagination: false,
          depth: 0,
          select: { title: true, slug: true },
          sort: 'title',
          overrideAccess: false,
          user: null,
        })
      : null,
  ])
  return {
    units: (units?.docs ?? []).map((u) => ({ slug: u.slug ?? '', title: u.title })).filter((u) => u.slug),
    fields: (fields?.docs ?? []).map((f) => ({ slug: f.slug ?? '', title: f.title })).filter((f) => f.slug),
  }
}

/** Active members of each registry by level, for /doi-ngu. */
export async function registryCounts(payload?: Payload) {
  const p = payload ?? (await portalPayload())
  const pairs = REGISTRY_KINDS.flatMap((k) => REGISTRY_LEVELS.map((l) => ({ kind: k.value, level: l.value })))
  const counts = await Promise.all(
    pairs.map(({ kind, level }) =>
      p.count({
        collection: REGISTRY_MEMBERS_SLUG,
        where: { kind: { equals: kind }, level: { equals: level }, status: { equals: 'active' } },
        overrideAccess: false,
        user: null,
      }),
    ),
  )
  return pairs.map((pair, i) => ({ ...pair, count: counts[i]?.totalDocs ?? 0 }))
}

export const fileOf = (value: unknown): Pick<File, 'url' | 'filename' | 'filesize' | 'mimeType'> | null =>
  value && typeof value === 'object' && 'url' in value && (value as File).url ? (value as File) : null
