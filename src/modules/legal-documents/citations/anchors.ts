import type { CollectionBeforeChangeHook } from 'payload'
import { parseProvisionReference } from '../parse'
import { userError } from '@/shared/errors'
import { nfc } from '@/shared/text/vietnamese'

type CitationRow = { article?: string | null; anchor?: string | null; [key: string]: unknown }

/**
 * A beforeChange hook that turns each citation's "khoản 2 Điều 8" into the anchor of that provision
 * on the document page ("dieu-8-khoan-2"), using the same parser as the /van-ban pages, and refuses
 * labels it cannot read. `field` is the array of citation rows (see ./fields.ts).
 */
export function citationAnchors(field = 'citations'): CollectionBeforeChangeHook {
  return ({ data }) => {
    const rows = (data as Record<string, unknown> | undefined)?.[field]
    if (!Array.isArray(rows)) return data
    for (const row of rows as CitationRow[]) {
      const label = typeof row.article === 'string' ? nfc(row.article).trim() : ''
      if (!label) {
        row.article = null
        row.anchor = null
        continue
      }
      const [first] = parseProvisionReference(label)
      if (!first) {
        throw userError(`Không đọc được “${label}”; hãy ghi như “Điều 5” hoặc “khoản 2 Điều 8”.`)
      }
      row.article = label
      row.anchor = first.anchor
    }
    return data
  }
}

/** The hook for the usual `citations` field (Q&A answers, legal situations, contest questions). */
export const computeCitationAnchors: CollectionBeforeChangeHook = citationAnchors('citations')
