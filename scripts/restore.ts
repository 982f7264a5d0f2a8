/**
 * `npm run restore -- <file> [--force]`: puts a backup made by `npm run backup` back into the
 * database of DATABASE_URL and the uploads directory (UPLOAD_DIR), or the S3 bucket when S3_BUCKET
 * is set (either kind of archive goes into either). Stop the portal first.
 * `npm run restore -- <file> --verify`: only checks the archive and restores it into a scratch
 * database (nothing else is touched), comparing every table's row count with the manifest.
 * The whole archive is checked (gzip, manifest, SHA-256 of every file) before anything is changed;
 * a database with data, or uploads present, is not overwritten without --force.
 * Exit codes: 0 done, 1 failed, 2 bad usage or configuration, 3 archive damaged, 4 refused
 * (data present, no --force).
 */
import { restoreBackup, verifyBackup } from '../src/shared/ops/backup/archive'
import { BackupError } from '../src/shared/ops/backup/errors'

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--'))
const force = args.includes('--force')
const verify = args.includes('--verify')

try {
  if (!file) throw new BackupError('Cách dùng: npm run restore -- <tệp sao lưu .tar.gz> [--force] [--verify]', 2)
  if (verify) {
    const report = await verifyBackup(file, {
      postgresUrl: process.env.VERIFY_DATABASE_URL || process.env.DATABASE_URL,
    })
    console.log(
      `Tệp sao lưu tốt: khôi phục thử được ${report.tables} bảng, ${report.rows} dòng, đúng số dòng ghi trong manifest; ${report.files} tệp tải lên đúng mã SHA-256.`,
    )
  } else {
    const { manifest, previousUploads } = await restoreBackup(file, { force, log: (l) => console.log(`  · ${l}`) })
    const rows = Object.values(manifest.database.tables).reduce((a, b) => a + b, 0)
    console.log(
      `Đã khôi phục bản sao lưu ngày ${manifest.createdAt}: ${rows} dòng, ${manifest.uploads.length} tệp tải lên.` +
        (previousUploads ? ` Thư mục tệp tải lên cũ được giữ ở ${previousUploads}.` : '') +
        ' Khởi động lại cổng thông tin (npm start chạy các bước chuyển đổi còn thiếu).',
    )
  }
  process.exit(0)
} catch (err) {
  const message =
    err instanceof BackupError ? err.message : `Khôi phục thất bại: ${(err as Error).message ?? String(err)}`
  console.error(`✖ ${message}`)
  process.exit(err instanceof BackupError ? err.exitCode : 1)
}
