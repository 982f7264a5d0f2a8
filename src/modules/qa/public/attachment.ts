/**
 * The optional attachment of the ask form (issue 4 §1): PDF, Word (DOC, DOCX), JPG or PNG up to
 * 10 MB, checked by its content (not its name or declared type) before anything is stored. The
 * private-files collection checks it again when it is stored (hooks there), for any other caller.
 */
import { randomUUID } from 'node:crypto'
import { fileTypeFromBuffer } from 'file-type'
import { pdfProblem } from '@/shared/security/pdf-check'

export { ATTACHMENT_ACCEPT, ATTACHMENT_LABEL } from './attachment-limits'

/** The limit for one attachment (QA_ATTACHMENT_MAX_BYTES, default 10 MB). */
export const attachmentLimitBytes = (): number => Number(process.env.QA_ATTACHMENT_MAX_BYTES || 10 * 1024 * 1024)

/** The accepted kinds: the sniffed type, the extensions it may carry and the stored MIME type. */
const KINDS: { sniffed: string[]; extensions: string[]; mime: string }[] = [
  { sniffed: ['application/pdf'], extensions: ['pdf'], mime: 'application/pdf' },
  { sniffed: ['application/x-cfb', 'application/msword'], extensions: ['doc'], mime: 'application/msword' },
  {
    // A DOCX is a ZIP container; older file-type versions only say "zip".
    sniffed: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/zip'],
    extensions: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  { sniffed: ['image/jpeg'], extensions: ['jpg', 'jpeg'], mime: 'image/jpeg' },
  { sniffed: ['image/png'], extensions: ['png'], mime: 'image/png' },
]

export const ATTACHMENT_MIME_TYPES = KINDS.map((k) => k.mime)
export const ATTACHMENT_EXTENSIONS = KINDS.flatMap((k) => k.extensions)

export type CheckedAttachment = {
  data: Buffer
  /** a random name: the stored name never carries what the citizen called the file */
  name: string
  mimetype: string
  size: number
  originalName: string
}

export type AttachmentCheck =
  { ok: true; file: CheckedAttachment | null } | { ok: false; status: 400 | 413; error: string }

const formatMb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** Whether a posted value is a file the person chose (an empty file input posts a nameless empty file). */
const isChosenFile = (value: FormDataEntryValue | null): value is File =>
  typeof value === 'object' && value !== null && (value.size > 0 || value.name !== '')

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** A name fit to show in the admin: plain text, no path, no control characters, at most 200 characters. */
export function cleanOriginalName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  return (
    base
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .normalize('NFC')
      .trim()
      .slice(0, 200) || 'tep-dinh-kem'
  )
}

/** Checks the form's `attachment` entry; an absent or empty input is fine (the attachment is optional). */
export async function checkAttachment(value: FormDataEntryValue | null): Promise<AttachmentCheck> {
  if (!isChosenFile(value)) return { ok: true, file: null }
  const limit = attachmentLimitBytes()
  if (value.size > limit) {
    return { ok: false, status: 413, error: `Tệp quá lớn (${formatMb(value.size)}): tối đa ${formatMb(limit)}.` }
  }
  if (value.size === 0) return { ok: false, status: 400, error: 'Tệp đính kèm rỗng. Vui lòng chọn lại tệp.' }
  const refused = {
    ok: false as const,
    status: 400 as const,
    error: 'Định dạng tệp không được chấp nhận. Chỉ nhận tệp PDF, Word (DOC, DOCX) hoặc ảnh JPG, PNG.',
  }
  const ext = extensionOf(value.name)
  const data = Buffer.from(await value.arrayBuffer())
  const sniffed = (await fileTypeFromBuffer(data))?.mime ?? ''
  const kind = KINDS.find((k) => k.extensions.includes(ext) && k.sniffed.includes(sniffed))
  if (!kind) return refused
  const pdf = kind.mime === 'application/pdf' ? pdfProblem(data) : null
  if (pdf) return { ok: false, status: 400, error: pdf }
  return {
    ok: true,
    file: {
      data,
      name: `${randomUUID()}.${ext === 'jpeg' ? 'jpg' : ext}`,
      mimetype: kind.mime,
      size: data.length,
      originalName: cleanOriginalName(value.name),
    },
  }
}
