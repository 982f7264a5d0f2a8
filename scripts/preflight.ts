/**
 * Checks the configuration before `npm start` touches anything (scripts/start.mjs runs it first):
 * the secret, the database address and whether the database answers, the uploads directory. A
 * problem stops start-up with ONE Vietnamese line on stderr (no stack trace) and exit code 2.
 *
 *  - PAYLOAD_SECRET shorter than 16 characters: refused. Unset: refused with PostgreSQL (a
 *    PostgreSQL deployment is a production one, possibly with several instances that must share
 *    the secret); with SQLite start.mjs generates one into data/.secret for the quick start.
 *  - PAYLOAD_SECRET_PREVIOUS (the secret being replaced, docs/deployment.md) shorter than 16
 *    characters, or equal to PAYLOAD_SECRET: refused.
 *  - DATABASE_URL that is neither postgres:// nor file:/libsql:: refused.
 *  - PostgreSQL that does not answer `SELECT 1` within PREFLIGHT_TIMEOUT_MS (default 5000):
 *    refused, naming the host and the cause (refused, unknown host, wrong password, no database…).
 *  - SQLite file that cannot be created or opened, or is not an SQLite database: refused.
 *  - UPLOAD_DIR that cannot be written: refused (files on disk, S3_BUCKET unset).
 *  - S3_BUCKET set (uploads in S3-compatible storage) without S3_ENDPOINT, S3_ACCESS_KEY_ID or
 *    S3_SECRET_ACCESS_KEY, or with a malformed value: refused. A bucket that cannot be reached, or
 *    where a probe object cannot be written, read back and deleted within PREFLIGHT_TIMEOUT_MS:
 *    refused, naming the endpoint, the bucket and the cause (refused, unknown host, no bucket,
 *    unknown key, wrong secret, no permission…).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { createClient } from '@libsql/client'
import pg from 'pg'
import { chooseDatabase, type DatabaseChoice } from '../src/shared/database'
import { probeBucket, readS3Settings, s3Cause, StorageConfigError, type S3Settings } from '../src/shared/storage/s3'

class ConfigError extends Error {}

const timeoutMs = Math.max(500, Number(process.env.PREFLIGHT_TIMEOUT_MS) || 5000)

function where(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname}:${u.port || 5432}${u.pathname}`
  } catch {
    return '(địa chỉ không đọc được)'
  }
}

function pgCause(err: unknown): string {
  const e = err as { code?: string; message?: string }
  switch (e?.code) {
    case 'ECONNREFUSED':
      return 'máy chủ từ chối kết nối (PostgreSQL chưa chạy hoặc sai cổng)'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'không tìm thấy tên máy chủ'
    case 'ETIMEDOUT':
    case 'TIMEOUT':
      return `không trả lời sau ${timeoutMs / 1000} giây`
    case '28P01':
    case '28000':
      return 'sai tên đăng nhập hoặc mật khẩu'
    case '3D000':
      return 'cơ sở dữ liệu chưa được tạo'
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'không có đường mạng tới máy chủ'
    default:
      return e?.code ? `lỗi ${e.code}` : 'lỗi không xác định'
  }
}

async function checkPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (err) {
    throw new ConfigError(
      `Không kết nối được cơ sở dữ liệu PostgreSQL tại ${where(url)}: ${pgCause(err)}. Hãy kiểm tra DATABASE_URL và máy chủ cơ sở dữ liệu.`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function checkSqlite(db: Extract<DatabaseChoice, { dialect: 'sqlite' }>): Promise<void> {
  if (db.file) {
    const stat = await fs.stat(db.file).catch(() => null)
    if (stat && !stat.isFile()) throw new ConfigError(`DATABASE_URL trỏ tới "${db.file}", không phải một tệp.`)
    if (stat && stat.size > 0) {
      const handle = await fs.open(db.file, 'r')
      const header = Buffer.alloc(16)
      await handle.read(header, 0, 16, 0)
      await handle.close()
      if (header.toString('latin1') !== 'SQLite format 3\0') {
        throw new ConfigError(`Tệp "${db.file}" trong DATABASE_URL không phải cơ sở dữ liệu SQLite.`)
      }
    }
    try {
      await fs.access(path.dirname(db.file), fs.constants.W_OK)
    } catch {
      throw new ConfigError(`Không ghi được vào thư mục "${path.dirname(db.file)}" của cơ sở dữ liệu SQLite.`)
    }
  }
  const client = createClient({ url: db.url })
  try {
    await client.execute('SELECT 1')
  } catch (err) {
    throw new ConfigError(
      `Không mở được cơ sở dữ liệu SQLite ${db.file ?? db.url}: ${(err as { code?: string }).code ?? 'lỗi không xác định'}.`,
    )
  } finally {
    client.close()
  }
}

async function checkUploads(): Promise<void> {
  const dir = path.resolve(process.env.UPLOAD_DIR || path.join(process.cwd(), 'data', 'uploads'))
  try {
    await fs.mkdir(dir, { recursive: true })
    const probe = path.join(dir, `.preflight-${process.pid}`)
    await fs.writeFile(probe, 'ok')
    await fs.rm(probe)
  } catch {
    throw new ConfigError(`Không ghi được vào thư mục lưu tệp tải lên "${dir}" (UPLOAD_DIR).`)
  }
}

async function checkBucket(settings: S3Settings): Promise<void> {
  try {
    await probeBucket(settings, { name: '.preflight', signal: AbortSignal.timeout(timeoutMs) })
  } catch (err) {
    throw new ConfigError(
      `Không dùng được kho lưu trữ S3 tại ${settings.endpoint} (bucket "${settings.bucket}"): ${s3Cause(err, timeoutMs)}. Hãy kiểm tra S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY và máy chủ lưu trữ.`,
    )
  }
}

async function main(): Promise<void> {
  let db: DatabaseChoice
  try {
    db = chooseDatabase()
  } catch (err) {
    throw new ConfigError((err as Error).message)
  }
  const secret = process.env.PAYLOAD_SECRET
  if (secret !== undefined && secret !== '' && secret.length < 16) {
    throw new ConfigError('PAYLOAD_SECRET quá ngắn: cần ít nhất 16 ký tự (ví dụ: openssl rand -hex 32).')
  }
  if (!secret && db.dialect === 'postgres') {
    throw new ConfigError(
      'Chưa đặt PAYLOAD_SECRET: khi chạy với PostgreSQL phải đặt khóa bí mật (ít nhất 16 ký tự, giống nhau trên mọi máy chủ), ví dụ: export PAYLOAD_SECRET="$(openssl rand -hex 32)".',
    )
  }
  const previous = process.env.PAYLOAD_SECRET_PREVIOUS?.trim()
  if (previous && previous.length < 16) {
    throw new ConfigError(
      'PAYLOAD_SECRET_PREVIOUS quá ngắn: đây phải là khóa bí mật cũ (ít nhất 16 ký tự) đang được thay.',
    )
  }
  if (previous && previous === secret) {
    throw new ConfigError(
      'PAYLOAD_SECRET_PREVIOUS trùng PAYLOAD_SECRET: khi đổi khóa, PAYLOAD_SECRET là khóa mới và PAYLOAD_SECRET_PREVIOUS là khóa cũ.',
    )
  }
  let s3: S3Settings | null
  try {
    s3 = readS3Settings()
  } catch (err) {
    if (err instanceof StorageConfigError) throw new ConfigError(err.message)
    throw err
  }
  if (db.dialect === 'postgres') await checkPostgres(db.url)
  else await checkSqlite(db)
  if (s3) await checkBucket(s3)
  else await checkUploads()
}

try {
  await main()
  console.log(
    process.env.S3_BUCKET?.trim()
      ? 'Cấu hình hợp lệ, cơ sở dữ liệu và kho lưu trữ S3 trả lời.'
      : 'Cấu hình hợp lệ, cơ sở dữ liệu trả lời.',
  )
  process.exit(0)
} catch (err) {
  const message = err instanceof ConfigError ? err.message : `Kiểm tra cấu hình thất bại: ${String(err)}`
  console.error(`✖ ${message}`)
  process.exit(2)
}
