import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { parseCsv } from './csv'
import { parseGateway } from './gateway'
import { applyConnectorRecords, assertMayImport } from './run'
import { ConnectorError, type ConnectorSummary } from './types'

export const CONNECTOR_FORMATS = ['vbpl', 'csv'] as const
export type ConnectorFormat = (typeof CONNECTOR_FORMATS)[number]

/** Largest file an import takes (about 10,000 records of metadata). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024

/**
 * Reads a file of one connector format, checks every record, and imports all of them or none.
 * Any problem is a ConnectorError with a Vietnamese message and the lines at fault.
 */
export async function importConnectorFile(args: {
  payload: Payload
  user: User | null | undefined
  format: ConnectorFormat
  content: Buffer | string
  dryRun?: boolean
  now?: Date
  onProgress?: (done: number, total: number) => void
}): Promise<ConnectorSummary> {
  const { payload, user, format, content } = args
  assertMayImport(user)
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.length
  if (size > MAX_IMPORT_BYTES) throw new ConnectorError('Tệp lớn hơn 10 MB; hãy chia nhỏ rồi nhập từng phần.', 413)
  const now = args.now ?? new Date()
  let parsed
  if (format === 'csv') parsed = parseCsv(content, now)
  else {
    let text: string
    try {
      text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content)
    } catch {
      throw new ConnectorError('Tệp không phải UTF-8; không nhập văn bản nào.', 400)
    }
    parsed = parseGateway(text, now)
  }
  if (!parsed.ok) {
    const count = parsed.errors.length
    throw new ConnectorError(
      `Tệp có ${count} lỗi; không nhập văn bản nào. ${parsed.errors
        .slice(0, 5)
        .map((e) => e.message)
        .join(' ')}${count > 5 ? ` … và ${count - 5} lỗi khác.` : ''}`,
      400,
      parsed.errors,
    )
  }
  return applyConnectorRecords({
    payload,
    user,
    source: format === 'csv' ? 'csv' : 'vbpl-gateway',
    records: parsed.records,
    dryRun: args.dryRun,
    onProgress: args.onProgress,
  })
}
