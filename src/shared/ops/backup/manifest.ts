/** manifest.json at the root of every backup archive. */
export const ARCHIVE_ROOT = 'pbgdpl-backup'
export const FORMAT = 'pbgdpl-backup'
export const FORMAT_VERSION = 1

export type FileEntry = { path: string; bytes: number; sha256: string }
/** An uploaded file; `contentType` is the one its S3 object had (archives made from S3 only). */
export type UploadEntry = FileEntry & { contentType?: string }

export type Manifest = {
  format: typeof FORMAT
  version: typeof FORMAT_VERSION
  createdAt: string
  dialect: 'sqlite' | 'postgres'
  /** The database image: an SQLite file, or a pg_dump custom-format (-Fc) dump. */
  database: FileEntry & { tables: Record<string, number> }
  /** Every uploaded file, under uploads/ in the archive. */
  uploads: UploadEntry[]
  /** Where the uploads were copied from: the uploads directory, or the S3 bucket (S3_BUCKET). */
  uploadsFrom?: 'disk' | 's3'
  /** Migrations applied in the database when it was copied. */
  migrations: string[]
}

export function isManifest(value: unknown): value is Manifest {
  const m = value as Manifest
  const isEntry = (e: unknown): e is FileEntry => {
    const f = e as FileEntry
    return (
      !!f &&
      typeof f.path === 'string' &&
      typeof f.bytes === 'number' &&
      typeof f.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(f.sha256)
    )
  }
  return (
    !!m &&
    m.format === FORMAT &&
    m.version === FORMAT_VERSION &&
    (m.dialect === 'sqlite' || m.dialect === 'postgres') &&
    isEntry(m.database) &&
    typeof m.database.tables === 'object' &&
    m.database.tables !== null &&
    Array.isArray(m.uploads) &&
    m.uploads.every(isEntry) &&
    Array.isArray(m.migrations)
  )
}

/** A path from the manifest that stays inside the archive folder. */
export function safeRelative(p: string): boolean {
  return (
    !!p && !p.startsWith('/') && !p.split('/').some((s) => s === '..' || s === '' || s === '.') && !p.includes('\\')
  )
}
