import type { Payload } from 'payload'
import { fold } from '@/shared/text/vietnamese'
import type { ReportIssuer } from './model'

/** "Sở Tư pháp" → "STP", "Sở Giáo dục và Đào tạo" → "SGDĐT" (the custom of document numbers). */
export function abbreviate(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w && !['và', 'của'].includes(w.toLowerCase()))
    .map((w) => w[0]!.toLocaleUpperCase('vi'))
    .join('')
}

const SIGNERS: [RegExp, string][] = [
  [/^sở(?=\s|$)/iu, 'Giám đốc'],
  [/^(ủy|uỷ) ban nhân dân(?=\s|$)/iu, 'Chủ tịch'],
  [/^(ubnd)(?=\s|$)/iu, 'Chủ tịch'],
  [/^(ban|phòng|văn phòng|thanh tra)(?=\s|$)/iu, 'Trưởng ban'],
]

/** The signer's title by the kind of agency; "Thủ trưởng cơ quan" when it cannot tell. */
export function signerTitleOf(name: string): string {
  const n = name.trim()
  if (/^(phòng|văn phòng)(?=\s|$)/iu.test(n)) return 'Trưởng phòng'
  if (/^thanh tra(?=\s|$)/iu.test(n)) return 'Chánh thanh tra'
  return SIGNERS.find(([re]) => re.test(n))?.[1] ?? 'Thủ trưởng cơ quan'
}

/** "Sở Tư pháp tỉnh Long An" without its trailing "tỉnh Long An". */
function withoutProvince(name: string, province: string): string {
  const n = name.trim()
  if (province && fold(n).endsWith(` ${fold(province)}`)) return n.slice(0, n.length - province.length).trim()
  return n
}

export type IssuerSettings = { provinceName?: string | null; ownerName?: string | null; operatorName?: string | null }

/** The issuer of the province's report from the site settings ("Cấu hình trang"). */
export function issuerFromSettings(s: IssuerSettings): ReportIssuer {
  const province = (s.provinceName ?? '').trim() || 'tỉnh'
  const name = withoutProvince(s.operatorName?.trim() || 'Sở Tư pháp', province)
  return {
    superior: s.ownerName?.trim() || `Ủy ban nhân dân ${province}`,
    name,
    abbreviation: abbreviate(name),
    place: province.replace(/^(tỉnh|thành phố)\s+/iu, ''),
    signerTitle: signerTitleOf(name),
  }
}

/** The same, read from the site-settings global. */
export async function loadIssuer(payload: Payload): Promise<{ issuer: ReportIssuer; provinceName: string }> {
  // System read of public settings (names of the province and the agencies only).
  const s = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  return { issuer: issuerFromSettings(s), provinceName: s.provinceName?.trim() || 'tỉnh' }
}

/** A unit's own report: the unit issues it, under the same superior. */
export function unitIssuer(base: ReportIssuer, unit: { title: string; shortName?: string | null }): ReportIssuer {
  return {
    ...base,
    name: unit.title,
    abbreviation: unit.shortName?.trim() || abbreviate(unit.title),
    signerTitle: signerTitleOf(unit.title),
  }
}
