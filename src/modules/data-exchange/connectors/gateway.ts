/**
 * The national legal documents database (vbpl.vn) public gateway: a JSON list of records with
 * docNum, docType, title, issueDate, effFrom, effTo, effStatus, agencyName, signer, signerTitle,
 * fields and the record's itemId/url. Accepts the bare array or the gateway's envelope
 * ({ "data": [...] }, { "items": [...] }). Every record is checked before anything is written.
 */
import { mapSourceRow, ROW_LABELS } from './map-row'
import type { ConnectorIssue, ConnectorRecord, ParseResult } from './types'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function listOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json
  if (!isRecord(json)) return null
  for (const key of ['data', 'items', 'result', 'documents']) {
    if (Array.isArray(json[key])) return json[key]
  }
  return null
}

export function parseGateway(content: string, fetchedAt: Date): ParseResult {
  let json: unknown
  try {
    json = JSON.parse(content.replace(/^\ufeff/, '')) as unknown
  } catch (err) {
    const detail = err instanceof SyntaxError ? ` (${err.message})` : ''
    return { ok: false, errors: [{ line: 0, message: `Tệp không phải JSON hợp lệ${detail}.` }] }
  }
  const list = listOf(json)
  if (!list) {
    return {
      ok: false,
      errors: [
        { line: 0, message: 'Không thấy danh sách văn bản: cần một mảng JSON hoặc đối tượng có trường “data”.' },
      ],
    }
  }
  if (list.length === 0) return { ok: false, errors: [{ line: 0, message: 'Tệp không có văn bản nào.' }] }
  const errors: ConnectorIssue[] = []
  const records: ConnectorRecord[] = []
  list.forEach((item, index) => {
    const line = index + 1
    if (!isRecord(item)) {
      errors.push({ line, message: `Bản ghi ${line}: không phải là một đối tượng JSON.` })
      return
    }
    const id = item.itemId ?? item.id ?? null
    const mapped = mapSourceRow(
      {
        sourceId: typeof id === 'number' || typeof id === 'string' ? String(id) : null,
        number: item.docNum,
        type: item.docType ?? item.docTypeName,
        title: item.title,
        issuedAt: item.issueDate,
        effectiveFrom: item.effFrom,
        effectiveTo: item.effTo,
        effectStatus: item.effStatus,
        agency: item.agencyName,
        signer: item.signer,
        signerTitle: item.signerTitle,
        fields: item.fields,
        url: item.url,
      },
      fetchedAt,
    )
    const where = `Bản ghi ${line}${typeof item.docNum === 'string' ? ` (số ${item.docNum.slice(0, 60)})` : ''}`
    if (!mapped.ok) {
      for (const p of mapped.problems) {
        errors.push({ line, message: `${where}${p.field ? `, ${ROW_LABELS[p.field]}` : ''}: ${p.message}` })
      }
      return
    }
    records.push({
      line,
      input: mapped.input,
      warnings: mapped.warnings,
      provenance: {
        source: 'vbpl-gateway',
        sourceId: mapped.sourceKey,
        sourceUrl: mapped.sourceUrl,
        fetchedAt: fetchedAt.toISOString(),
      },
    })
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records }
}
