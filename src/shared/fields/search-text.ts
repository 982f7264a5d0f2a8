import type { CollectionAfterReadHook, CollectionBeforeChangeHook, Field } from 'payload'
import { fold } from '../text/vietnamese'
import { lexicalToPlainText } from '../text/lexical-text'

/** A hidden field with the folded text of a document, for diacritics-insensitive search. */
export function searchTextField(): Field {
  return {
    name: 'searchText',
    type: 'textarea',
    // Queryable by anyone (search runs as the visitor); stripSearchText keeps it out of responses.
    admin: { hidden: true },
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

/** Removes the folded search text from every document a collection returns. */
export const stripSearchText: CollectionAfterReadHook = ({ doc }) => {
  if (doc && typeof doc === 'object' && 'searchText' in doc) delete (doc as { searchText?: unknown }).searchText
  return doc
}
