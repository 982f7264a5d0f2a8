/**
 * Permanent identifiers of legal documents.
 *
 * Akoma Ntoso (FRBR) — work, expression and manifestation:
 *   /akn/vn-<province>/act/<yyyy-mm-dd>/<slug>            the work (a local document)
 *   /akn/vn/act/<yyyy-mm-dd>/<slug>                       the work (a national document)
 *   <work>/vie@                                           its Vietnamese expression
 *   <work>/vie@/main.xml | main.html                      manifestations
 * The number component is the document's slug (type and number, e.g. quyet-dinh-25-2024-qd-ubnd):
 * unique on the portal and free of the "/" of Vietnamese numbers.
 *
 * ELI (European Legislation Identifier template, used here for Vietnam):
 *   /eli/vn-<province>/<type>/<yyyy>/<mm>/<dd>/<slug>[/vie[/<format>]]
 */
import { vnMidnight } from '@/modules/legal-documents/dates'
import { fold } from '@/shared/text/vietnamese'

export type DocumentKey = { slug: string; issuedDay: string; national: boolean; type: string }

export const AKN_FORMATS = ['xml', 'html', 'pdf', 'docx'] as const
export type AknFormat = (typeof AKN_FORMATS)[number]

/** "tỉnh Long An" → "longan", "thành phố Hồ Chí Minh" → "hochiminh": the subdivision part of "vn-…". */
export function provinceCode(provinceName: string | null | undefined): string {
  const name = fold(provinceName ?? '')
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, '')
    .replace(/[^a-z0-9]/g, '')
  return name || 'local'
}

export const jurisdiction = (key: Pick<DocumentKey, 'national'>, province: string): string =>
  key.national ? 'vn' : `vn-${province}`

export const workUri = (key: DocumentKey, province: string): string =>
  `/akn/${jurisdiction(key, province)}/act/${key.issuedDay}/${key.slug}`

export const expressionUri = (key: DocumentKey, province: string): string => `${workUri(key, province)}/vie@`

export const manifestationUri = (key: DocumentKey, province: string, format: AknFormat): string =>
  `${expressionUri(key, province)}/main.${format}`

export const eliUri = (key: DocumentKey, province: string): string => {
  const [y, m, d] = key.issuedDay.split('-')
  return `/eli/${jurisdiction(key, province)}/${key.type}/${y}/${m}/${d}/${key.slug}`
}

const SLUG = /^[a-z0-9-]{1,160}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const isDay = (day: string | undefined): day is string => !!day && DAY.test(day) && vnMidnight(day) !== null
const JURISDICTION = /^vn(?:-([a-z0-9]{1,40}))?$/

/** The printed number of a provision: "Điều 8.", "2.", "a)"; the label for the others. */
export function provisionNum(node: { kind: string; number: string; label: string }): string {
  if (node.kind === 'dieu') return `${node.label}.`
  if (node.kind === 'khoan') return `${node.number}.`
  if (node.kind === 'diem') return `${node.number})`
  return node.label
}

export type ParsedAkn = {
  jurisdiction: string
  issuedDay: string
  slug: string
  /** null: the work or expression itself (answered with a redirect to the page) */
  format: AknFormat | null
}

/** Reads the segments after /akn/; null when they are not one of the shapes above. */
export function parseAknPath(segments: string[]): ParsedAkn | null {
  const [jur, docType, day, slug, expr, file, ...rest] = segments
  if (rest.length > 0 || !jur || !JURISDICTION.test(jur) || docType !== 'act') return null
  if (!isDay(day) || !slug || !SLUG.test(slug)) return null
  if (expr === undefined) return { jurisdiction: jur, issuedDay: day, slug, format: null }
  if (expr !== 'vie@' && expr !== 'vie') return null
  if (file === undefined) return { jurisdiction: jur, issuedDay: day, slug, format: null }
  const match = /^main\.([a-z]+)$/.exec(file)
  const format = AKN_FORMATS.find((f) => f === match?.[1])
  return format ? { jurisdiction: jur, issuedDay: day, slug, format } : null
}

export type ParsedEli = ParsedAkn & { type: string }

/** Reads the segments after /eli/; the format may be a name (xml, html, pdf, docx) after the language. */
export function parseEliPath(segments: string[]): ParsedEli | null {
  const [jur, type, y, m, d, slug, lang, format, ...rest] = segments
  if (rest.length > 0 || !jur || !JURISDICTION.test(jur) || !type || !SLUG.test(type)) return null
  const day = `${y}-${m}-${d}`
  if (!isDay(day) || !slug || !SLUG.test(slug)) return null
  if (lang !== undefined && lang !== 'vie') return null
  if (format === undefined) return { jurisdiction: jur, type, issuedDay: day, slug, format: null }
  const known = AKN_FORMATS.find((f) => f === format)
  return known ? { jurisdiction: jur, type, issuedDay: day, slug, format: known } : null
}

const offered = (format: string): AknFormat | null => AKN_FORMATS.find((f) => f === format) ?? null

/** The format a client asks for in its Accept header; null for the web page (browsers send text/html). */
export function formatFromAccept(accept: string | null): AknFormat | null {
  const value = (accept ?? '').toLowerCase()
  if (value.includes('text/html')) return null
  if (/application\/(akn\+)?xml|text\/xml/.test(value)) return 'xml'
  if (value.includes('application/pdf')) return offered('pdf')
  if (value.includes('wordprocessingml')) return offered('docx')
  return null
}
