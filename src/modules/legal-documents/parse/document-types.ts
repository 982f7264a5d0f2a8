/**
 * Controlled vocabularies of the legal-documents module: document types, effect statuses and the
 * relations between documents. Values are ASCII slugs (stable in URLs and the database); labels are
 * what editors and readers see.
 *
 * Sources: Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (normative types) and Nghị định
 * 30/2020/NĐ-CP, Phụ lục III (administrative types and the abbreviations used in số ký hiệu).
 */
import { fold } from '@/shared/text/vietnamese'

type DocumentTypeDefinition = {
  value: string
  label: string
  /** letters used for the type in a số ký hiệu ("QĐ" in 25/2024/QĐ-UBND); null when there are none */
  abbreviation: string | null
  /** true when documents of this type can be văn bản quy phạm pháp luật */
  normative: boolean
  note?: string
}

const LAW_NUMBER_NOTE =
  'Số của bộ luật, luật không có chữ viết tắt tên loại: "QH" kèm số khóa (45/2019/QH14) đứng ở vị trí ký hiệu. ' +
  'Nghị quyết của Quốc hội cũng được đánh số như vậy, nên từ số ký hiệu không phân biệt được luật với nghị quyết.'

export const DOCUMENT_TYPES = [
  {
    value: 'hien-phap',
    label: 'Hiến pháp',
    abbreviation: null,
    normative: true,
    note: 'Hiến pháp không có số ký hiệu.',
  },
  { value: 'bo-luat', label: 'Bộ luật', abbreviation: 'QH', normative: true, note: LAW_NUMBER_NOTE },
  { value: 'luat', label: 'Luật', abbreviation: 'QH', normative: true, note: LAW_NUMBER_NOTE },
  { value: 'nghi-quyet', label: 'Nghị quyết', abbreviation: 'NQ', normative: true },
  { value: 'nghi-quyet-lien-tich', label: 'Nghị quyết liên tịch', abbreviation: 'NQLT', normative: true },
  {
    value: 'phap-lenh',
    label: 'Pháp lệnh',
    abbreviation: 'UBTVQH',
    normative: true,
    note: 'Như luật, số pháp lệnh không có chữ viết tắt tên loại: 02/2022/UBTVQH15.',
  },
  { value: 'lenh', label: 'Lệnh', abbreviation: 'L', normative: true },
  { value: 'nghi-dinh', label: 'Nghị định', abbreviation: 'NĐ', normative: true },
  { value: 'quyet-dinh', label: 'Quyết định', abbreviation: 'QĐ', normative: true },
  { value: 'thong-tu', label: 'Thông tư', abbreviation: 'TT', normative: true },
  {
    value: 'thong-tu-lien-tich',
    label: 'Thông tư liên tịch',
    abbreviation: 'TTLT',
    normative: true,
    note: 'Loại văn bản quy phạm theo Luật 80/2015/QH13; nhiều văn bản cũ còn hiệu lực.',
  },
  { value: 'chi-thi', label: 'Chỉ thị', abbreviation: 'CT', normative: false },
  { value: 'ke-hoach', label: 'Kế hoạch', abbreviation: 'KH', normative: false },
  { value: 'huong-dan', label: 'Hướng dẫn', abbreviation: 'HD', normative: false },
  { value: 'thong-bao', label: 'Thông báo', abbreviation: 'TB', normative: false },
  {
    value: 'cong-van',
    label: 'Công văn',
    abbreviation: null,
    normative: false,
    note: 'Số công văn không có chữ viết tắt tên loại: sau số là ký hiệu cơ quan và đơn vị soạn thảo (123/UBND-VX).',
  },
  { value: 'bao-cao', label: 'Báo cáo', abbreviation: 'BC', normative: false },
  { value: 'to-trinh', label: 'Tờ trình', abbreviation: 'TTr', normative: false },
  { value: 'chuong-trinh', label: 'Chương trình', abbreviation: 'CTr', normative: false },
  { value: 'de-an', label: 'Đề án', abbreviation: 'ĐA', normative: false },
  { value: 'du-an', label: 'Dự án', abbreviation: 'DA', normative: false },
  { value: 'phuong-an', label: 'Phương án', abbreviation: 'PA', normative: false },
  {
    value: 'van-ban-hop-nhat',
    label: 'Văn bản hợp nhất',
    abbreviation: 'VBHN',
    normative: false,
    note: 'Văn bản hợp nhất không phải loại văn bản quy phạm mới; nó gộp văn bản gốc với các văn bản sửa đổi.',
  },
  { value: 'cong-dien', label: 'Công điện', abbreviation: 'CĐ', normative: false },
  { value: 'quy-che', label: 'Quy chế', abbreviation: 'QC', normative: false },
  { value: 'quy-dinh', label: 'Quy định', abbreviation: 'QyĐ', normative: false },
  { value: 'thong-cao', label: 'Thông cáo', abbreviation: 'TC', normative: false },
  { value: 'bien-ban', label: 'Biên bản', abbreviation: 'BB', normative: false },
  { value: 'hop-dong', label: 'Hợp đồng', abbreviation: 'HĐ', normative: false },
  { value: 'giay-moi', label: 'Giấy mời', abbreviation: 'GM', normative: false },
  { value: 'sao-luc', label: 'Bản sao lục', abbreviation: 'SL', normative: false },
  {
    value: 'dinh-chinh',
    label: 'Văn bản đính chính',
    abbreviation: null,
    normative: false,
    note: 'Công báo xếp riêng loại "Đính chính"; văn bản thường là công văn hoặc quyết định đính chính.',
  },
] as const satisfies readonly DocumentTypeDefinition[]

export type DocumentTypeValue = (typeof DOCUMENT_TYPES)[number]['value']
export type DocumentType = DocumentTypeDefinition & { value: DocumentTypeValue }

export const EFFECT_STATUSES = [
  { value: 'con-hieu-luc', label: 'Còn hiệu lực' },
  { value: 'chua-co-hieu-luc', label: 'Chưa có hiệu lực' },
  { value: 'het-hieu-luc-mot-phan', label: 'Hết hiệu lực một phần' },
  { value: 'het-hieu-luc-toan-bo', label: 'Hết hiệu lực toàn bộ' },
  { value: 'ngung-hieu-luc', label: 'Ngưng hiệu lực' },
  { value: 'ngung-hieu-luc-mot-phan', label: 'Ngưng hiệu lực một phần' },
  { value: 'khong-con-phu-hop', label: 'Không còn phù hợp' },
  { value: 'chua-xac-dinh', label: 'Chưa xác định' },
] as const

export type EffectStatusValue = (typeof EFFECT_STATUSES)[number]['value']

/**
 * How one document acts on another. `label` reads from the acting document ("A sửa đổi, bổ sung B"),
 * `inverseLabel` from the document acted on ("B được sửa đổi, bổ sung bởi A"), so one stored
 * relation can be shown on both pages.
 */
export const RELATION_TYPES = [
  { value: 'can-cu', label: 'Căn cứ', inverseLabel: 'Là căn cứ của' },
  { value: 'huong-dan', label: 'Hướng dẫn, quy định chi tiết', inverseLabel: 'Được hướng dẫn bởi' },
  { value: 'sua-doi', label: 'Sửa đổi, bổ sung', inverseLabel: 'Được sửa đổi, bổ sung bởi' },
  { value: 'thay-the', label: 'Thay thế', inverseLabel: 'Bị thay thế bởi' },
  { value: 'bai-bo', label: 'Bãi bỏ', inverseLabel: 'Bị bãi bỏ bởi' },
  { value: 'dinh-chi', label: 'Đình chỉ, ngưng hiệu lực', inverseLabel: 'Bị đình chỉ, ngưng hiệu lực bởi' },
  { value: 'hop-nhat', label: 'Hợp nhất', inverseLabel: 'Được hợp nhất bởi' },
  { value: 'dinh-chinh', label: 'Đính chính', inverseLabel: 'Được đính chính bởi' },
  { value: 'dan-chieu', label: 'Dẫn chiếu', inverseLabel: 'Được dẫn chiếu bởi' },
  // Symmetric: both sides read the same.
  { value: 'lien-quan', label: 'Liên quan', inverseLabel: 'Liên quan' },
] as const

export type RelationTypeValue = (typeof RELATION_TYPES)[number]['value']

/** Folded, single-spaced form used for every lookup below. */
function lookupKey(text: string): string {
  return fold(text.replace(/\u00d0/g, 'Đ').replace(/\u00f0/g, 'đ'))
    .replace(/\s+/g, ' ')
    .trim()
}

/** Spellings met in the data that are neither a label nor an abbreviation. */
const TYPE_ALIASES: Record<string, DocumentTypeValue> = {
  'sao luc': 'sao-luc',
  'dinh chinh': 'dinh-chinh',
  'van ban dinh chinh': 'dinh-chinh',
  'nghi quyet lien tich': 'nghi-quyet-lien-tich',
}

function buildTypeIndex(): Map<string, DocumentTypeValue> {
  const index = new Map<string, DocumentTypeValue>()
  for (const type of DOCUMENT_TYPES) index.set(lookupKey(type.label), type.value)
  for (const [alias, value] of Object.entries(TYPE_ALIASES)) index.set(alias, value)
  for (const [abbreviation, value] of abbreviationIndex()) {
    if (!index.has(abbreviation)) index.set(abbreviation, value)
  }
  return index
}

/** Abbreviation → type, leaving out abbreviations shared by several types ("QH"): those say nothing. */
function abbreviationIndex(): Map<string, DocumentTypeValue> {
  const counts = new Map<string, DocumentTypeValue[]>()
  for (const type of DOCUMENT_TYPES) {
    if (type.abbreviation === null) continue
    const key = lookupKey(type.abbreviation)
    counts.set(key, [...(counts.get(key) ?? []), type.value])
  }
  const index = new Map<string, DocumentTypeValue>()
  for (const [key, values] of counts) {
    const [only] = values
    if (values.length === 1 && only) index.set(key, only)
  }
  return index
}

const TYPE_INDEX = buildTypeIndex()
const ABBREVIATION_INDEX = abbreviationIndex()

/**
 * Maps a free-text type from imported data ("Luật", "LUẬT", "Thông tư liên tịch", "TTLT", "VBHN")
 * to its value, or null when the text is empty or not a known type. Case, tone marks and Đ/D are ignored.
 */
export function documentTypeFromText(text: string | null | undefined): DocumentTypeValue | null {
  if (!text) return null
  return TYPE_INDEX.get(lookupKey(text)) ?? null
}

/** Type of a số ký hiệu abbreviation ("QĐ", "qd", "TTLT"); null when unknown or shared by several types. */
export function documentTypeFromAbbreviation(abbreviation: string): DocumentTypeValue | null {
  return ABBREVIATION_INDEX.get(lookupKey(abbreviation)) ?? null
}

export function documentType(value: DocumentTypeValue): DocumentType {
  const found = DOCUMENT_TYPES.find((type) => type.value === value)
  // The union type makes a miss impossible unless the list and the type drift apart.
  if (!found) throw new Error(`Loại văn bản không có trong danh mục: ${value}`)
  return found
}

/** Maps a status as written in the data ("Còn hiệu lực", "Hết hiệu lực toàn bộ") to its value, or null. */
export function effectStatusFromText(text: string | null | undefined): EffectStatusValue | null {
  if (!text) return null
  const key = lookupKey(text)
  // Catalogues such as TVPL write "Hết hiệu lực" for a document that has lost effect entirely.
  if (key === 'het hieu luc') return 'het-hieu-luc-toan-bo'
  return EFFECT_STATUSES.find((status) => lookupKey(status.label) === key)?.value ?? null
}

export function relationType(value: RelationTypeValue): (typeof RELATION_TYPES)[number] {
  const found = RELATION_TYPES.find((relation) => relation.value === value)
  if (!found) throw new Error(`Loại quan hệ không có trong danh mục: ${value}`)
  return found
}
