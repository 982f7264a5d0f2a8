import path from 'node:path'
import type { Access, CollectionConfig } from 'payload'
import { anyone, writers } from '@/shared/access/rules'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { noMarkup } from '@/shared/fields/common'
import { validateUpload } from '../hooks/validate-upload'

export const uploadRoot = (): string =>
  path.resolve(process.env.UPLOAD_DIR || path.join(process.cwd(), 'data', 'uploads'))

/** The editorial board changes any upload; others only what they uploaded. */
export const editorialOrUploader: Access = ({ req }) => {
  const user = req.user as RoleUser | null
  if (!user) return false
  if (isEditorial(user)) return true
  if ((user as { role?: string }).role !== 'contributor') return false
  return { uploadedBy: { equals: user.id } }
}

export const uploadedByField = {
  name: 'uploadedBy',
  label: 'Người tải lên',
  type: 'relationship' as const,
  relationTo: 'users' as const,
  admin: { readOnly: true, position: 'sidebar' as const },
  hooks: {
    // Set from the signed-in user on create and kept from the stored document afterwards: the
    // uploader decides who may change or delete the file, so no client may rewrite it.
    beforeChange: [
      ({
        req,
        operation,
        value,
        originalDoc,
      }: {
        req: { user?: { id: number | string } | null }
        operation?: string
        value?: unknown
        originalDoc?: { uploadedBy?: unknown }
      }) => {
        if (operation === 'create') return req.user?.id ?? null
        if (!originalDoc) return value
        const stored = originalDoc.uploadedBy
        return stored && typeof stored === 'object' ? (stored as { id: number | string }).id : (stored ?? null)
      },
    ],
  },
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Ảnh', plural: 'Thư viện ảnh' },
  admin: { useAsTitle: 'alt', group: 'Tệp và ảnh', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: writers, update: editorialOrUploader, delete: editorialOrUploader },
  hooks: {
    beforeOperation: [
      validateUpload({
        allowed: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
        label: 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.',
      }),
    ],
  },
  upload: {
    staticDir: path.join(uploadRoot(), 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    // Images are re-encoded by sharp when resized, so metadata is dropped from the sizes served.
    imageSizes: [
      {
        name: 'thumbnail',
        width: 400,
        height: 225,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 78 } },
      },
      {
        name: 'card',
        width: 800,
        height: 450,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'og',
        width: 1200,
        height: 630,
        position: 'centre',
        formatOptions: { format: 'jpeg', options: { quality: 82 } },
      },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      label: 'Mô tả ảnh (văn bản thay thế)',
      type: 'text',
      required: true,
      maxLength: 300,
      validate: (value: unknown) => {
        if (typeof value !== 'string' || value.trim().length < 5) {
          return 'Hãy mô tả nội dung ảnh (ít nhất 5 ký tự) cho người dùng trình đọc màn hình.'
        }
        return noMarkup(value)
      },
    },
    { name: 'credit', label: 'Nguồn ảnh', type: 'text', maxLength: 200, validate: noMarkup },
    uploadedByField,
  ],
}
