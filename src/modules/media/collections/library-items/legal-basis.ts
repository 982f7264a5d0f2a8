import { citationAnchors } from '@/modules/legal-documents/citations/anchors'
import { citationsField } from '@/modules/legal-documents/citations/fields'

/** The legal documents, and the articles (Điều) in them, an item explains. */
export const legalBasisField = citationsField({
  name: 'legalBasis',
  label: 'Căn cứ pháp lý được giải thích',
  maxRows: 20,
  wholeDocument: 'Để trống nếu giải thích cả văn bản.',
})

/** Turns each "khoản 2 Điều 8" into the anchor of that provision on the /van-ban page. */
export const computeLegalBasisAnchors = citationAnchors('legalBasis')
