import fs from 'node:fs'
import path from 'node:path'

/** Which database the portal uses: PostgreSQL for a postgres:// URL, else an SQLite file. */
export type DatabaseChoice =
  { dialect: 'postgres'; url: string } | { dialect: 'sqlite'; url: string; file: string | null }

export const DEFAULT_SQLITE_URL = 'file:./data/pbgdpl.db'

export function chooseDatabase(url = process.env.DATABASE_URL): DatabaseChoice {
  const value = url?.trim() || DEFAULT_SQLITE_URL
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: 'postgres', url: value }
  if (!/^(file:|libsql:|https?:|wss?:)/i.test(value)) {
    throw new Error(
      `DATABASE_URL không hợp lệ: dùng "postgres://…" cho PostgreSQL hoặc "file:./data/pbgdpl.db" cho SQLite (đang là "${value}").`,
    )
  }
  const file = value.startsWith('file:') ? path.resolve(value.slice('file:'.length)) : null
  if (file) fs.mkdirSync(path.dirname(file), { recursive: true })
  return { dialect: 'sqlite', url: file ? `file:${file}` : value, file }
}
