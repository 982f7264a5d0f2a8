import type { Payload, Where } from 'payload'
import type { LegalField, RegistryMember, Unit } from '@/payload-types'
import { canHandlePersonalData } from '@/shared/access/personal-data'
import type { RoleUser } from '@/shared/access/roles'
import { formatDate } from '@/shared/text/vietnamese'
import { writeXlsx, type XlsxCell, type XlsxRow } from '@/shared/xlsx/write'
import { REGISTRY_KINDS, REGISTRY_MEMBERS_SLUG, REGISTRY_STATUSES, type RegistryKind } from '../constants'
import { levelLabel } from '../constants-public'
import { columnsFor, FIELD_SEPARATOR, type Column, type ColumnKey } from './columns'

const kindLabel = (kind: string) => REGISTRY_KINDS.find((k) => k.value === kind)?.label ?? kind
const statusLabel = (status: string) => REGISTRY_STATUSES.find((s) => s.value === status)?.label ?? status

function cell(member: RegistryMember, key: ColumnKey): XlsxCell {
  const unit = typeof member.unit === 'object' && member.unit ? (member.unit as Unit) : null
  switch (key) {
    case 'fullName':
      return member.fullName
    case 'kind':
      return kindLabel(member.kind)
    case 'level':
      return levelLabel(member.level)
    case 'unit':
      return unit?.title ?? ''
    case 'position':
      return member.position
    case 'fields':
      return (member.fields ?? [])
        .filter((f): f is LegalField => typeof f === 'object' && f !== null)
        .map((f) => f.title)
        .join(FIELD_SEPARATOR)
    case 'recognitionNumber':
      return member.recognition?.number
    case 'recognitionDate':
      return formatDate(member.recognition?.date)
    case 'recognitionIssuer':
      return member.recognition?.issuer
    case 'dismissalNumber':
      return member.dismissal?.number
    case 'dismissalDate':
      return formatDate(member.dismissal?.date)
    case 'dismissalIssuer':
      return member.dismissal?.issuer
    case 'dismissalReason':
      return member.dismissal?.reason
    case 'status':
      return statusLabel(member.status)
    case 'phone':
      return member.contact?.phone
    case 'email':
      return member.contact?.email
    case 'note':
      return member.note
  }
}

/** A workbook of members: a title, a line saying when it was made, then the header and one row each. */
export function membersWorkbook(args: { title: string; members: RegistryMember[]; columns: Column[] }): Uint8Array {
  const rows: XlsxRow[] = [
    { cells: [args.title], style: 'title' },
    { cells: [`Xuất ngày ${formatDate(new Date())}; ${args.members.length} người.`] },
    { cells: [] },
    { cells: args.columns.map((c) => c.header), style: 'header' },
    ...args.members.map((m) => ({ cells: args.columns.map((c) => cell(m, c.key)), style: 'wrap' as const })),
  ]
  return writeXlsx([{ name: 'Đội ngũ', widths: args.columns.map((c) => c.width), rows }])
}

/**
 * The members a signed-in staff member exports from the admin, read with their own rights: all
 * registries or one; contact columns only for those who handle personal data.
 */
export async function staffExport(payload: Payload, user: RoleUser, kind: RegistryKind | null): Promise<Uint8Array> {
  const where: Where = kind ? { kind: { equals: kind } } : {}
  const found = await payload.find({
    collection: REGISTRY_MEMBERS_SLUG,
    where,
    sort: ['kind', 'fullName', 'id'],
    pagination: false,
    depth: 1,
    populate: { units: { title: true }, 'legal-fields': { title: true }, files: { url: true } },
    overrideAccess: false,
    user: user as never,
  })
  const columns = columnsFor(canHandlePersonalData(user) ? 'personal-data' : 'staff')
  const title = kind
    ? `Danh sách ${REGISTRY_KINDS.find((k) => k.value === kind)?.plural ?? ''}`
    : 'Danh sách đội ngũ phổ biến, giáo dục pháp luật'
  return membersWorkbook({ title, members: found.docs as RegistryMember[], columns })
}
