import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { applyAttach, applyDocument, type ApplyOptions, type Outcome } from './apply'
import { detectFormat, readRecords } from './read-records'
import type { ImportFormat, ImportRecord, ImportSummary } from './types'

export type ImportOptions = Partial<ApplyOptions> & {
  format?: ImportFormat
  now?: Date
  onProgress?: (done: number, total: number) => void
}

export type ImportSource = { path: string } | { name: string; content: string }

export class ImportError extends Error {}

function readSource(source: ImportSource): { name: string; content: string } {
  if ('content' in source) return source
  if (!fs.existsSync(source.path)) throw new ImportError(`Không tìm thấy tệp ${source.path}.`)
  return { name: path.basename(source.path), content: fs.readFileSync(source.path, 'utf8') }
}

async function loadFieldTerms(payload: Payload): Promise<{ id: number; title: string }[]> {
  const found = await payload.find({
    collection: 'legal-fields',
    limit: 1000,
    depth: 0,
    pagination: false,
    select: { title: true },
    overrideAccess: true,
  })
  return found.docs.map((d) => ({ id: d.id, title: d.title }))
}

async function applyRecord(
  payload: Payload,
  record: ImportRecord,
  options: ApplyOptions,
  terms: { id: number; title: string }[],
): Promise<Outcome> {
  if (record.kind === 'document') return applyDocument({ payload, input: record.input, terms, options })
  if (record.kind === 'attach') return applyAttach({ payload, input: record.input, options })
  throw new ImportError(record.message)
}

/**
 * Imports legal documents from one file (documents.jsonl, congbao_metadata.jsonl, articles.jsonl,
 * an ALQAC law.json or a .txt document) as the system, and says what it did. Safe to run again.
 */
export async function importDocuments(
  payload: Payload,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = Date.now()
  const { name, content } = readSource(source)
  const format = detectFormat(name, content, options.format ?? 'auto')
  if (!format) {
    throw new ImportError(
      `Không nhận ra định dạng của ${name}; hãy chỉ rõ bằng --format jsonl|congbao|articles|alqac|text.`,
    )
  }
  const apply: ApplyOptions = {
    publish: options.publish ?? false,
    dryRun: options.dryRun ?? false,
    publishedBy: options.publishedBy ?? 'Nhập dữ liệu văn bản',
  }
  const records = readRecords(format, content, options.now ?? new Date())
  const terms = await loadFieldTerms(payload)
  const summary: ImportSummary = {
    file: name,
    format,
    dryRun: apply.dryRun,
    total: records.length,
    created: 0,
    updated: 0,
    skipped: 0,
    errors: [],
    warnings: [],
    skippedReasons: [],
    seconds: 0,
  }
  for (const [index, record] of records.entries()) {
    if (record.kind !== 'error')
      summary.warnings.push(...record.warnings.map((message) => ({ line: record.line, message })))
    try {
      const outcome = await applyRecord(payload, record, apply, terms)
      summary[outcome.result] += 1
      if (outcome.reason) summary.skippedReasons.push({ line: record.line, message: outcome.reason })
      summary.warnings.push(...(outcome.warnings ?? []).map((message) => ({ line: record.line, message })))
    } catch (err) {
      summary.errors.push({ line: record.line, message: errorMessage(err) })
    }
    options.onProgress?.(index + 1, records.length)
  }
  summary.seconds = (Date.now() - started) / 1000
  return summary
}

/** The Vietnamese message of a failed write (field errors included), without stack traces. */
function errorMessage(err: unknown): string {
  const data = (err as { data?: { errors?: { message?: string; path?: string }[] } }).data
  const fieldErrors = (data?.errors ?? [])
    .filter((e) => e.message)
    .map((e) => (e.path && !e.message?.includes(e.path) ? `${e.message} (trường ${e.path})` : (e.message ?? '')))
  if (fieldErrors.length > 0) return fieldErrors.join(' ')
  return err instanceof Error ? err.message : String(err)
}

/** The summary as the command prints it. */
export function formatSummary(summary: ImportSummary, maxIssues = 30): string {
  const list = (title: string, issues: { line: number; message: string }[]): string[] =>
    issues.length === 0
      ? []
      : [
          `${title} (${issues.length}):`,
          ...issues.slice(0, maxIssues).map((i) => `  dòng ${i.line}: ${i.message}`),
          ...(issues.length > maxIssues ? [`  … và ${issues.length - maxIssues} mục khác.`] : []),
        ]
  const verb = summary.dryRun ? ' (chạy thử, không ghi gì vào cơ sở dữ liệu)' : ''
  return [
    `Tệp ${summary.file}, định dạng ${summary.format}${verb}: ${summary.total} bản ghi trong ${summary.seconds.toFixed(1)} giây.`,
    `  Tạo mới: ${summary.created}`,
    `  Cập nhật: ${summary.updated}`,
    `  Bỏ qua: ${summary.skipped}`,
    `  Lỗi: ${summary.errors.length}`,
    ...list('Lỗi', summary.errors),
    ...list('Bỏ qua vì', summary.skippedReasons),
    ...list('Cảnh báo', summary.warnings),
  ].join('\n')
}
