import type { DocumentInput } from '@/modules/legal-documents/import/types'

/** Where an imported record came from; one row per (source, source id) in import-provenance. */
export const CONNECTOR_SOURCES = [
  { value: 'vbpl-gateway', label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật' },
  { value: 'cong-bao', label: 'Công báo' },
  { value: 'csv', label: 'Tệp CSV' },
] as const

export type ConnectorSource = (typeof CONNECTOR_SOURCES)[number]['value']

export type Provenance = {
  source: ConnectorSource
  /** the record's id at the source; for CSV the số ký hiệu + issuer */
  sourceId: string
  sourceUrl?: string | null
  fetchedAt: string
}

/** One mapped record, ready to upsert. `line` is the row (CSV, JSONL) or position (JSON array). */
export type ConnectorRecord = {
  line: number
  input: DocumentInput & { expiresAt?: string | null }
  provenance: Provenance
  warnings: string[]
  /** the source is authoritative for effect (status and dates); otherwise it only fills gaps */
  ownsEffect?: boolean
}

export type ConnectorIssue = { line: number; message: string }

export type ParseResult = { ok: true; records: ConnectorRecord[] } | { ok: false; errors: ConnectorIssue[] }

export type ConnectorSummary = {
  source: ConnectorSource
  dryRun: boolean
  total: number
  created: number
  updated: number
  unchanged: number
  warnings: ConnectorIssue[]
}

/** A refusal told to the editor: Vietnamese, with the HTTP status of the route that reports it. */
export class ConnectorError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: ConnectorIssue[] = [],
  ) {
    super(message)
  }
}
