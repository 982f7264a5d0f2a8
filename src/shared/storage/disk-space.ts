import fs from 'node:fs/promises'
import path from 'node:path'
import type { SanitizedCollectionConfig } from 'payload'
import { userError } from '@/shared/errors'

/** Space kept free on the uploads' disk for the database, logs and image sizes (UPLOAD_DISK_RESERVE_MB, default 16). */
const reserveBytes = (): number => Math.max(0, Number(process.env.UPLOAD_DISK_RESERVE_MB ?? 16)) * 1024 * 1024

/** Free bytes on the disk holding `dir` (or its nearest existing parent); null when unknown. */
export async function freeBytes(dir: string): Promise<number | null> {
  let probe = path.resolve(dir)
  for (;;) {
    try {
      const stats = await fs.statfs(probe)
      return Number(stats.bavail) * Number(stats.bsize)
    } catch {
      const parent = path.dirname(probe)
      if (parent === probe) return null
      probe = parent
    }
  }
}

/**
 * Refuses an upload the uploads' disk cannot take (the file, its image sizes and the reserve) with
 * a clear Vietnamese 507 before anything is written, so a full disk never leaves a half-written
 * file or a record without its file. Not checked when uploads go to S3.
 */
export async function ensureUploadSpace(
  collection: SanitizedCollectionConfig | undefined,
  size: number,
): Promise<void> {
  if (process.env.S3_BUCKET) return
  const dir = typeof collection?.upload === 'object' ? collection.upload.staticDir : undefined
  if (!dir) return
  const free = await freeBytes(dir)
  if (free === null) return
  const needed = size * 2 + reserveBytes()
  if (free < needed) {
    throw userError(
      'Máy chủ không còn đủ chỗ để lưu tệp này. Tệp chưa được lưu và dữ liệu đã có không bị ảnh hưởng; vui lòng báo quản trị hệ thống giải phóng dung lượng rồi thử lại.',
      507,
    )
  }
}
