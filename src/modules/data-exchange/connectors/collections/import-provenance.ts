import type { CollectionConfig } from 'payload'
import { editorial, nobody } from '@/shared/access/rules'
import { CONNECTOR_SOURCES } from '../types'

export const IMPORT_PROVENANCE_SLUG = 'import-provenance' as const

/**
 * Where each imported legal document came from: one row per (source, source id), written only by
 * the connectors (as the system, inside the import's transaction) and read by the editorial board.
 * A second import of the same record finds its document here, so importing twice changes nothing.
 */
export const ImportProvenance: CollectionConfig = {
  slug: IMPORT_PROVENANCE_SLUG,
  labels: { singular: 'Nguồn dữ liệu nhập', plural: 'Nguồn dữ liệu nhập' },
  admin: {
    group: 'Văn bản pháp luật',
    useAsTitle: 'sourceId',
    defaultColumns: ['document', 'source', 'sourceId', 'fetchedAt'],
    description: 'Văn bản được nhập từ nguồn nào, mã bản ghi ở nguồn và thời điểm lấy dữ liệu.',
  },
  access: { read: editorial, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['source', 'sourceId'], unique: true }],
  fields: [
    {
      name: 'source',
      label: 'Nguồn',
      type: 'select',
      required: true,
      options: CONNECTOR_SOURCES.map((s) => ({ value: s.value, label: s.label })),
    },
    { name: 'sourceId', label: 'Mã bản ghi ở nguồn', type: 'text', required: true, maxLength: 300 },
    { name: 'sourceUrl', label: 'Địa chỉ ở nguồn', type: 'text', maxLength: 500 },
    { name: 'fetchedAt', label: 'Lấy dữ liệu lúc', type: 'date', required: true },
    {
      name: 'document',
      label: 'Văn bản',
      type: 'relationship',
      relationTo: 'legal-documents',
      required: true,
      index: true,
      // Where the document came from: deleted with it (legal-documents' beforeDelete).
      custom: { deletedWithTarget: true },
    },
  ],
}
