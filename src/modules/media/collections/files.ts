import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, writers } from '@/shared/access/rules'
import { titleField } from '@/shared/fields/common'
import { validateUpload } from '../hooks/validate-upload'
import { editorialOrUploader, uploadRoot, uploadedByField } from './media'

export const FILE_MIME_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]

/** Attached documents (PDF, Word, Excel, PowerPoint, OpenDocument). */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: 'Tệp đính kèm', plural: 'Tệp đính kèm' },
  admin: { useAsTitle: 'title', group: 'Tệp và ảnh', defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'] },
  access: { read: anyone, create: writers, update: editorialOrUploader, delete: editorialOrUploader },
  hooks: {
    beforeOperation: [
      validateUpload({
        allowed: [
          'application/pdf',
          'application/msword',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ],
        label:
          'Chỉ nhận tài liệu PDF, Word (DOC, DOCX), Excel (XLS, XLSX), PowerPoint (PPT, PPTX) hoặc OpenDocument (ODT, ODS).',
      }),
    ],
  },
  upload: {
    staticDir: path.join(uploadRoot(), 'files'),
    mimeTypes: FILE_MIME_TYPES,
    // Served as downloads so that no document is rendered inline by the browser from our origin.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [titleField('Tên tệp hiển thị', 300), uploadedByField],
}
