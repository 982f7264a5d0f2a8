import type { CollectionConfig } from 'payload'
import { editorial, nobody } from '@/shared/access/rules'
import { SYNC_GROUP, SYNC_RECORDS_SLUG, SYNC_SOURCES_SLUG } from '../constants'

/**
 * Provenance of each document the follower brought in: which source and record it is, where its
 * original lives, when it was fetched and what it looked like (hash), and the local copy's
 * updatedAt right after the sync, so a later local edit is noticed before the next overwrite.
 * Written only by the follower (system); the editorial board reads it.
 */
export const SyncRecords: CollectionConfig = {
  slug: SYNC_RECORDS_SLUG,
  labels: { singular: 'Bản ghi đồng bộ', plural: 'Bản ghi đồng bộ' },
  admin: {
    useAsTitle: 'sourceUrl',
    group: SYNC_GROUP,
    defaultColumns: ['syncSource', 'entityType', 'sourceId', 'localCollection', 'localId', 'remoteState', 'fetchedAt'],
    description: 'Nguồn gốc của từng bài viết, văn bản lấy về từ cổng khác.',
  },
  access: { read: editorial, create: nobody, update: nobody, delete: nobody },
  // One row per record of a source: the upsert key, also against two runs racing.
  indexes: [{ fields: ['syncSource', 'entityType', 'sourceId'], unique: true }],
  fields: [
    // Named syncSource, not source: a relationship's column is <name>_id, and source_id is sourceId's.
    {
      name: 'syncSource',
      label: 'Nguồn',
      type: 'relationship',
      relationTo: SYNC_SOURCES_SLUG,
      required: true,
      // Deleted with the source (its beforeDelete).
      custom: { deletedWithTarget: true },
    },
    { name: 'entityType', label: 'Loại', type: 'text', required: true },
    { name: 'sourceId', label: 'Mã ở nguồn', type: 'number', required: true },
    { name: 'sourceUrl', label: 'Trang gốc', type: 'text' },
    { name: 'localCollection', label: 'Bộ sưu tập tại chỗ', type: 'text', required: true },
    { name: 'localId', label: 'Mã tại chỗ', type: 'number', index: true },
    {
      name: 'pendingSlug',
      type: 'text',
      admin: { hidden: true },
      // Set before the local copy is created, so a crash between the two writes (SQLite has no
      // transaction here) is repaired by finding the copy by this slug on the next run.
    },
    {
      name: 'remoteState',
      label: 'Trạng thái ở nguồn',
      type: 'select',
      options: [
        { value: 'published', label: 'Đang công bố' },
        { value: 'unpublished', label: 'Đã gỡ' },
        { value: 'deleted', label: 'Đã xóa' },
      ],
    },
    { name: 'fetchedAt', label: 'Lấy về lúc', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sourceUpdatedAt', label: 'Cập nhật ở nguồn lúc', type: 'date' },
    { name: 'localUpdatedAtAfterSync', label: 'Bản tại chỗ sau đồng bộ', type: 'date' },
    { name: 'recordHash', label: 'Mã băm bản ghi', type: 'text' },
  ],
}
