/**
 * Công báo (Official Gazette) metadata, congbao_metadata.jsonl: read line by line from a stream
 * (the file is never held whole in memory), mapped with the legal-documents importer's own
 * mapCongbaoRecord, and written in batches, each batch all or nothing. A bad line is reported
 * with its number and skipped; a batch that fails to write is rolled back whole and reported.
 * Safe to run again: each record is found by its Công báo page (provenance) or its identity.
 */
import fs from 'node:fs'
import readline from 'node:readline'
import type { Readable } from 'node:stream'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { mapCongbaoRecord } from '@/modules/legal-documents/import/map-records'
import { hostileText } from './common'
import { numberIssuerKey } from './map-row'
import { applyConnectorRecords, assertMayImport } from './run'
import { ConnectorError, type ConnectorIssue, type ConnectorRecord } from './types'

export type CongbaoSummary = {
  lines: number
  created: number
  updated: number
  unchanged: number
  /** lines that could not be read or lack what a document needs */
  badLines: ConnectorIssue[]
  /** batches rolled back because a write failed, with the line at fault */
  failedBatches: { fromLine: number; toLine: number; message: string }[]
  warnings: ConnectorIssue[]
}

const HOSTILE_FIELDS = ['so_hieu', 'loai_van_ban', 'co_quan_ban_hanh', 'nguoi_ky', 'trich_yeu', 'cong_bao_so', 'url']

/** One line to a record, or the Vietnamese reason it cannot be imported. */
export function congbaoLine(text: string, line: number, fetchedAt: Date): ConnectorRecord | ConnectorIssue {
  let value: unknown
  try {
    value = JSON.parse(text) as unknown
  } catch {
    return { line, message: `Dòng ${line}: không phải JSON hợp lệ.` }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>
    for (const key of HOSTILE_FIELDS) {
      const v = record[key]
      const hostile = typeof v === 'string' ? hostileText(v) : null
      if (hostile) return { line, message: `Dòng ${line}, trường “${key}”: ${hostile}; chỉ nhận văn bản thuần.` }
    }
  }
  const mapped = mapCongbaoRecord(value, fetchedAt)
  if (!mapped.ok) return { line, message: `Dòng ${line}: ${mapped.message}` }
  const record = value as Record<string, unknown>
  const url = typeof record.url === 'string' && /^https?:\/\/[^\s<>"]+$/.test(record.url) ? record.url : null
  const crawled = typeof record.crawled_at === 'string' && !Number.isNaN(Date.parse(record.crawled_at))
  const { input } = mapped
  return {
    line,
    input,
    warnings: mapped.warnings,
    // The gazette gives no effect status ("chưa xác định"): it only fills what is empty here.
    ownsEffect: false,
    provenance: {
      source: 'cong-bao',
      // Numbers repeat in the gazette (49/2010/QH12 is a law and a resolution): the page is the id.
      sourceId: url ?? `${numberIssuerKey(input.number, input.issuer)}|${input.type}|${input.issuedAt.slice(0, 10)}`,
      sourceUrl: url,
      fetchedAt: crawled ? new Date(record.crawled_at as string).toISOString() : fetchedAt.toISOString(),
    },
  }
}

export async function importCongbaoStream(args: {
  payload: Payload
  user: User | null | undefined
  input: Readable | string
  batchSize?: number
  /** count what a run would do, writing nothing */
  dryRun?: boolean
  now?: Date
  onProgress?: (linesRead: number) => void
}): Promise<CongbaoSummary> {
  const { payload, user } = args
  assertMayImport(user)
  const batchSize = args.batchSize ?? 200
  const now = args.now ?? new Date()
  const stream = typeof args.input === 'string' ? fs.createReadStream(args.input) : args.input
  const summary: CongbaoSummary = {
    lines: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    badLines: [],
    failedBatches: [],
    warnings: [],
  }
  let batch: ConnectorRecord[] = []
  const flush = async () => {
    if (batch.length === 0) return
    const records = batch
    batch = []
    try {
      const done = await applyConnectorRecords({ payload, user, source: 'cong-bao', records, dryRun: args.dryRun })
      summary.created += done.created
      summary.updated += done.updated
      summary.unchanged += done.unchanged
      summary.warnings.push(...done.warnings)
    } catch (err) {
      if (!(err instanceof ConnectorError) || err.status === 401 || err.status === 403) throw err
      summary.failedBatches.push({
        fromLine: records[0]?.line ?? 0,
        toLine: records[records.length - 1]?.line ?? 0,
        message: err.message,
      })
    }
  }
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity })
  let line = 0
  let decoderChecked = false
  for await (const raw of lines) {
    line++
    const text = line === 1 ? raw.replace(/^\ufeff/, '') : raw
    if (!decoderChecked) {
      decoderChecked = true
      if (text.includes('\ufffd')) throw new ConnectorError('Tệp không phải UTF-8; không nhập văn bản nào.', 400)
    }
    if (text.trim() === '') continue
    summary.lines++
    const read = congbaoLine(text, line, now)
    if ('input' in read) batch.push(read)
    else summary.badLines.push(read)
    if (batch.length >= batchSize) await flush()
    args.onProgress?.(line)
  }
  await flush()
  return summary
}
