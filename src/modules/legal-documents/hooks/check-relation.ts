import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest, type Where } from 'payload'
import { isContributor, isEditorial, unitIdOf, type RoleUser } from '@/shared/access/roles'
import { userError } from '@/shared/errors'
import { locate, parseProvisionReference, RELATION_TYPES, type RelationTypeValue, type StructureTree } from '../parse'
import { DOCUMENT_RELATIONS_SLUG, LEGAL_DOCUMENTS_SLUG, SUPERSEDING_RELATIONS } from '../constants'
import { isEffectJob } from './context'
import { wouldCloseCycle } from './relation-cycle'

type DocLite = {
  id: number
  number?: string | null
  displayTitle?: string | null
  unit?: number | { id: number } | null
  workflowState?: string | null
  structure?: unknown
}

const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id)
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return null
}

function invalid(req: PayloadRequest, path: string, message: string): ValidationError {
  return new ValidationError({ collection: DOCUMENT_RELATIONS_SLUG, errors: [{ path, message }] }, req.t)
}

async function loadDoc(req: PayloadRequest, id: number, withStructure: boolean): Promise<DocLite | null> {
  // System read: the relation's rules need the documents whatever the writer may read.
  const found = await req.payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    select: withStructure
      ? { number: true, displayTitle: true, unit: true, workflowState: true, structure: true }
      : { number: true, displayTitle: true, unit: true, workflowState: true },
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as unknown as DocLite | undefined) ?? null
}

const typeLabel = (type: string): string => RELATION_TYPES.find((r) => r.value === type)?.label ?? type

/** Reads "Điểm c Khoản 2 Điều 8" and checks it against the target's parsed text when it has one. */
function checkProvision(req: PayloadRequest, provision: string, target: DocLite): string[] {
  const references = parseProvisionReference(provision)
  if (references.length === 0) {
    throw invalid(
      req,
      'provision',
      `Không đọc được “${provision}”. Hãy ghi như: Điểm c Khoản 2 Điều 8; Điều 5, Điều 6.`,
    )
  }
  const tree = target.structure as StructureTree | null | undefined
  if (tree && tree.mode === 'legal' && Array.isArray(tree.nodes)) {
    const located = locate(tree, provision)
    if (located.ok && located.missing.length > 0) {
      const missing = references
        .filter((r) => located.missing.includes(r.anchor))
        .map((r) =>
          [r.diem && `điểm ${r.diem}`, r.khoan && `khoản ${r.khoan}`, `Điều ${r.dieu}`].filter(Boolean).join(' '),
        )
      throw invalid(
        req,
        'provision',
        `Văn bản ${target.number ?? ''} không có ${missing.join('; ')}. Hãy kiểm tra lại điều, khoản, điểm bị tác động.`,
      )
    }
  }
  return references.map((r) => r.anchor)
}

function checkWriter(req: PayloadRequest, from: DocLite): void {
  const user = req.user as RoleUser | null
  if (!user || isEditorial(user) || !isContributor(user)) return
  const unit = unitIdOf(user)
  const fromUnit = idOf(from.unit)
  const editable = from.workflowState === 'draft' || from.workflowState === 'returned'
  if (unit === null || fromUnit !== Number(unit) || !editable) {
    throw userError('Cộng tác viên chỉ thêm, sửa quan hệ của văn bản nháp do đơn vị mình nhập.', 403)
  }
}

async function checkDuplicate(
  req: PayloadRequest,
  args: { from: number; to: number; type: string; provision: string; selfId?: number },
) {
  const { from, to, type, provision, selfId } = args
  const pairs =
    type === 'lien-quan'
      ? [
          { from, to },
          { from: to, to: from },
        ]
      : [{ from, to }]
  const found = await req.payload.find({
    collection: DOCUMENT_RELATIONS_SLUG,
    where: {
      and: [
        { type: { equals: type } },
        { or: pairs.map((p): Where => ({ and: [{ from: { equals: p.from } }, { to: { equals: p.to } }] })) },
        ...(selfId ? [{ id: { not_equals: selfId } }] : []),
      ],
    },
    depth: 0,
    limit: 50,
    select: { provision: true },
    overrideAccess: true,
    req,
  })
  const same = found.docs.some((d) => ((d as { provision?: string | null }).provision ?? '').trim() === provision)
  if (same) throw invalid(req, 'to', `Quan hệ “${typeLabel(type)}” giữa hai văn bản này đã có.`)
}

/** Whether the relation now names other documents, another type, provision or date. */
function saysSomethingElse(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const norm = (value: unknown): string => String(idOf(value) ?? value ?? '')
  return (['from', 'to', 'type', 'provision', 'effectiveAt'] as const).some(
    (key) => norm(before[key]) !== norm(after[key]),
  )
}

/**
 * Refuses impossible relations (a document acting on itself, a cycle of replacement or repeal, a
 * duplicate), checks the cited provision against the target, fills the label and anchors, and
 * forgets a previous application to the effect status when what the relation says has changed.
 */
export const checkRelation: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation, context }) => {
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  if (isEffectJob(context)) return next
  const merged = { ...previous, ...next }
  const from = idOf(merged.from)
  const to = idOf(merged.to)
  const type = String(merged.type ?? '') as RelationTypeValue
  if (from === null || to === null) return next
  if (from === to) throw invalid(req, 'to', 'Một văn bản không thể có quan hệ với chính nó.')

  const [fromDoc, toDoc] = await Promise.all([loadDoc(req, from, false), loadDoc(req, to, true)])
  if (!fromDoc) throw invalid(req, 'from', 'Không tìm thấy văn bản tác động.')
  if (!toDoc) throw invalid(req, 'to', 'Không tìm thấy văn bản bị tác động.')
  checkWriter(req, fromDoc)

  const provision = typeof merged.provision === 'string' ? merged.provision.trim() : ''
  next.provision = provision || null
  next.provisionAnchors = provision ? checkProvision(req, provision, toDoc) : null
  const selfId = operation === 'update' ? (previous.id as number | undefined) : undefined
  await checkDuplicate(req, { from, to, type, provision, selfId })

  if (SUPERSEDING_RELATIONS.includes(type) && (await wouldCloseCycle({ req, from, to, selfId }))) {
    throw invalid(
      req,
      'to',
      `Không thể ghi “${fromDoc.number} ${typeLabel(type).toLowerCase()} ${toDoc.number}”: văn bản ${toDoc.number} đã (trực tiếp hoặc gián tiếp) thay thế hoặc bãi bỏ văn bản ${fromDoc.number}.`,
    )
  }

  next.label = `${fromDoc.number ?? ''} ${typeLabel(type).toLowerCase()} ${toDoc.number ?? ''}`.trim()
  // The applied mark is the job's: a client cannot set it, and a changed relation is applied again.
  next.appliedAt = operation === 'update' && !saysSomethingElse(previous, merged) ? (previous.appliedAt ?? null) : null
  return next
}
