import type { Where } from 'payload'
import { findDocumentPage, type DocumentList } from './find-documents'

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

export const SPECIAL_LISTS = {
  'moi-ban-hanh': {
    title: 'Văn bản mới ban hành',
    intro: 'Văn bản ban hành trong 12 tháng gần đây, mới nhất trước.',
    empty: 'Chưa có văn bản nào ban hành trong 12 tháng gần đây.',
  },
  'sap-co-hieu-luc': {
    title: 'Văn bản sắp có hiệu lực',
    intro: 'Văn bản đã ban hành nhưng chưa đến ngày có hiệu lực, gần nhất trước.',
    empty: 'Hiện không có văn bản nào sắp có hiệu lực.',
  },
  'moi-het-hieu-luc': {
    title: 'Văn bản mới hết hiệu lực',
    intro: 'Văn bản đã hết hiệu lực (toàn bộ hoặc một phần) hoặc bị ngưng hiệu lực, mới nhất trước.',
    empty: 'Chưa có văn bản nào hết hiệu lực.',
  },
} as const

export type SpecialList = keyof typeof SPECIAL_LISTS

function query(list: SpecialList, now: Date): { where: Where; sort: string } {
  if (list === 'moi-ban-hanh') {
    return {
      where: { issuedAt: { greater_than_equal: new Date(now.getTime() - YEAR_MS).toISOString() } },
      sort: '-issuedAt',
    }
  }
  if (list === 'sap-co-hieu-luc') {
    return { where: { effectiveAt: { greater_than: now.toISOString() } }, sort: 'effectiveAt' }
  }
  return {
    where: {
      status: { in: ['het-hieu-luc-toan-bo', 'het-hieu-luc-mot-phan', 'ngung-hieu-luc', 'ngung-hieu-luc-mot-phan'] },
    },
    sort: '-effectChangedAt',
  }
}

/** One page of a fixed list of documents (recently issued, coming into force, recently expired). */
export function findSpecialList(list: SpecialList, page: number, now = new Date()): Promise<DocumentList> {
  return findDocumentPage({ ...query(list, now), page })
}
