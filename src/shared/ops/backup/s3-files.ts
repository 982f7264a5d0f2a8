import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { S3 } from '@aws-sdk/client-s3'
import { objectKey, s3Client, s3ClientConfig, s3Cause, type S3Settings } from '../../storage/s3'
import { BackupError } from './errors'
import { safeRelative } from './manifest'

/**
 * The uploads of a portal that keeps them in S3 (S3_BUCKET): every object under S3_PREFIX, laid out
 * as on disk (media/…, files/…, library/…, private/…, evidence/…), so an archive is the same
 * whichever storage it came from and can be restored into either.
 */

const isProbe = (rel: string) => /(^|\/)\.(readyz|preflight)-/.test(rel)

const client = (settings: S3Settings) => s3Client(s3ClientConfig(settings))

const where = (s: S3Settings) => `bucket "${s.bucket}" tại ${s.endpoint}${s.prefix ? `, tiền tố "${s.prefix}/"` : ''}`

async function listed<T>(settings: S3Settings, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof BackupError) throw err
    throw new BackupError(`Không đọc, ghi được kho lưu trữ S3 (${where(settings)}): ${s3Cause(err, 30_000)}.`, 1)
  }
}

/** Every object key under the prefix, as paths relative to it. */
async function listRelative(s3: S3, settings: S3Settings): Promise<string[]> {
  const base = settings.prefix ? `${settings.prefix}/` : ''
  const out: string[] = []
  let token: string | undefined
  do {
    const page = await s3.listObjectsV2({ Bucket: settings.bucket, Prefix: base, ContinuationToken: token })
    for (const o of page.Contents ?? []) if (o.Key) out.push(o.Key.slice(base.length))
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return out.sort()
}

/**
 * Downloads every uploaded object into `dir` (relative paths kept). Returns each file's content
 * type, which the bucket serves it with. Probe objects of /readyz and the start-up check are left out.
 */
export async function downloadObjects(
  settings: S3Settings,
  dir: string,
  log: (line: string) => void,
): Promise<Map<string, string | undefined>> {
  const s3 = await client(settings)
  try {
    return await listed(settings, async () => {
      const types = new Map<string, string | undefined>()
      for (const rel of await listRelative(s3, settings)) {
        if (isProbe(rel)) continue
        if (!safeRelative(rel)) {
          log(`bỏ qua đối tượng có tên không dùng được làm đường dẫn: ${rel.slice(0, 120)}`)
          continue
        }
        const got = await s3.getObject({ Bucket: settings.bucket, Key: objectKey(settings, rel) })
        const target = path.join(dir, rel)
        fs.mkdirSync(path.dirname(target), { recursive: true })
        await pipeline(got.Body as Readable, fs.createWriteStream(target, { mode: 0o600 }))
        types.set(rel, got.ContentType)
      }
      return types
    })
  } finally {
    s3.destroy()
  }
}

/** Whether the bucket already holds uploads under the prefix (probe objects aside). */
export async function bucketHasObjects(settings: S3Settings): Promise<boolean> {
  const s3 = await client(settings)
  try {
    return await listed(settings, async () => (await listRelative(s3, settings)).some((rel) => !isProbe(rel)))
  } finally {
    s3.destroy()
  }
}

/** Content types of the files the portal accepts, for archives made from a disk (no type recorded). */
const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  vtt: 'text/vtt',
}

export const contentTypeOf = (rel: string): string =>
  TYPES[(rel.split('.').pop() ?? '').toLowerCase()] ?? 'application/octet-stream'

/** Uploads `files` (relative to `dir`) to the bucket, with their recorded (or guessed) content type. */
export async function uploadObjects(
  settings: S3Settings,
  dir: string,
  files: { path: string; contentType?: string }[],
): Promise<void> {
  const s3 = await client(settings)
  try {
    await listed(settings, async () => {
      for (const f of files) {
        await s3.putObject({
          Bucket: settings.bucket,
          Key: objectKey(settings, f.path),
          Body: fs.createReadStream(path.join(dir, f.path)),
          ContentLength: fs.statSync(path.join(dir, f.path)).size,
          ContentType: f.contentType || contentTypeOf(f.path),
        })
      }
    })
  } finally {
    s3.destroy()
  }
}
