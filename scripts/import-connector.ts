/**
 * Imports legal documents from a connector file into the portal's database (same DATABASE_URL),
 * as a member of the editorial board, all or nothing.
 *
 *   npm run import:connector -- <file> --format vbpl|congbao|csv --as <editor's e-mail> [--dry-run]
 *
 * vbpl: the JSON of the national legal documents database's public gateway; csv: the template at
 * /api/quan-tri/nhap-van-ban/mau.csv. New documents are drafts. Exit code 1 when nothing was
 * imported (the errors are listed with their line numbers), 0 otherwise.
 */
import fs from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'
import config from '../src/payload.config'
import type { User } from '../src/payload-types'
import {
  CONNECTOR_FORMATS,
  importConnectorFile,
  type ConnectorFormat,
} from '../src/modules/data-exchange/connectors/import-file'
import { importCongbaoStream } from '../src/modules/data-exchange/connectors/congbao'
import { ConnectorError } from '../src/modules/data-exchange/connectors/types'
import { createProgress, type Progress } from '../src/modules/legal-documents/import/progress'

const USAGE =
  'Cách dùng: npm run import:connector -- <tệp> --format vbpl|congbao|csv --as <thư điện tử biên tập viên> [--dry-run]'

function parseArgs(argv: string[]): {
  file: string
  format: ConnectorFormat | 'congbao'
  email: string
  dryRun: boolean
} {
  let file: string | null = null
  let format: string | null = null
  let email: string | null = null
  let dryRun = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--dry-run') dryRun = true
    else if (arg === '--format') format = argv[++i] ?? null
    else if (arg === '--as') email = argv[++i] ?? null
    else if (arg.startsWith('--')) throw new ConnectorError(`Tùy chọn “${arg}” không hợp lệ. ${USAGE}`, 400)
    else if (file === null) file = arg
    else throw new ConnectorError(`Chỉ nhập một tệp mỗi lần. ${USAGE}`, 400)
  }
  if (!file || !email) throw new ConnectorError(USAGE, 400)
  if (format !== 'congbao' && !CONNECTOR_FORMATS.includes(format as ConnectorFormat)) {
    throw new ConnectorError(`Định dạng “${format ?? ''}” không hợp lệ. ${USAGE}`, 400)
  }
  return { file: path.resolve(file), format: format as ConnectorFormat | 'congbao', email, dryRun }
}

let exitCode = 0
try {
  const args = parseArgs(process.argv.slice(2))
  if (!fs.existsSync(args.file)) throw new ConnectorError(`Không tìm thấy tệp ${args.file}.`, 400)
  const payload = await getPayload({ config })
  try {
    // A system look-up of the account the import acts as; the import then runs with its rights.
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: args.email.toLowerCase() } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const user = found.docs[0] ? ({ ...found.docs[0], collection: 'users' } as User) : null
    if (!user) throw new ConnectorError(`Không có tài khoản ${args.email}.`, 400)
    if (args.format === 'congbao') {
      const total = fs
        .readFileSync(args.file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '').length
      const progress = createProgress(total)
      const result = await importCongbaoStream({
        payload,
        user,
        input: args.file,
        dryRun: args.dryRun,
        onProgress: (line) => progress.tick(Math.min(line, total)),
      })
      progress.end()
      console.log(
        `${path.basename(args.file)}${args.dryRun ? ' (chạy thử, không ghi gì)' : ''}: ${result.lines} dòng — ` +
          `thêm mới ${result.created}, cập nhật ${result.updated}, không đổi ${result.unchanged}, ` +
          `bỏ qua ${result.badLines.length} dòng lỗi, ${result.failedBatches.length} lô không ghi được.`,
      )
      for (const b of result.badLines) console.log(`  ${b.message}`)
      for (const b of result.failedBatches) console.log(`  Dòng ${b.fromLine}–${b.toLine}: ${b.message}`)
      if (result.failedBatches.length > 0) exitCode = 1
    } else {
      const bar: { progress: Progress | null } = { progress: null }
      const summary = await importConnectorFile({
        payload,
        user,
        format: args.format,
        content: fs.readFileSync(args.file),
        dryRun: args.dryRun,
        onProgress: (done, total) => {
          bar.progress ??= createProgress(total)
          bar.progress.tick(done)
        },
      })
      bar.progress?.end()
      console.log(
        `${path.basename(args.file)}${summary.dryRun ? ' (chạy thử, không ghi gì)' : ''}: ${summary.total} văn bản — ` +
          `thêm mới ${summary.created}, cập nhật ${summary.updated}, không đổi ${summary.unchanged}.`,
      )
      for (const w of summary.warnings) console.log(`  Cảnh báo, dòng ${w.line}: ${w.message}`)
    }
  } finally {
    await payload.db.destroy?.()
  }
} catch (err) {
  exitCode = 1
  if (err instanceof ConnectorError) {
    console.error(err.message)
    for (const issue of err.issues) console.error(`  ${issue.message}`)
  } else console.error(err)
}
process.exit(exitCode)
