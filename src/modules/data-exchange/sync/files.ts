import { RejectedRecord } from './rejected'

/**
 * The files of a media library record (the video, audio or PDF, the image), fetched from the
 * source for the local copy. Only from the source's own address (its origin): a record must not
 * make this portal fetch from anywhere else (another host, the internal network); no redirects,
 * no credentials in the address, a size cap read as the bytes arrive. What the file really is, is
 * checked afterwards by the upload checks of the collection it goes to, as for an editor's upload.
 * A file the source says is not there is a rejection of the record; a network failure is a failure
 * of the run (tried again later).
 */
export type Download = { data: Buffer; mimetype: string; name: string; size: number }

/** How long one file may take to arrive (SYNC_FILE_TIMEOUT_S, 5–3600; default 300 s). */
export function fileTimeoutMs(): number {
  const seconds = Number(process.env.SYNC_FILE_TIMEOUT_S)
  return Number.isFinite(seconds) && seconds >= 5 && seconds <= 3600 ? seconds * 1000 : 300_000
}

const mb = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} KB`
    : `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`

/** The last segment of the address, as a plain file name (letters, digits, dot, dash, underscore). */
function fileName(url: URL, fallback: string): string {
  let last = url.pathname.split('/').pop() ?? ''
  try {
    last = decodeURIComponent(last)
  } catch {
    // keep the raw segment
  }
  const plain = last
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(-120)
  return plain || fallback
}

export async function downloadFromSource(
  value: unknown,
  what: string,
  sourceBaseUrl: string,
  maxBytes: number,
): Promise<Download> {
  const raw = (value as { url?: unknown } | null | undefined)?.url
  if (typeof raw !== 'string' || raw === '') throw new RejectedRecord(`Thiếu địa chỉ ${what}.`)
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new RejectedRecord(`Địa chỉ ${what} không hợp lệ.`)
  }
  const origin = new URL(sourceBaseUrl).origin
  if (url.origin !== origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new RejectedRecord(
      `${capitalise(what)} không nằm trên cổng nguồn (${origin}): chỉ tải tệp từ chính cổng nguồn.`,
    )
  }
  if (url.username || url.password) throw new RejectedRecord(`Địa chỉ ${what} không được kèm tên đăng nhập.`)
  let res: Response
  try {
    res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(fileTimeoutMs()) })
  } catch (err) {
    const timeout = err instanceof Error && err.name === 'TimeoutError'
    throw new Error(`Không tải được ${what} từ cổng nguồn: ${timeout ? 'quá thời gian chờ' : 'không kết nối được'}.`)
  }
  if ([401, 403, 404, 410].includes(res.status)) {
    await res.body?.cancel().catch(() => undefined)
    throw new RejectedRecord(`Cổng nguồn không cho tải ${what} (HTTP ${res.status}).`)
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => undefined)
    throw new Error(`Cổng nguồn trả lỗi HTTP ${res.status} khi tải ${what}.`)
  }
  const tooBig = (size: number) =>
    new RejectedRecord(`${capitalise(what)} lớn ${mb(size)}, vượt giới hạn ${mb(maxBytes)} của cổng này.`)
  const declared = Number(res.headers.get('content-length') ?? 0)
  if (declared > maxBytes) {
    await res.body.cancel().catch(() => undefined)
    throw tooBig(declared)
  }
  const chunks: Buffer[] = []
  let size = 0
  const reader = res.body.getReader()
  for (;;) {
    const { done, value: chunk } = await reader.read()
    if (done) break
    size += chunk.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooBig(size)
    }
    chunks.push(Buffer.from(chunk))
  }
  if (size === 0) throw new RejectedRecord(`${capitalise(what)} trống.`)
  const mimetype = (res.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]!.trim().toLowerCase()
  return { data: Buffer.concat(chunks), mimetype, name: fileName(url, 'tep'), size }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
