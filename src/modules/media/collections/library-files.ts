import path from 'node:path'
import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { isStaff, type RoleUser } from '@/shared/access/roles'
import { writers } from '@/shared/access/rules'
import { titleField } from '@/shared/fields/common'
import { validateLibraryUpload } from '../hooks/validate-library-upload'
import { LIBRARY_FILE_FAMILIES, LIBRARY_FILES_SLUG, type LibraryFileFamily } from '../library/constants'
import { editorialOrUploader, uploadRoot, uploadedByField } from './media'

const MIME_TYPES = [...new Set(Object.values(LIBRARY_FILE_FAMILIES).flatMap((f) => [...f.mimes]))]

/** Records which family a stored file belongs to, from its (already verified) type and name. */
const setFamily: CollectionBeforeChangeHook = ({ data, req }) => {
  const name = (req.file?.name ?? (data as { filename?: string }).filename ?? '').toLowerCase()
  const mime = String(req.file?.mimetype ?? (data as { mimeType?: string }).mimeType ?? '')
  const ext = name.split('.').pop() ?? ''
  let family: LibraryFileFamily | null = null
  if (ext === 'vtt') family = 'captions'
  else if (mime.startsWith('video/')) family = 'video'
  else if (mime.startsWith('audio/')) family = 'audio'
  else if (mime === 'application/pdf') family = 'pdf'
  if (family) (data as { family?: string }).family = family
  if (family === 'captions') (data as { mimeType?: string }).mimeType = 'text/vtt'
  return data
}

/** Staff see every library file; the public only those a published item uses (see isPublic). */
const staffOrPublic: Access = ({ req }) =>
  isStaff(req.user as RoleUser | null) ? true : { isPublic: { equals: true } }

/**
 * The media library's own files: videos, audio programmes, PDF books and WebVTT captions. Images
 * (posters, covers, infographics) stay in the `media` collection, which makes their sizes.
 */
export const LibraryFiles: CollectionConfig = {
  slug: LIBRARY_FILES_SLUG,
  labels: { singular: 'Tệp thư viện', plural: 'Tệp thư viện (video, âm thanh, PDF, phụ đề)' },
  admin: {
    useAsTitle: 'title',
    group: 'Tệp và ảnh',
    defaultColumns: ['title', 'family', 'filename', 'filesize', 'updatedAt'],
  },
  access: { read: staffOrPublic, create: writers, update: editorialOrUploader, delete: editorialOrUploader },
  hooks: { beforeOperation: [validateLibraryUpload], beforeChange: [setFamily] },
  upload: {
    staticDir: path.join(uploadRoot(), 'library'),
    mimeTypes: MIME_TYPES,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      const type = headers.get('Content-Type') ?? ''
      // Captions are UTF-8 Vietnamese text; say so rather than let the browser guess.
      if (type === 'text/vtt') headers.set('Content-Type', 'text/vtt; charset=utf-8')
      // PDFs are read in the page (inline); nothing else of ours may frame them.
      if (type === 'application/pdf') {
        headers.set('Content-Disposition', 'inline')
        headers.set('Content-Security-Policy', "frame-ancestors 'self'")
      }
      headers.set('Cache-Control', 'public, max-age=86400')
      return headers
    },
  },
  fields: [
    titleField('Tên tệp hiển thị', 300),
    {
      name: 'family',
      label: 'Loại tệp',
      type: 'select',
      index: true,
      options: [
        { label: 'Video', value: 'video' },
        { label: 'Âm thanh', value: 'audio' },
        { label: 'PDF', value: 'pdf' },
        { label: 'Phụ đề WebVTT', value: 'captions' },
      ],
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: 'Tự nhận biết từ nội dung tệp.' },
    },
    {
      name: 'isPublic',
      label: 'Đang dùng trong tài liệu đã xuất bản',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      // Kept by the library items' hooks (syncFileVisibility), never set by hand.
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    uploadedByField,
  ],
}
