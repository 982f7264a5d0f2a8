import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import type { SyncConflict } from '@/payload-types'
import { editorial, nobody } from '@/shared/access/rules'
import { userError } from '@/shared/errors'
import { CONFLICT_KINDS, CONFLICT_STATUSES, SYNC_CONFLICTS_SLUG, SYNC_GROUP, SYNC_SOURCES_SLUG } from '../constants'

const readOnly = { readOnly: true } as const

/**
 * The only change an editor makes to an entry is its status, from "open" to a decision; the
 * decision is carried out here, in the same request (see ../resolve.ts). Everything else stays
 * as the follower recorded it.
 */
const resolveOnStatusChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || context.syncSystemWrite) return data
  const before = originalDoc as SyncConflict
  const choice = data.status
  const kept: Record<string, unknown> = { ...before }
  delete kept.id
  delete kept.createdAt
  delete kept.updatedAt
  if (choice === before.status || choice === undefined) return { ...kept, status: before.status }
  if (before.status !== 'open') {
    throw userError(before.kind === 'conflict' ? 'Xung đột này đã được xử lý.' : 'Mục này đã được xem xét.', 409)
  }
  if (before.kind !== 'conflict') {
    // A rejected record is fixed at its source (the next change brings it again); here the board
    // only marks that it has looked at it, so the list of open entries shows what is left.
    if (choice !== 'dismissed') {
      throw userError('Bản ghi bị từ chối chỉ có thể được đánh dấu "Đã xem xét, bỏ qua"; hãy sửa ở cổng nguồn.', 400)
    }
    return { ...kept, status: choice, resolvedBy: req.user?.id ?? null, resolvedAt: new Date().toISOString() }
  }
  if (choice !== 'kept-local' && choice !== 'took-remote') throw userError('Cách xử lý xung đột không hợp lệ.', 400)
  const { resolveConflict } = await import('../resolve')
  await resolveConflict(req, before, choice)
  return {
    ...kept,
    status: choice,
    resolvedBy: req.user?.id ?? null,
    resolvedAt: new Date().toISOString(),
  }
}

/**
 * Records of a source the follower did not apply: conflicts (the local copy was edited after the
 * last sync and the source changed too), for the editorial board to resolve, and rejections
 * (invalid or hostile records), for the record.
 */
export const SyncConflicts: CollectionConfig = {
  slug: SYNC_CONFLICTS_SLUG,
  labels: { singular: 'Xung đột đồng bộ', plural: 'Xung đột, bản ghi bị từ chối' },
  admin: {
    useAsTitle: 'title',
    group: SYNC_GROUP,
    defaultColumns: ['title', 'kind', 'status', 'syncSource', 'detectedAt'],
    description:
      'Xung đột: bản tại chỗ đã sửa sau lần đồng bộ và bản ở nguồn cũng thay đổi. Mở từng mục để chọn giữ bản tại chỗ hoặc lấy bản từ nguồn. Bản ghi bị từ chối được sửa ở cổng nguồn; sau khi xem xét, đánh dấu "Đã xem xét, bỏ qua".',
  },
  defaultSort: '-detectedAt',
  access: { read: editorial, create: nobody, update: editorial, delete: nobody },
  hooks: { beforeChange: [resolveOnStatusChange] },
  fields: [
    {
      name: 'actions',
      type: 'ui',
      admin: { components: { Field: '@/modules/data-exchange/sync/admin/conflict-actions#ConflictActions' } },
    },
    {
      name: 'title',
      label: 'Bản ghi',
      type: 'text',
      admin: readOnly,
      hooks: {
        beforeChange: [
          ({ siblingData }) => {
            const record = siblingData.record as { title?: unknown; number?: unknown } | null
            const name = typeof record?.title === 'string' ? record.title.slice(0, 200) : null
            return `${String(siblingData.entityType)} #${String(siblingData.sourceId)}${name ? ` — ${name}` : ''}`
          },
        ],
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: 'Loại',
          type: 'select',
          required: true,
          options: CONFLICT_KINDS.map((k) => ({ ...k })),
          admin: readOnly,
        },
        {
          name: 'status',
          label: 'Tình trạng',
          type: 'select',
          required: true,
          defaultValue: 'open',
          index: true,
          options: CONFLICT_STATUSES.map((s) => ({ ...s })),
          admin: {
            ...readOnly,
            components: { Cell: '@/modules/data-exchange/sync/admin/conflict-actions#ConflictStatusCell' },
          },
        },
      ],
    },
    { name: 'syncSource', label: 'Nguồn', type: 'relationship', relationTo: SYNC_SOURCES_SLUG, admin: readOnly },
    { name: 'entityType', label: 'Loại dữ liệu', type: 'text', required: true, admin: readOnly },
    { name: 'sourceId', label: 'Mã ở nguồn', type: 'number', required: true, admin: readOnly },
    { name: 'localCollection', label: 'Bộ sưu tập tại chỗ', type: 'text', admin: readOnly },
    { name: 'localId', label: 'Mã tại chỗ', type: 'number', admin: readOnly },
    { name: 'reason', label: 'Lý do', type: 'textarea', admin: readOnly },
    { name: 'record', label: 'Bản ghi từ nguồn (JSON)', type: 'json', admin: readOnly },
    {
      name: 'detectedAt',
      label: 'Phát hiện lúc',
      type: 'date',
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'resolvedBy', label: 'Người xử lý', type: 'relationship', relationTo: 'users', admin: readOnly },
    {
      name: 'resolvedAt',
      label: 'Xử lý lúc',
      type: 'date',
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
