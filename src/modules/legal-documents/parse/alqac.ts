/**
 * Reads the law corpora of the ALQAC benchmarks (law.json):
 *   [{ "id": "91/2015/QH13" | "Luật Cư trú", "articles": [{ "id": "1", "text": "Phạm vi điều chỉnh\n\n…" }] }]
 * ALQAC 2022 identifies laws by number, ALQAC 2023 by name. `docId` keeps the id as given, because
 * the benchmark questions cite laws by it.
 */
import { nfc } from '@/shared/text/vietnamese'
import { parseDocumentNumber } from './document-number'

export type AlqacArticle = { number: string; text: string }

export type AlqacLaw = {
  /** the id exactly as in law.json */
  docId: string
  /** the law's name when the id is one (2023); null when the id is a number (2022) */
  title: string | null
  /** the normalised số ký hiệu when the id is one (2022) */
  documentNumber: string | null
  articles: AlqacArticle[]
}

export type AlqacResult = { ok: true; laws: AlqacLaw[] } | { ok: false; message: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readArticle(value: unknown, where: string): AlqacArticle | string {
  if (!isRecord(value)) return `${where}: điều luật không phải là đối tượng.`
  const { id, text } = value
  if (typeof id !== 'string' || id.trim() === '') return `${where}: thiếu "id" của điều luật.`
  if (typeof text !== 'string') return `${where}, điều ${id}: thiếu "text".`
  return { number: id.trim(), text: nfc(text).trim() }
}

function readLaw(value: unknown, index: number): AlqacLaw | string {
  const where = `Văn bản thứ ${index + 1}`
  if (!isRecord(value)) return `${where}: không phải là đối tượng.`
  const { id, articles } = value
  if (typeof id !== 'string' || id.trim() === '') return `${where}: thiếu "id".`
  if (!Array.isArray(articles)) return `${where} (${id}): thiếu danh sách "articles".`
  const items: unknown[] = articles
  const read: AlqacArticle[] = []
  for (const article of items) {
    const result = readArticle(article, `${where} (${id})`)
    if (typeof result === 'string') return result
    read.push(result)
  }
  const docId = nfc(id).trim()
  // A 2022 id such as "01/VBHN-VPQH" parses as a number; a 2023 name such as "Luật Cư trú" does not.
  const parsed = parseDocumentNumber(docId)
  const documentNumber = parsed.ok && parsed.number.serial !== null ? parsed.number.normalized : null
  return { docId, title: documentNumber === null ? docId : null, documentNumber, articles: read }
}

/** Accepts the parsed JSON of law.json; reports the first malformed entry in Vietnamese. */
export function readAlqacLaws(json: unknown): AlqacResult {
  if (!Array.isArray(json)) return { ok: false, message: 'law.json phải là một mảng các văn bản.' }
  const items: unknown[] = json
  const laws: AlqacLaw[] = []
  for (const [index, value] of items.entries()) {
    const law = readLaw(value, index)
    if (typeof law === 'string') return { ok: false, message: law }
    laws.push(law)
  }
  return { ok: true, laws }
}
