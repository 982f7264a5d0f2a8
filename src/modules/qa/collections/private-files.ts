import path from 'node:path'
import type { Access, CollectionBeforeOperationHook, CollectionConfig, Where } from 'payload'
import { uploadRoot } from '@/modules/media/collections/media'
import { validateUpload } from '@/modules/media/hooks/validate-upload'
import { logPrivacyEvent } from '@/modules/privacy/audit'
import { canHandlePersonalData } from '@/shared/access/personal-data'
import { hasRole, isChief, ROLES, type RoleUser } from '@/shared/access/roles'
import { userError } from '@/shared/errors'
import { assignedTo } from '../access/questions'
import { PRIVATE_FILES_SLUG, QA_ADMIN_GROUP, QUESTIONS_SLUG } from '../constants'
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MIME_TYPES, attachmentLimitBytes, extensionOf } from '../public/attachment'

const asUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)
const NOTHING: Where = { id: { equals: -1 } }

/** Where a private file lives on disk: beside the public uploads, never under a served folder. */
export const privateFilesDir = (): string => path.join(uploadRoot(), 'private')

/**
 * The files an expert may read: the attachments of the questions assigned to them or to their
 * unit. The expert cannot read the questions' attachment field itself (personal data), so this
 * lookup reads it as the system and returns only the matching file ids.
 */
async function expertFileIds(req: Parameters<Access>[0]['req'], user: RoleUser): Promise<(number | string)[]> {
  const found = await req.payload.find({
    collection: QUESTIONS_SLUG,
    where: { and: [assignedTo(user), { attachment: { exists: true } }] },
    select: { attachment: true },
    depth: 0,
    pagination: false,
    // Access lookup: the caller's own rights are what is being computed here.
    overrideAccess: true,
    req,
  })
  return found.docs
    .map((doc) => (doc as { attachment?: number | string | { id: number | string } | null }).attachment)
    .map((a) => (a && typeof a === 'object' ? a.id : a))
    .filter((id): id is number | string => id !== null && id !== undefined)
}

/**
 * Read: the editorial board, and the expert assigned to the question (or an expert of the
 * assigned unit). Downloads through /api/private-files/file/<name> pass here too, and are
 * recorded in the personal-data audit trail.
 */
export const readPrivateFiles: Access = async (args) => {
  const { req } = args
  const user = asUser(req.user)
  let result: boolean | Where = false
  if (canHandlePersonalData(user)) result = true
  else if (user && hasRole(user, ROLES.expert)) {
    const ids = await expertFileIds(req, user)
    result = ids.length > 0 ? { id: { in: ids } } : NOTHING
  }
  const filename = (args.data as { filename?: unknown } | undefined)?.filename
  if (args.isReadingStaticFile && result !== false && typeof filename === 'string') {
    await logPrivacyEvent(req.payload, {
      user,
      action: 'view',
      collection: PRIVATE_FILES_SLUG,
      documentId: filename.slice(0, 100),
      note: 'Tải tệp đính kèm của người hỏi',
    })
  }
  return result
}

/** Created by the public form after its checks (context the REST API cannot set) or by the board. */
export const createPrivateFiles: Access = ({ req }) =>
  req.context?.publicSubmission === true || canHandlePersonalData(asUser(req.user))

/** Size and extension for attachments; the media module's check then sniffs the content. */
const checkAttachmentUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const limit = attachmentLimitBytes()
  if (file.size > limit) throw userError(`Tệp quá lớn: tối đa ${Math.round(limit / 1024 / 1024)} MB.`, 413)
  if (!ATTACHMENT_EXTENSIONS.includes(extensionOf(file.name))) {
    throw userError('Định dạng tệp không được chấp nhận. Chỉ nhận tệp PDF, Word (DOC, DOCX) hoặc ảnh JPG, PNG.', 400)
  }
  return args
}

/** Files citizens attach to their questions (issue 4 §1, §5): personal data, never public. */
export const PrivateFiles: CollectionConfig = {
  slug: PRIVATE_FILES_SLUG,
  labels: { singular: 'Tệp đính kèm của người hỏi', plural: 'Tệp đính kèm của người hỏi' },
  admin: {
    group: QA_ADMIN_GROUP,
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'filename', 'filesize', 'createdAt'],
    description: 'Tài liệu riêng người hỏi gửi kèm câu hỏi: chỉ Ban Biên tập và chuyên gia được phân công xem.',
  },
  access: {
    read: readPrivateFiles,
    create: createPrivateFiles,
    update: () => false,
    delete: ({ req }) => isChief(asUser(req.user)),
  },
  hooks: {
    beforeOperation: [
      checkAttachmentUpload,
      validateUpload({
        allowed: ATTACHMENT_MIME_TYPES,
        label: 'Chỉ nhận tệp PDF, Word (DOC, DOCX) hoặc ảnh JPG, PNG.',
      }),
    ],
  },
  upload: {
    staticDir: privateFilesDir(),
    mimeTypes: ATTACHMENT_MIME_TYPES,
    crop: false,
    focalPoint: false,
    // Always a download, never cached by a shared cache, never rendered inline from our origin.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  fields: [
    {
      name: 'originalName',
      label: 'Tên tệp người hỏi đặt',
      type: 'text',
      maxLength: 200,
      admin: { readOnly: true, description: 'Tệp được lưu dưới tên ngẫu nhiên; đây là tên gốc.' },
      hooks: {
        // A file the board uploads in the admin keeps its own name as the original name.
        beforeChange: [
          ({ value, operation, req }) =>
            operation === 'create' && !value && req.file?.name ? String(req.file.name).slice(0, 200) : value,
        ],
      },
    },
  ],
}
