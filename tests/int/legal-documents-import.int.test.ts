import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { vnMidnight } from '@/modules/legal-documents/dates'
import type { StoredStructure } from '@/modules/legal-documents/hooks/document-structure'
import { importDocuments } from '@/modules/legal-documents/import/run-import'
import type { ImportSummary } from '@/modules/legal-documents/import/types'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The importer on small slices of the real corpus (../shared/data): what it creates, what it
 * reports with line numbers, and that a second run changes nothing.
 */

const DATA = path.resolve(process.cwd(), '..', 'shared', 'data')
const CORPUS = path.join(DATA, 'legal-corpus')

let t: TestPayload

const lines = (file: string): string[] =>
  fs
    .readFileSync(path.join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')

const numberOf = (line: string): string => (JSON.parse(line) as { so_hieu?: string; doc_id?: string }).so_hieu ?? ''
const docIdOf = (line: string): string => (JSON.parse(line) as { doc_id: string }).doc_id

/** Imports `content` twice and returns both summaries. */
async function twice(name: string, content: string, publish = true): Promise<[ImportSummary, ImportSummary]> {
  const first = await importDocuments(t.payload, { name, content }, { publish })
  const second = await importDocuments(t.payload, { name, content }, { publish })
  return [first, second]
}

async function findByNumber(number: string) {
  const found = await t.payload.find({
    collection: 'legal-documents',
    where: { number: { equals: number } },
    depth: 0,
    overrideAccess: true,
  })
  return found.docs
}

beforeAll(async () => {
  t = await startTestPayload('legal-documents-import')
})
afterAll(async () => {
  await t?.close()
})

describe('Công báo metadata (congbao_metadata.jsonl)', () => {
  const all = lines('congbao_metadata.jsonl')
  const slice = [
    ...all.slice(0, 8),
    ...all.filter((l) => ['49/2010/QH12', '10/2012/QH13'].includes(numberOf(l))),
    // No type and no type letters in the number: reported, not guessed.
    ...all.filter((l) => numberOf(l) === '9166/BTC-TCT'),
  ]
  let first: ImportSummary
  let second: ImportSummary

  beforeAll(async () => {
    ;[first, second] = await twice('congbao_metadata.jsonl', slice.join('\n'))
  })

  it('creates every complete record and reports the others with their line numbers', () => {
    expect(first.format).toBe('congbao')
    expect(first.created).toBe(slice.length - 1)
    expect(first.errors).toEqual([{ line: slice.length, message: expect.stringContaining('thiếu loại văn bản') }])
  })

  it('keeps 49/2010/QH12 the law and 49/2010/QH12 the resolution apart', async () => {
    const docs = await findByNumber('49/2010/QH12')
    expect(docs.map((d) => d.type).sort()).toEqual(['luat', 'nghi-quyet'])
  })

  it('stores metadata only, with the status left undetermined and the Công báo page as source', async () => {
    const [code] = await findByNumber('10/2012/QH13')
    expect(code).toMatchObject({
      type: 'bo-luat',
      title: 'Bộ luật Lao động',
      issuer: 'CHỦ TỊCH NƯỚC - QUỐC HỘI',
      signer: 'Nguyễn Sinh Hùng',
      issuedAt: vnMidnight('2012-06-18'),
      effectiveAt: vnMidnight('2013-05-01'),
      status: 'chua-xac-dinh',
      workflowState: 'published',
    })
    expect(code?.source).toMatch(/^https:\/\/congbao\.chinhphu\.vn\//)
    expect(code?.text ?? null).toBeNull()
  })

  it('changes nothing when run again', () => {
    expect(second).toMatchObject({ created: 0, updated: 0, skipped: slice.length - 1 })
    expect(second.errors).toHaveLength(1)
  })
})

describe('documents with full text (documents.jsonl)', () => {
  const laiChau = lines('documents.jsonl').filter((l) => numberOf(l) === '1670/NQ-UBTVQH15')
  let first: ImportSummary
  let second: ImportSummary

  beforeAll(async () => {
    ;[first, second] = await twice('documents.jsonl', laiChau.join('\n'))
  })

  it('creates the resolution with NFC text and its articles parsed', async () => {
    expect(first).toMatchObject({ format: 'jsonl', created: 1, updated: 0, errors: [] })
    const [doc] = await findByNumber('1670/NQ-UBTVQH15')
    expect(doc?.type).toBe('nghi-quyet')
    expect(doc?.signerTitle).toBe('CHỦ TỊCH')
    expect(doc?.text).toBe(doc?.text?.normalize('NFC'))
    expect(doc?.text).not.toContain('\u00a0')
    const tree = doc?.structure as StoredStructure
    expect(tree.nodes.map((n) => n.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-3'])
  })

  it('changes nothing when run again', () => {
    expect(second).toMatchObject({ created: 0, updated: 0, skipped: 1, errors: [] })
  })
})

describe('articles for documents already in the database (articles.jsonl, ALQAC law.json)', () => {
  it('attaches the ALQAC articles to a document imported without text, once', async () => {
    await t.payload.create({
      collection: 'legal-documents',
      data: {
        number: '24/2018/QH14',
        type: 'luat',
        title: 'Luật An ninh mạng',
        issuer: 'Quốc hội',
        issuedAt: vnMidnight('2018-06-12') as string,
      },
      overrideAccess: true,
      context: { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableRevalidate: true },
    })
    const laws = JSON.parse(fs.readFileSync(path.join(DATA, 'legal-retrieval', 'alqac2022', 'law.json'), 'utf8')) as {
      id: string
    }[]
    const content = JSON.stringify(laws.filter((l) => l.id === '24/2018/QH14'))
    const [first, second] = await twice('law.json', content)
    expect(first).toMatchObject({ format: 'alqac', created: 0, updated: 1 })
    const [doc] = await findByNumber('24/2018/QH14')
    expect((doc?.structure as StoredStructure).nodes).toHaveLength(43)
    expect(second).toMatchObject({ created: 0, updated: 0, skipped: 1 })
  })

  it('leaves a document that has its text alone, and reports articles of an unknown document', async () => {
    const slice = lines('articles.jsonl').filter((l) => ['1670/NQ-UBTVQH15', '1654/NQ-UBTVQH15'].includes(docIdOf(l)))
    const [first, second] = await twice('articles.jsonl', slice.join('\n'))
    expect(first).toMatchObject({ format: 'articles', total: 2, created: 0, updated: 0, skipped: 2 })
    expect(first.skippedReasons).toEqual([
      { line: expect.any(Number), message: expect.stringContaining('chưa có văn bản 1654/NQ-UBTVQH15') },
    ])
    expect(second).toMatchObject({ created: 0, updated: 0 })
  })
})

describe('a plain .txt document', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LONG AN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 12/2025/QĐ-UBND',
    'Long An, ngày 05 tháng 3 năm 2025',
    'QUYẾT ĐỊNH',
    'Ban hành Quy chế phối hợp phổ biến, giáo dục pháp luật trên địa bàn tỉnh',
    'ỦY BAN NHÂN DÂN TỈNH LONG AN',
    'Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.',
    'Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025.',
    'Nơi nhận:',
    '- Như Điều 2;',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn Út',
  ].join('\n')

  it('creates the document from its header, once, and leaves it unpublished without --publish', async () => {
    const [first, second] = await twice('quyet-dinh.txt', text, false)
    expect(first).toMatchObject({ format: 'text', created: 1, errors: [] })
    expect(second).toMatchObject({ created: 0, updated: 0, skipped: 1 })
    const [doc] = await findByNumber('12/2025/QĐ-UBND')
    expect(doc).toMatchObject({
      type: 'quyet-dinh',
      issuedAt: vnMidnight('2025-03-05'),
      signer: 'Nguyễn Văn Út',
      scope: 'dia-phuong',
      status: 'chua-xac-dinh',
      workflowState: 'draft',
    })
  })

  it('refuses a draft whose header lacks the number and the day, naming what is missing', async () => {
    const draft = fs.readFileSync(
      path.resolve('src/modules/legal-documents/parse/fixtures/ke-hoach-so-gddt-long-an-2021.txt'),
      'utf8',
    )
    const summary = await importDocuments(t.payload, { name: 'ke-hoach.txt', content: draft })
    expect(summary.created).toBe(0)
    expect(summary.errors).toEqual([{ line: 1, message: expect.stringMatching(/thiếu .*ngày ban hành/) }])
  })
})

describe('a dry run', () => {
  it('counts what it would create and writes nothing', async () => {
    const line = lines('congbao_metadata.jsonl').find((l) => numberOf(l) === '46/2013/NĐ-CP') as string
    const summary = await importDocuments(
      t.payload,
      { name: 'congbao_metadata.jsonl', content: line },
      { dryRun: true },
    )
    expect(summary).toMatchObject({ dryRun: true, created: 1 })
    expect(await findByNumber('46/2013/NĐ-CP')).toHaveLength(0)
  })
})
