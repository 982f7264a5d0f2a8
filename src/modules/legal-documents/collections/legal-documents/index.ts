import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'
import { withWorkflow } from '@/shared/workflow/with-workflow'
import { EFFECT_HISTORY_SLUG, LEGAL_DOCUMENTS_SLUG } from '../../constants'
import { checkIdentity } from '../../hooks/check-identity'
import { deriveDocumentKeys } from '../../hooks/document-keys'
import { computeStructure } from '../../hooks/document-structure'
import { logManualStatusChange } from '../../hooks/log-status-change'
import { legalDocumentFields } from './fields'

/**
 * A document deleted takes its own bookkeeping with it: its effect history and where it was imported
 * from (one statement each, in the delete's transaction). Relations to and from other documents,
 * citations and the like are not its own: while any remains, the delete is refused
 * (src/shared/fields/delete-guard.ts).
 */
const deleteOwnRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of [EFFECT_HISTORY_SLUG, 'import-provenance'] as const) {
    await req.payload.db.deleteMany({ collection, where: { document: { equals: id } }, req })
  }
}

/**
 * Legal documents (văn bản): metadata, effect status, full text with its parsed structure. Published
 * by the editorial board through the workflow; contributors may draft for their unit.
 */
const config = withWorkflow({
  slug: LEGAL_DOCUMENTS_SLUG,
  labels: { singular: 'Văn bản pháp luật', plural: 'Văn bản pháp luật' },
  admin: {
    useAsTitle: 'displayTitle',
    group: 'Văn bản pháp luật',
    defaultColumns: ['displayTitle', 'type', 'issuedAt', 'status', 'workflowState'],
    listSearchableFields: ['displayTitle', 'number', 'title'],
    description: 'Cơ sở dữ liệu văn bản: thuộc tính, hiệu lực, toàn văn có mục lục và quan hệ giữa các văn bản.',
  },
  fields: legalDocumentFields(),
  hooks: {
    beforeChange: [deriveDocumentKeys, checkIdentity, computeStructure],
    afterChange: [logManualStatusChange],
    beforeDelete: [deleteOwnRecords],
  },
})

export const LegalDocuments: CollectionConfig = {
  ...config,
  // A version stores the whole text and its tree (up to ~1.5 MB for a code): keep fewer.
  versions: { maxPerDoc: 10 },
  defaultPopulate: {
    displayTitle: true,
    title: true,
    number: true,
    type: true,
    slug: true,
    status: true,
    issuedAt: true,
    effectiveAt: true,
    workflowState: true,
  },
}
