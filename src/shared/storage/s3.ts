import os from 'node:os'
import type { S3, S3ClientConfig } from '@aws-sdk/client-s3'

// The SDK warns once per process, on stderr, that its releases after January 2027 will need
// Node 22; the version here is pinned and runs on Node 20. Kept quiet so that the start-up check
// prints one line (set the variable to "false" to see the warning).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

/**
 * S3-compatible object storage for uploads (deployment profile B, docs/deployment.md): when
 * S3_BUCKET is set, every upload collection keeps its files in that bucket instead of UPLOAD_DIR,
 * under `<S3_PREFIX>/<the collection's folder>/` (media/, files/, library/, private/, evidence/ —
 * the same layout as on disk). Files are still served by the portal (`/api/<collection>/file/…`)
 * after its access checks; nothing in the bucket is made public.
 */
export type S3Settings = {
  bucket: string
  endpoint: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
  /** Key prefix for every object, without leading or trailing '/': '' or e.g. 'pbgdpl'. */
  prefix: string
}

/** A configuration that cannot work; the message is Vietnamese and names the variable. */
export class StorageConfigError extends Error {
  override name = 'StorageConfigError'
}

type Env = Record<string, string | undefined>

const TRUE = ['1', 'true', 'on', 'yes']
const FALSE = ['0', 'false', 'off', 'no']

/**
 * The S3 settings from the environment; null when S3_BUCKET is not set (files stay on disk).
 * Throws StorageConfigError when S3_BUCKET is set but the rest is missing or malformed.
 */
export function readS3Settings(env: Env = process.env): S3Settings | null {
  const value = (name: string) => env[name]?.trim() ?? ''
  const bucket = value('S3_BUCKET')
  if (!bucket) return null
  const missing = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !value(name))
  if (missing.length > 0) {
    throw new StorageConfigError(
      `Đã đặt S3_BUCKET nhưng thiếu ${missing.join(', ')}: hãy đặt đủ địa chỉ kho lưu trữ và khóa truy cập để lưu tệp tải lên vào S3, hoặc bỏ S3_BUCKET để lưu trên đĩa (UPLOAD_DIR).`,
    )
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$/.test(bucket)) {
    throw new StorageConfigError(`S3_BUCKET "${bucket}" không phải tên bucket hợp lệ (chữ, số, dấu chấm, gạch ngang).`)
  }
  const endpoint = value('S3_ENDPOINT').replace(/\/+$/, '')
  let url: URL | null = null
  try {
    url = new URL(endpoint)
  } catch {
    url = null
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search) {
    throw new StorageConfigError(
      `S3_ENDPOINT "${endpoint}" không phải địa chỉ hợp lệ: dùng dạng https://máy-chủ[:cổng] (không kèm khóa truy cập).`,
    )
  }
  const pathStyle = value('S3_FORCE_PATH_STYLE').toLowerCase()
  if (pathStyle && !TRUE.includes(pathStyle) && !FALSE.includes(pathStyle)) {
    throw new StorageConfigError(`S3_FORCE_PATH_STYLE phải là 1 hoặc 0 (đang là "${value('S3_FORCE_PATH_STYLE')}").`)
  }
  const rawPrefix = value('S3_PREFIX')
  const prefix = rawPrefix.replace(/^\/+|\/+$/g, '')
  if (prefix && (!/^[A-Za-z0-9._\-/]+$/.test(prefix) || prefix.split('/').some((s) => !s || s === '.' || s === '..'))) {
    throw new StorageConfigError(
      `S3_PREFIX "${rawPrefix}" không hợp lệ: chỉ dùng chữ, số, dấu chấm, gạch ngang, gạch dưới và "/" giữa các phần.`,
    )
  }
  return {
    bucket,
    endpoint,
    region: value('S3_REGION') || 'us-east-1',
    accessKeyId: value('S3_ACCESS_KEY_ID'),
    secretAccessKey: value('S3_SECRET_ACCESS_KEY'),
    // An endpoint is always given here (S3-compatible servers): path-style unless turned off.
    forcePathStyle: pathStyle ? TRUE.includes(pathStyle) : true,
    prefix,
  }
}

/** The object key of `rel` (e.g. 'media/a.png') under S3_PREFIX. */
export const objectKey = (settings: S3Settings, rel: string): string =>
  settings.prefix ? `${settings.prefix}/${rel}` : rel

/** The AWS SDK configuration for these settings. */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Checksums only when an operation requires them: several S3-compatible servers (older
    // MinIO, Ceph RGW, some providers' gateways) refuse the SDK's default CRC32 trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

const probeClients = new Map<string, S3>()

/**
 * The AWS SDK, loaded on first use only: it takes seconds to load, and an installation that keeps
 * its uploads on disk (and every test process) never needs it.
 */
export async function s3Client(config: S3ClientConfig): Promise<S3> {
  const { S3: Client } = await import('@aws-sdk/client-s3')
  return new Client(config)
}

/** One client per configuration for the probes (readiness runs often). No retries: probes time out. */
async function probeClient(settings: S3Settings): Promise<S3> {
  const key = JSON.stringify(settings)
  let client = probeClients.get(key)
  if (!client) {
    client = await s3Client({ ...s3ClientConfig(settings), maxAttempts: 1 })
    probeClients.set(key, client)
  }
  return client
}

/**
 * Writes, reads back and deletes a small object under S3_PREFIX (`.readyz-…`), as the disk check
 * does with a file: the portal needs exactly these rights. `signal` aborts it (time limit).
 */
export async function probeBucket(settings: S3Settings, options: { name?: string; signal?: AbortSignal } = {}) {
  const client = await probeClient(settings)
  const name = options.name ?? '.readyz'
  const key = objectKey(settings, `${name}-${os.hostname()}-${process.pid}-${Date.now().toString(36)}`)
  const text = `${name} ${new Date().toISOString()}`
  const opts = { abortSignal: options.signal }
  const Bucket = settings.bucket
  await client.putObject({ Bucket, Key: key, Body: text, ContentType: 'text/plain; charset=utf-8' }, opts)
  try {
    const got = await client.getObject({ Bucket, Key: key }, opts)
    if ((await got.Body?.transformToString()) !== text) {
      throw Object.assign(new Error('read back differs'), { code: 'READ_BACK_DIFFERS' })
    }
  } finally {
    await client.deleteObject({ Bucket, Key: key }, opts).catch(() => undefined)
  }
}

/** A short machine-readable cause of an S3 failure: the S3 error code, a network code, or the HTTP status. */
export function s3ErrorCode(err: unknown): string {
  const e = err as {
    Code?: unknown
    code?: unknown
    name?: unknown
    cause?: { code?: unknown }
    $metadata?: { httpStatusCode?: number }
  }
  if (typeof e?.Code === 'string' && e.Code) return e.Code
  if (typeof e?.code === 'string' && e.code) return e.code
  if (typeof e?.cause?.code === 'string' && e.cause.code) return e.cause.code
  const status = e?.$metadata?.httpStatusCode
  if (
    typeof e?.name === 'string' &&
    e.name &&
    !['Error', 'Unknown', 'UnknownError', 'S3ServiceException'].includes(e.name)
  )
    return e.name
  return status ? `HTTP_${status}` : 'ERROR'
}

/** The cause of an S3 failure, in Vietnamese, for the start-up check. */
export function s3Cause(err: unknown, timeoutMs: number): string {
  const code = s3ErrorCode(err)
  switch (code) {
    case 'ECONNREFUSED':
      return 'máy chủ từ chối kết nối (kho lưu trữ chưa chạy hoặc sai cổng)'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'không tìm thấy tên máy chủ'
    case 'ETIMEDOUT':
    case 'TIMEOUT':
    case 'AbortError':
    case 'TimeoutError':
      return `không trả lời sau ${timeoutMs / 1000} giây`
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'không có đường mạng tới máy chủ'
    case 'ECONNRESET':
    case 'EPROTO':
      return 'kết nối bị ngắt (kiểm tra http:// hay https:// trong S3_ENDPOINT)'
    case 'NoSuchBucket':
    case 'HTTP_404':
      return 'bucket chưa được tạo'
    case 'InvalidAccessKeyId':
      return 'khóa truy cập S3_ACCESS_KEY_ID không tồn tại'
    case 'SignatureDoesNotMatch':
      return 'sai khóa bí mật S3_SECRET_ACCESS_KEY (hoặc sai S3_REGION)'
    case 'AccessDenied':
    case 'HTTP_403':
      return 'khóa truy cập không có quyền ghi, đọc và xóa tệp trong bucket'
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
      return 'sai vùng S3_REGION hoặc kiểu địa chỉ S3_FORCE_PATH_STYLE'
    case 'READ_BACK_DIFFERS':
      return 'tệp đọc lại khác tệp vừa ghi'
    default:
      return `lỗi ${code}`
  }
}
