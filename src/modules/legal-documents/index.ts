import type { PortalModule } from '@/modules/types'
import { DocumentMaterials } from './collections/document-materials'
import { DocumentRelations } from './collections/document-relations'
import { EffectHistory } from './collections/effect-history'
import { LegalDocuments } from './collections/legal-documents'
import { DOCUMENT_MATERIALS_SLUG, documentPath, LEGAL_DOCUMENTS_SLUG, materialPath } from './constants'
import { legalDocumentEntries } from './search-entries'

/**
 * Legal documents database: documents with their effect status and parsed full text, relations
 * between documents, the effect history, and companion materials. Public pages live under /van-ban.
 * The pure parsing layer is ./parse; server code (queries, the effect job, the importer) is
 * imported by routes and scripts directly, never through this manifest.
 */
export const legalDocumentsModule: PortalModule = {
  name: 'legal-documents',
  collections: [LegalDocuments, DocumentRelations, EffectHistory, DocumentMaterials],
  workflowCollections: [LEGAL_DOCUMENTS_SLUG, DOCUMENT_MATERIALS_SLUG],
  searchable: [
    { collection: LEGAL_DOCUMENTS_SLUG, label: 'Văn bản pháp luật', path: documentPath, entries: legalDocumentEntries },
    { collection: DOCUMENT_MATERIALS_SLUG, label: 'Tài liệu giới thiệu văn bản', path: materialPath },
  ],
}
