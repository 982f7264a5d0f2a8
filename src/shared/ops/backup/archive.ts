import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chooseDatabase } from '../../database'
import { readS3Settings, StorageConfigError, type S3Settings } from '../../storage/s3'
import {
  dumpPostgres,
  dumpSqlite,
  inspectSqliteFile,
  postgresCounts,
  postgresHasData,
  replaceSqliteFile,
  restorePostgres,
  scratchPostgres,
  sqliteHasData,
  type TableCounts,
} from './database'
import { BackupError, corrupted } from './errors'
import { listFiles, run, sha256File } from './files'
import {
  ARCHIVE_ROOT,
  FORMAT,
  FORMAT_VERSION,
  isManifest,
  safeRelative,
  type FileEntry,
  type Manifest,
  type UploadEntry,
} from './manifest'
import { bucketHasObjects, downloadObjects, uploadObjects } from './s3-files'

/**
 * One archive (tar + gzip) holds the database image, every uploaded file and manifest.json with
 * each file's size and SHA-256 and the row count of every table:
 *
 *   pbgdpl-backup/manifest.json
 *   pbgdpl-backup/database/pbgdpl.sqlite | pbgdpl.pgdump
 *   pbgdpl-backup/uploads/<the uploads directory, or the objects under S3_PREFIX of S3_BUCKET>
 *
 * Uploads come from (and are restored to) the S3 bucket when S3_BUCKET is set, the uploads
 * directory otherwise; both have the same layout, so an archive moves a portal from one to the
 * other (src/shared/ops/backup/s3-files.ts).
 *
 * Reading an archive (openArchive) extracts it to a scratch folder and checks it completely —
 * gzip CRC, tar structure, manifest, every checksum, no file missing or extra, no link — before
 * the caller touches anything.
 */

export const uploadDir = (): string =>
  path.resolve(process.env.UPLOAD_DIR || path.join(process.cwd(), 'data', 'uploads'))

/**
 * Where uploads live: `s3` when given (null: the disk), the disk when `uploads` is given,
 * otherwise S3 when S3_BUCKET is set.
 */
function uploadsInS3(options: { s3?: S3Settings | null; uploads?: string }): S3Settings | null {
  if (options.s3 !== undefined) return options.s3
  if (options.uploads) return null
  try {
    return readS3Settings()
  } catch (err) {
    if (err instanceof StorageConfigError) throw new BackupError(err.message, 2)
    throw err
  }
}

const stamp = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)

async function entry(root: string, rel: string): Promise<FileEntry> {
  const file = path.join(root, rel)
  return { path: rel, bytes: fs.statSync(file).size, sha256: await sha256File(file) }
}

/** Hard link (same file system, no copy) or copy: a stable view of one uploaded file. */
function stage(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}

export async function createBackup(options: {
  outDir: string
  databaseUrl?: string
  uploads?: string
  /** S3 settings (null: the disk); by default S3 when S3_BUCKET is set, see uploadsInS3. */
  s3?: S3Settings | null
  now?: Date
  log?: (line: string) => void
}): Promise<{ file: string; manifest: Manifest }> {
  const log = options.log ?? (() => undefined)
  const db = chooseDatabase(options.databaseUrl ?? process.env.DATABASE_URL)
  const s3 = uploadsInS3(options)
  const uploads = options.uploads ?? uploadDir()
  const now = options.now ?? new Date()
  fs.mkdirSync(options.outDir, { recursive: true })
  const work = fs.mkdtempSync(path.join(options.outDir, '.pbgdpl-backup-'))
  try {
    const root = path.join(work, ARCHIVE_ROOT)
    fs.mkdirSync(path.join(root, 'database'), { recursive: true })
    const dbRel = db.dialect === 'postgres' ? 'database/pbgdpl.pgdump' : 'database/pbgdpl.sqlite'
    log(db.dialect === 'postgres' ? 'Sao lưu PostgreSQL (pg_dump)…' : 'Sao lưu SQLite (VACUUM INTO)…')
    if (db.dialect === 'sqlite' && db.file && !fs.existsSync(db.file)) {
      throw new BackupError(`Không thấy tệp cơ sở dữ liệu SQLite "${db.file}".`)
    }
    const dumped =
      db.dialect === 'postgres'
        ? await dumpPostgres(db.url, path.join(root, dbRel))
        : await dumpSqlite(db.url, path.join(root, dbRel))

    const uploaded: UploadEntry[] = []
    if (s3) {
      log(`Tải tệp tải lên từ kho lưu trữ S3 (bucket "${s3.bucket}"${s3.prefix ? `, tiền tố "${s3.prefix}/"` : ''})…`)
      const types = await downloadObjects(s3, path.join(root, 'uploads'), log)
      for (const [rel, contentType] of types) {
        uploaded.push({ ...(await entry(path.join(root, 'uploads'), rel)), ...(contentType ? { contentType } : {}) })
      }
    } else {
      log(`Sao chép tệp tải lên từ ${uploads}…`)
      const { files } = listFiles(uploads)
      for (const rel of files) {
        if (path.basename(rel).startsWith('.readyz-') || path.basename(rel).startsWith('.preflight-')) continue
        stage(path.join(uploads, rel), path.join(root, 'uploads', rel))
        uploaded.push(await entry(path.join(root, 'uploads'), rel))
      }
    }
    const manifest: Manifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: now.toISOString(),
      dialect: db.dialect,
      database: { ...(await entry(root, dbRel)), tables: dumped.tables },
      uploads: uploaded,
      uploadsFrom: s3 ? 's3' : 'disk',
      migrations: dumped.migrations,
    }
    fs.writeFileSync(path.join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

    const name = `pbgdpl-${db.dialect}-${stamp(now)}.tar.gz`
    const partial = path.join(options.outDir, `${name}.partial`)
    await run('tar', ['-czf', partial, '-C', work, ARCHIVE_ROOT])
    fs.chmodSync(partial, 0o600)
    const file = path.join(options.outDir, name)
    fs.renameSync(partial, file)
    return { file, manifest }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

export type OpenedArchive = { dir: string; manifest: Manifest; close: () => void }

/** Extracts and checks an archive; throws `corrupted(...)` (exit code 3) on any defect. */
export async function openArchive(file: string, scratchParent = os.tmpdir()): Promise<OpenedArchive> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new BackupError(`Không tìm thấy tệp sao lưu "${file}".`, 2)
  }
  fs.mkdirSync(scratchParent, { recursive: true })
  const work = fs.mkdtempSync(path.join(scratchParent, '.pbgdpl-restore-'))
  const close = () => fs.rmSync(work, { recursive: true, force: true })
  try {
    let listing: string
    try {
      // Reads the whole stream: a truncated or altered gzip fails its length/CRC check here.
      listing = await run('tar', ['-tzf', file])
    } catch {
      throw corrupted('không đọc được nội dung nén')
    }
    const names = listing.split('\n').filter(Boolean)
    if (names.length === 0) throw corrupted('tệp rỗng')
    for (const n of names) {
      const clean = n.replace(/\/$/, '')
      if (clean !== ARCHIVE_ROOT && !(clean.startsWith(`${ARCHIVE_ROOT}/`) && safeRelative(clean))) {
        throw corrupted(`đường dẫn lạ trong tệp: ${n.slice(0, 120)}`)
      }
    }
    try {
      await run('tar', ['-xzf', file, '-C', work, '--no-same-owner', '--no-same-permissions'])
    } catch {
      throw corrupted('giải nén thất bại')
    }
    const root = path.join(work, ARCHIVE_ROOT)
    const manifestFile = path.join(root, 'manifest.json')
    if (!fs.existsSync(manifestFile)) throw corrupted('thiếu manifest.json')
    let manifest: unknown
    try {
      manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    } catch {
      throw corrupted('manifest.json không đọc được')
    }
    if (!isManifest(manifest)) throw corrupted('manifest.json không đúng định dạng')
    const { files, others } = listFiles(root)
    if (others.length > 0) throw corrupted(`có liên kết hoặc tệp đặc biệt: ${others[0]}`)
    const expected = new Map<string, FileEntry>()
    if (!safeRelative(manifest.database.path)) throw corrupted('đường dẫn cơ sở dữ liệu lạ')
    expected.set(manifest.database.path, manifest.database)
    for (const u of manifest.uploads) {
      if (!safeRelative(u.path)) throw corrupted(`đường dẫn lạ: ${u.path.slice(0, 120)}`)
      expected.set(`uploads/${u.path}`, u)
    }
    const present = new Set(files.filter((f) => f !== 'manifest.json'))
    for (const [rel, e] of expected) {
      if (!present.has(rel)) throw corrupted(`thiếu tệp ${rel}`)
      const full = path.join(root, rel)
      if (fs.statSync(full).size !== e.bytes) throw corrupted(`sai kích thước tệp ${rel}`)
      if ((await sha256File(full)) !== e.sha256) throw corrupted(`sai mã kiểm tra SHA-256 của tệp ${rel}`)
      present.delete(rel)
    }
    if (present.size > 0) throw corrupted(`có tệp không ghi trong manifest: ${[...present][0]}`)
    return { dir: root, manifest, close }
  } catch (err) {
    close()
    throw err
  }
}

function compareCounts(expected: TableCounts, actual: TableCounts): string[] {
  const problems: string[] = []
  for (const [table, n] of Object.entries(expected)) {
    if (!(table in actual)) problems.push(`thiếu bảng ${table}`)
    else if (actual[table] !== n) problems.push(`bảng ${table}: ${actual[table]} dòng, cần ${n}`)
  }
  for (const table of Object.keys(actual)) if (!(table in expected)) problems.push(`bảng thừa ${table}`)
  return problems
}

export type VerifyReport = { tables: number; rows: number; files: number; bytes: number }

/**
 * `--verify`: the archive is checked (openArchive), its database restored into a scratch database
 * (a temporary SQLite file, or a temporary PostgreSQL database on the server of `postgresUrl`),
 * and every table's row count compared with the manifest.
 */
export async function verifyBackup(file: string, options: { postgresUrl?: string } = {}): Promise<VerifyReport> {
  const opened = await openArchive(file)
  try {
    const { manifest } = opened
    const dump = path.join(opened.dir, manifest.database.path)
    let actual: TableCounts
    if (manifest.dialect === 'sqlite') {
      const scratch = path.join(path.dirname(opened.dir), 'verify.sqlite')
      fs.copyFileSync(dump, scratch)
      const inspected = await inspectSqliteFile(scratch)
      if (inspected.integrity !== 'ok') throw corrupted(`SQLite integrity_check: ${inspected.integrity.slice(0, 120)}`)
      actual = inspected.tables
    } else {
      const url = options.postgresUrl
      if (!url || !/^postgres(ql)?:\/\//i.test(url)) {
        throw new BackupError(
          'Kiểm tra bản sao lưu PostgreSQL cần một máy chủ PostgreSQL: đặt DATABASE_URL (hoặc VERIFY_DATABASE_URL) là postgres://…',
          2,
        )
      }
      const scratch = await scratchPostgres(url)
      try {
        try {
          await restorePostgres(scratch.url, dump)
        } catch (err) {
          throw corrupted(`pg_restore thất bại: ${String((err as Error).message).slice(0, 200)}`)
        }
        actual = await postgresCounts(scratch.url)
      } finally {
        await scratch.drop()
      }
    }
    const problems = compareCounts(manifest.database.tables, actual)
    if (problems.length > 0) throw corrupted(`số dòng không khớp: ${problems.slice(0, 3).join('; ')}`)
    return {
      tables: Object.keys(actual).length,
      rows: Object.values(actual).reduce((a, b) => a + b, 0),
      files: manifest.uploads.length,
      bytes: manifest.uploads.reduce((a, u) => a + u.bytes, 0),
    }
  } finally {
    opened.close()
  }
}

/**
 * Restores an archive into the configured database and uploads directory (or S3 bucket). The
 * archive is fully checked first; a database with data (or uploads present) is refused unless
 * `force`. The previous uploads directory is kept beside the new one as `<dir>.before-restore-…`;
 * in a bucket, the archive's objects replace those of the same name and other objects stay.
 */
export async function restoreBackup(
  file: string,
  options: {
    force?: boolean
    databaseUrl?: string
    uploads?: string
    s3?: S3Settings | null
    log?: (line: string) => void
  } = {},
): Promise<{ manifest: Manifest; previousUploads: string | null }> {
  const log = options.log ?? (() => undefined)
  const db = chooseDatabase(options.databaseUrl ?? process.env.DATABASE_URL)
  const s3 = uploadsInS3(options)
  const uploads = options.uploads ?? uploadDir()
  // Extract next to the uploads directory, so the restored files can be renamed into place.
  const opened = await openArchive(file, s3 ? undefined : path.dirname(uploads))
  try {
    const { manifest } = opened
    if (manifest.dialect !== db.dialect) {
      throw new BackupError(
        `Bản sao lưu là của ${manifest.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'} nhưng DATABASE_URL đang trỏ tới ${db.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'}.`,
        2,
      )
    }
    const hasData =
      db.dialect === 'postgres' ? await postgresHasData(db.url) : db.file ? await sqliteHasData(db.file) : true
    // In S3 this also checks that the bucket answers before anything is changed.
    const uploadsHaveFiles = s3
      ? await bucketHasObjects(s3)
      : listFiles(uploads).files.some((f) => !path.basename(f).startsWith('.readyz-'))
    if ((hasData || uploadsHaveFiles) && !options.force) {
      const where = s3 ? ' hoặc kho lưu trữ S3' : ' hoặc thư mục tệp tải lên'
      throw new BackupError(
        `Cơ sở dữ liệu${uploadsHaveFiles ? where : ''} đang có dữ liệu: không ghi đè. Dừng cổng thông tin và chạy lại với --force nếu thật sự muốn thay thế.`,
        4,
      )
    }
    const dump = path.join(opened.dir, manifest.database.path)
    log('Khôi phục cơ sở dữ liệu…')
    if (db.dialect === 'postgres') await restorePostgres(db.url, dump)
    else if (db.file) replaceSqliteFile(db.file, dump)
    else throw new BackupError('Chỉ khôi phục được SQLite dạng tệp (file:…).', 2)

    if (s3) {
      log(`Khôi phục tệp tải lên vào kho lưu trữ S3 (bucket "${s3.bucket}")…`)
      await uploadObjects(s3, path.join(opened.dir, 'uploads'), manifest.uploads)
      return { manifest, previousUploads: null }
    }
    log('Khôi phục tệp tải lên…')
    let previousUploads: string | null = null
    if (fs.existsSync(uploads)) {
      previousUploads = `${uploads}.before-restore-${stamp(new Date())}`
      fs.renameSync(uploads, previousUploads)
    }
    const restored = path.join(opened.dir, 'uploads')
    if (fs.existsSync(restored)) fs.renameSync(restored, uploads)
    else fs.mkdirSync(uploads, { recursive: true })
    if (previousUploads && listFiles(previousUploads).files.length === 0) {
      fs.rmSync(previousUploads, { recursive: true, force: true })
      previousUploads = null
    }
    return { manifest, previousUploads }
  } finally {
    opened.close()
  }
}
