/**
 * Slugs, vocabularies and labels of the legal-documents module that are not part of the parsing
 * layer (parse/ holds document types, effect statuses and relation types).
 */
import { EFFECT_STATUSES, RELATION_TYPES, type EffectStatusValue, type RelationTypeValue } from './parse'

export const LEGAL_DOCUMENTS_SLUG = 'legal-documents'
export const DOCUMENT_RELATIONS_SLUG = 'document-relations'
export const EFFECT_HISTORY_SLUG = 'effect-history'
export const DOCUMENT_MATERIALS_SLUG = 'document-materials'

/** The public address of a document and of a companion material. */
export const documentPath = (slug: string): string => `/van-ban/${slug}`
export const materialPath = (slug: string): string => `/van-ban/tai-lieu/${slug}`

/** Fixed pages under /van-ban/: a document may not take one of these as its slug. */
export const RESERVED_SLUGS = ['tai-lieu', 'moi-ban-hanh', 'sap-co-hieu-luc', 'moi-het-hieu-luc', 'trang'] as const

export const SCOPES = [
  { value: 'toan-quoc', label: 'Toàn quốc' },
  { value: 'dia-phuong', label: 'Địa phương' },
] as const

export const MATERIAL_KINDS = [
  { value: 'thong-cao-bao-chi', label: 'Thông cáo báo chí' },
  { value: 'gioi-thieu-noi-dung', label: 'Tài liệu giới thiệu nội dung cơ bản' },
  { value: 'pho-bien-tap-huan', label: 'Tài liệu phổ biến, tập huấn' },
  {
    value: 'de-cuong-gioi-thieu',
    label: 'Đề cương giới thiệu nghị quyết của HĐND, quyết định của UBND',
  },
] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]['value']

/** What happened to a document's effect, as written in its effect history. */
export const EFFECT_ACTIONS = [
  { value: 'co-hieu-luc', label: 'Bắt đầu có hiệu lực' },
  { value: 'het-han', label: 'Hết thời hạn có hiệu lực' },
  { value: 'bi-thay-the', label: 'Bị thay thế' },
  { value: 'bi-bai-bo', label: 'Bị bãi bỏ' },
  { value: 'bi-dinh-chi', label: 'Bị đình chỉ, ngưng hiệu lực' },
  { value: 'duoc-sua-doi', label: 'Được sửa đổi, bổ sung' },
  { value: 'cap-nhat', label: 'Cập nhật tình trạng hiệu lực' },
] as const
export type EffectAction = (typeof EFFECT_ACTIONS)[number]['value']

/** Relation types that act on the other document's effect, and the history action they log. */
export const EFFECT_RELATIONS: Partial<Record<RelationTypeValue, EffectAction>> = {
  'thay-the': 'bi-thay-the',
  'bai-bo': 'bi-bai-bo',
  'dinh-chi': 'bi-dinh-chi',
  'sua-doi': 'duoc-sua-doi',
}

/** Relation types that may not form a cycle (A replaces B replaces A). */
export const SUPERSEDING_RELATIONS: readonly RelationTypeValue[] = ['thay-the', 'bai-bo']

/** Statuses under which a document is not (fully) applicable; the page shows a banner for them. */
export const NOT_IN_FORCE: readonly EffectStatusValue[] = [
  'het-hieu-luc-toan-bo',
  'het-hieu-luc-mot-phan',
  'ngung-hieu-luc',
  'ngung-hieu-luc-mot-phan',
  'khong-con-phu-hop',
]

export const statusLabel = (value: string | null | undefined): string =>
  EFFECT_STATUSES.find((s) => s.value === value)?.label ?? 'Chưa xác định'

export const relationLabels = (value: string | null | undefined): { label: string; inverseLabel: string } => {
  const found = RELATION_TYPES.find((r) => r.value === value)
  return found
    ? { label: found.label, inverseLabel: found.inverseLabel }
    : { label: 'Liên quan', inverseLabel: 'Liên quan' }
}

export const effectActionLabel = (value: string | null | undefined): string =>
  EFFECT_ACTIONS.find((a) => a.value === value)?.label ?? 'Cập nhật'

export const materialKindLabel = (value: string | null | undefined): string =>
  MATERIAL_KINDS.find((k) => k.value === value)?.label ?? 'Tài liệu'
