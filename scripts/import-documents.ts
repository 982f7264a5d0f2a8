/**
 * Imports legal documents into the portal's database (the same DATABASE_URL as the portal).
 *
 *   npm run import:documents -- <file> [--format auto|jsonl|congbao|articles|alqac|text] [--publish] [--dry-run]
 *
 * Formats: documents.jsonl (metadata + full text), congbao_metadata.jsonl (metadata only),
 * articles.jsonl (full text for documents already imported), an ALQAC law.json, a .txt document.
 * Safe to run again: existing documents are matched on number + type + date of issue and only
 * their empty fields are filled. Exit code 1 when the file cannot be read at all, 0 otherwise
 * (record errors are listed with their line numbers).
 */
import path from 'node:path'
import { getPayload } from 'payload'
import config from '../src/payload.config'
import { createProgress, type Progress } from '../src/modules/legal-documents/import/progress'
import { formatSummary, ImportError, importDocuments } from '../src/modules/legal-documents/import/run-import'
import { IMPORT_FORMATS, type ImportFormat } from '../src/modules/legal-documents/import/types'

const USAGE =
  'Cách dùng: npm run import:documents -- <tệp> [--format auto|jsonl|congbao|articles|alqac|text] [--publish] [--dry-run]'

function parseArgs(argv: string[]): { file: string; format: ImportFormat; publish: boolean; dryRun: boolean } {
  let file: string | null = null
  let format: ImportFormat = 'auto'
  let publish = false
  let dryRun = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--publish') publish = true
    else if (arg === '--dry-run') dryRun = true
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : argv[++i]
      if (!value || !(IMPORT_FORMATS as readonly string[]).includes(value)) {
        throw new ImportError(`Định dạng “${value ?? ''}” không hợp lệ. ${USAGE}`)
      }
      format = value as ImportFormat
    } else if (arg.startsWith('--')) throw new ImportError(`Tùy chọn “${arg}” không hợp lệ. ${USAGE}`)
    else if (file === null) file = arg
    else throw new ImportError(`Chỉ nhập một tệp mỗi lần. ${USAGE}`)
  }
  if (!file) throw new ImportError(USAGE)
  return { file: path.resolve(file), format, publish, dryRun }
}

let exitCode = 0
try {
  const args = parseArgs(process.argv.slice(2))
  const payload = await getPayload({ config })
  const bar: { progress: Progress | null } = { progress: null }
  try {
    const summary = await importDocuments(
      payload,
      { path: args.file },
      {
        format: args.format,
        publish: args.publish,
        dryRun: args.dryRun,
        onProgress: (done, total) => {
          bar.progress ??= createProgress(total)
          bar.progress.tick(done)
        },
      },
    )
    bar.progress?.end()
    console.log(formatSummary(summary))
  } finally {
    await payload.db.destroy?.()
  }
} catch (err) {
  exitCode = 1
  console.error(err instanceof ImportError ? err.message : err)
}
process.exit(exitCode)
