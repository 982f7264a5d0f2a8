import type { Field, TextField, TextareaField } from 'payload'
import { text } from 'payload/shared'

/** A required title with a sensible length limit. */
export function titleField(label = 'Tiêu đề', maxLength = 300): TextField {
  return {
    name: 'title',
    label,
    type: 'text',
    required: true,
    maxLength,
    validate: (value, args) => {
      const markup = noMarkup(value)
      return markup === true ? text(value, args) : markup
    },
  }
}

export function summaryField(label = 'Tóm tắt', maxLength = 1000): TextareaField {
  return { name: 'summary', label, type: 'textarea', maxLength }
}

/** Taxonomy links used by content: legal fields, audiences, areas. */
export function taxonomyFields(): Field[] {
  return [
    { name: 'fields', label: 'Lĩnh vực', type: 'relationship', relationTo: 'legal-fields', hasMany: true },
    { name: 'audiences', label: 'Đối tượng', type: 'relationship', relationTo: 'audiences', hasMany: true },
    { name: 'areas', label: 'Địa bàn', type: 'relationship', relationTo: 'areas', hasMany: true },
  ]
}

/** The unit that owns the content; contributors get their own unit automatically. */
export function unitField(label = 'Đơn vị'): Field {
  return {
    name: 'unit',
    label,
    type: 'relationship',
    relationTo: 'units',
    index: true,
    // Contributors always write for their own unit: it is filled in for them and locked.
    defaultValue: ({ user }: { user?: unknown }) => {
      const u = user as { role?: string; unit?: number | { id: number } | null } | null | undefined
      if (u?.role !== 'contributor' || !u.unit) return undefined
      return typeof u.unit === 'object' ? u.unit.id : u.unit
    },
    access: {
      create: ({ req }) => (req.user as { role?: string } | null)?.role !== 'contributor',
      update: ({ req }) => (req.user as { role?: string } | null)?.role !== 'contributor',
    },
    admin: { position: 'sidebar' },
  }
}

export function attachmentsField(label = 'Tệp đính kèm'): Field {
  return {
    name: 'attachments',
    label,
    type: 'relationship',
    relationTo: 'files',
    hasMany: true,
    maxRows: 20,
  }
}

/** Rejects a date range whose end comes before its start. */
export function validateEndAfterStart(startField: string, message: string) {
  return (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string => {
    const start = siblingData[startField]
    if (!value || !start) return true
    const end = new Date(value as string)
    const begin = new Date(start as string)
    if (Number.isNaN(end.getTime()) || Number.isNaN(begin.getTime())) return 'Ngày giờ không hợp lệ.'
    return end >= begin ? true : message
  }
}

/** Plain text fields must not carry markup: "<script>" in a title is a mistake or an attack. */
export function noMarkup(value: unknown): true | string {
  if (typeof value === 'string' && /<\s*\/?\s*[a-z!]/i.test(value)) {
    return 'Không được nhập mã HTML hoặc thẻ <…> trong trường này.'
  }
  return true
}
