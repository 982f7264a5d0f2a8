/**
 * `npm run backup [-- --out <dir>] [--verify]`: one archive with the database (SQLite online copy
 * by VACUUM INTO, or PostgreSQL pg_dump -Fc) and every uploaded file (from UPLOAD_DIR, or from the
 * S3 bucket when S3_BUCKET is set), with a manifest of SHA-256
 * checksums and row counts (src/shared/ops/backup/archive.ts). Safe while the portal runs.
 * --out: where to write (default BACKUP_DIR or ./data/backups). --verify: then check the archive
 * and restore it into a scratch database, comparing row counts.
 * Exit codes: 0 done, 1 failed, 3 the archive just written did not verify.
 */
import path from 'node:path'
import { createBackup, verifyBackup } from '../src/shared/ops/backup/archive'
import { BackupError } from '../src/shared/ops/backup/errors'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const outDir = path.resolve(
  outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : process.env.BACKUP_DIR || path.join('data', 'backups'),
)
const verify = args.includes('--verify')

try {
  const started = Date.now()
  const { file, manifest } = await createBackup({ outDir, log: (l) => console.log(`  · ${l}`) })
  const rows = Object.values(manifest.database.tables).reduce((a, b) => a + b, 0)
  console.log(
    `Đã sao lưu vào ${file}: ${Object.keys(manifest.database.tables).length} bảng, ${rows} dòng, ${manifest.uploads.length} tệp tải lên (${((Date.now() - started) / 1000).toFixed(1)} giây).`,
  )
  if (verify) {
    const report = await verifyBackup(file, {
      postgresUrl: process.env.VERIFY_DATABASE_URL || process.env.DATABASE_URL,
    })
    console.log(
      `Kiểm tra: tốt — khôi phục thử được ${report.tables} bảng, ${report.rows} dòng; ${report.files} tệp đúng mã SHA-256.`,
    )
  }
  process.exit(0)
} catch (err) {
  const message =
    err instanceof BackupError ? err.message : `Sao lưu thất bại: ${(err as Error).message ?? String(err)}`
  console.error(`✖ ${message}`)
  process.exit(err instanceof BackupError ? err.exitCode : 1)
}
