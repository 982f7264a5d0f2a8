import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { editorialOrUploader, uploadRoot, uploadedByField } from '@/modules/media/collections/media'
import { validateUpload } from '@/modules/media/hooks/validate-upload'
import type { Access } from 'payload'
import { hasRole, isContributor, isEditorial, ROLES, type RoleUser } from '@/shared/access/roles'
import { titleField } from '@/shared/fields/common'
import { ACTIVITIES_ADMIN_GROUP, ACTIVITY_EVIDENCE_SLUG } from '../constants'

const EVIDENCE_MIME_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/jpeg',
  'image/png',
]

/** The board and inspectors read all evidence; a contributor the files they uploaded; experts none. */
const readEvidence: Access = ({ req }) => {
  const user = req.user as RoleUser | null
  if (isEditorial(user) || hasRole(user, ROLES.viewer)) return true
  return isContributor(user) ? { uploadedBy: { equals: user!.id } } : false
}

const uploadEvidence: Access = ({ req }) => {
  const user = req.user as RoleUser | null
  return isEditorial(user) || isContributor(user)
}

/**
 * Evidence of an activity or a report (sign-in sheets, minutes, invoices, photos of the venue):
 * internal records, often with personal data, so only staff read them; never served publicly.
 */
export const ActivityEvidence: CollectionConfig = {
  slug: ACTIVITY_EVIDENCE_SLUG,
  labels: { singular: 'Hồ sơ minh chứng', plural: 'Hồ sơ minh chứng' },
  admin: {
    useAsTitle: 'title',
    group: ACTIVITIES_ADMIN_GROUP,
    defaultColumns: ['title', 'filename', 'filesize', 'createdAt'],
  },
  access: { read: readEvidence, create: uploadEvidence, update: editorialOrUploader, delete: editorialOrUploader },
  hooks: {
    beforeOperation: [
      validateUpload({
        allowed: EVIDENCE_MIME_TYPES,
        label: 'Chỉ nhận tệp PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ảnh JPG, PNG.',
      }),
    ],
  },
  upload: {
    staticDir: path.join(uploadRoot(), 'evidence'),
    mimeTypes: EVIDENCE_MIME_TYPES,
    crop: false,
    focalPoint: false,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  fields: [titleField('Tên hồ sơ', 300), uploadedByField],
}
