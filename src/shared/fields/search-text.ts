import type { CollectionBeforeChangeHook, Field } from 'payload'
import { fold } from '../text/vietnamese'
import { lexicalToPlainText } from '../text/lexical-text'

/** A hidden field with the folded text of a document, for diacritics-insensitive search. */
export function searchTextField(): Field {
  return {
    name: 'searchText',
    type: 'textarea',
    admin: { hidden: true },
    access: { read: () => false },
  }
}

/** Fills searchText from the named fields (text, textarea or Lexical rich text). */
export function setSearchText(fieldNames: string[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc }) => {
    const next = data as Record<string, unknown>
    const original = (originalDoc ?? {}) as Record<string, unknown>
    const parts = fieldNames.map((name) => {
      const value = name in next ? next[name] : original[name]
      if (typeof value === 'string') return value
      if (value && typeof value === 'object') return lexicalToPlainText(value)
      return ''
    })
    next.searchText = ` ${fold(parts.join(' ')).replace(/\s+/g, ' ').trim()} `
    return next
  }
}
