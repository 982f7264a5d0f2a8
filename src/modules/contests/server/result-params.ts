import { normaliseCertificateCode } from './certificate-code'

/** Query parameters of the results page: ?bang=vong|don-vi|truong&trang=N. */
export const RESULT_BOARDS = [
  { value: 'vong', label: 'Xếp hạng cá nhân' },
  { value: 'don-vi', label: 'Xếp hạng đơn vị' },
  { value: 'truong', label: 'Xếp hạng trường' },
] as const
export type ResultBoard = (typeof RESULT_BOARDS)[number]['value']

export function parseResultParams(
  params: Record<string, string | string[] | undefined>,
): { ok: true; board: ResultBoard; page: number } | { ok: false; message: string } {
  const one = (name: string): string | null => {
    const v = params[name]
    if (Array.isArray(v)) return v.length > 0 ? '\u0000' : null
    return typeof v === 'string' && v !== '' ? v : null
  }
  const board = one('bang') ?? 'vong'
  if (!RESULT_BOARDS.some((b) => b.value === board)) return { ok: false, message: 'Bảng xếp hạng không hợp lệ.' }
  const page = one('trang') ?? '1'
  if (!/^[1-9][0-9]{0,4}$/.test(page)) return { ok: false, message: 'Số trang không hợp lệ.' }
  return { ok: true, board: board as ResultBoard, page: Number(page) }
}

/** Checks the query string of any /cuoc-thi page (used by src/proxy.ts): a message for a 400, or null. */
export function checkContestQuery(pathname: string, searchParams: URLSearchParams): string | null {
  const params: Record<string, string | string[]> = {}
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key)
    params[key] = values.length > 1 ? values : (values[0] ?? '')
  }
  if (/^\/cuoc-thi\/[^/]+\/[^/]+\/ket-qua$/.test(pathname)) {
    const checked = parseResultParams(params)
    return checked.ok ? null : checked.message
  }
  const verify = /^\/cuoc-thi\/xac-minh\/([^/]+)$/.exec(pathname)
  if (verify) {
    let code = ''
    try {
      code = decodeURIComponent(verify[1]!)
    } catch {
      return 'Mã xác minh không hợp lệ.'
    }
    if (!normaliseCertificateCode(code)) {
      return 'Mã xác minh không đúng dạng: mã gồm 12 ký tự chữ và số, ví dụ ABCD-EFGH-JKMN. Hãy kiểm tra lại mã in trên giấy chứng nhận.'
    }
  }
  if (pathname === '/cuoc-thi/xac-minh') {
    const ma = params.ma
    if (ma !== undefined && (typeof ma !== 'string' || ma.length > 40)) return 'Mã xác minh không hợp lệ.'
    if (typeof ma === 'string' && ma.trim() && !normaliseCertificateCode(ma.trim())) {
      return `Mã “${ma.trim()}” không đúng dạng mã xác minh: mã gồm 12 ký tự chữ và số, ví dụ ABCD-EFGH-JKMN. Hãy kiểm tra lại từng ký tự.`
    }
  }
  return null
}
