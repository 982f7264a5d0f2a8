import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type Payload,
} from 'payload'
import type { ContestQuestion } from '@/payload-types'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { noMarkup } from '@/shared/fields/common'
import { fold, nfc } from '@/shared/text/vietnamese'
import { readXlsx, XlsxReadError, type XlsxValue } from '@/shared/xlsx/read'
import { writeXlsx, type XlsxCell } from '@/shared/xlsx/write'
import { CONTEST_QUESTIONS_SLUG, QUESTION_KINDS, type QuestionKind } from '../constants'
import { validateQuestionOptions } from '../collections/contest-questions'

/**
 * The question bank's XLSX files: the template, the export and the import. An import is checked
 * whole before anything is written (every problem listed as “Dòng N, cột …: …”), then written all
 * or nothing; a row whose “Mã câu hỏi” is already in the bank updates that question.
 */

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export const QUESTION_COLUMNS = [
  { key: 'code', header: 'Mã câu hỏi', width: 14, required: true },
  { key: 'kind', header: 'Loại', width: 16, required: true },
  { key: 'field', header: 'Lĩnh vực', width: 22, required: false },
  { key: 'text', header: 'Nội dung', width: 60, required: true },
  ...LETTERS.map((l) => ({ key: `option${l}`, header: `Phương án ${l}`, width: 30, required: false })),
  { key: 'answer', header: 'Đáp án đúng', width: 12, required: true },
  { key: 'explanation', header: 'Giải thích', width: 50, required: false },
  { key: 'citations', header: 'Căn cứ', width: 40, required: false },
  { key: 'points', header: 'Điểm', width: 8, required: false },
  { key: 'active', header: 'Đang dùng', width: 10, required: false },
] as const
export const MAX_QUESTION_ROWS = 2000

export type QuestionProblem = { row?: number; column?: string; message: string }
export const questionProblemText = (p: QuestionProblem): string =>
  [p.row ? `Dòng ${p.row}` : null, p.column ? `cột ${p.column}` : null].filter(Boolean).join(', ') +
  (p.row || p.column ? ': ' : '') +
  p.message

type QuestionData = Pick<ContestQuestion, 'code' | 'kind' | 'text'> & {
  field: number | null
  options: { text: string; correct: boolean }[]
  numericAnswer: number | null
  explanation: string | null
  citations: { document: number; article: string | null }[]
  points: number
  active: boolean
}
export type PlannedQuestion = { row: number; data: QuestionData; existingId: number | null }
export type QuestionPlan =
  { ok: true; rows: PlannedQuestion[] } | { ok: false; status: number; problems: QuestionProblem[] }

const key = (text: string) => fold(text).replace(/\s+/g, ' ').trim()
const cellText = (value: XlsxValue | undefined): string =>
  value === null || value === undefined ? '' : nfc(String(value)).replace(/\s+/g, ' ').trim()
const failure = (status: number, message: string): QuestionPlan => ({ ok: false, status, problems: [{ message }] })

const KIND_NAMES = new Map<string, QuestionKind>([
  ...QUESTION_KINDS.map((k) => [key(k.value), k.value] as [string, QuestionKind]),
  ...QUESTION_KINDS.map((k) => [key(k.label), k.value] as [string, QuestionKind]),
  [key('Một đáp án'), 'single'],
  [key('Nhiều đáp án'), 'multiple'],
  [key('Đúng/Sai'), 'true-false'],
  [key('Đúng sai'), 'true-false'],
  [key('Dự đoán'), 'prediction'],
])
const KIND_LABEL: Record<QuestionKind, string> = {
  single: 'Một đáp án',
  multiple: 'Nhiều đáp án',
  'true-false': 'Đúng/Sai',
  prediction: 'Dự đoán',
}

/** “Điều 5 - 102/2016/QH13; khoản 2 Điều 8 - 102/2016/QH13”: article, then the document's number. */
function parseCitations(text: string): { article: string | null; number: string }[] | string {
  const out: { article: string | null; number: string }[] = []
  for (const part of text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(.*?)\s+[-–]\s+(\S+)$/.exec(part)
    if (m) out.push({ article: m[1]!.trim() || null, number: m[2]! })
    else if (/^\S+$/.test(part)) out.push({ article: null, number: part })
    else return `“${part}” không đúng dạng “Điều 5 - 102/2016/QH13”.`
  }
  return out
}

function findHeader(rows: XlsxValue[][]): number {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    if (rows[r]?.some((v) => typeof v === 'string' && key(v) === key(QUESTION_COLUMNS[0].header))) return r
  }
  return -1
}

export async function planQuestionImport(payload: Payload, user: RoleUser, bytes: Uint8Array): Promise<QuestionPlan> {
  if (!isEditorial(user)) return failure(403, 'Chỉ Ban Biên tập (ban tổ chức cuộc thi) được nhập ngân hàng câu hỏi.')
  let rows: XlsxValue[][]
  try {
    rows = readXlsx(bytes).rows
  } catch (err) {
    if (err instanceof XlsxReadError) return failure(400, err.message)
    throw err
  }
  const headerAt = findHeader(rows)
  if (headerAt === -1) {
    return failure(400, `Không tìm thấy dòng tiêu đề cột (cột đầu tiên phải là “Mã câu hỏi”). Hãy dùng tệp mẫu.`)
  }
  const positions = new Map<string, number>()
  const problems: QuestionProblem[] = []
  ;(rows[headerAt] ?? []).forEach((value, c) => {
    const text = cellText(value)
    if (text === '') return
    const column = QUESTION_COLUMNS.find((col) => key(col.header) === key(text))
    if (!column) problems.push({ row: headerAt + 1, message: `Cột “${text}” không có trong mẫu.` })
    else if (positions.has(column.key)) problems.push({ row: headerAt + 1, message: `Cột “${text}” bị lặp lại.` })
    else positions.set(column.key, c)
  })
  const missing = QUESTION_COLUMNS.filter((c) => c.required && !positions.has(c.key)).map((c) => `“${c.header}”`)
  if (missing.length) problems.push({ row: headerAt + 1, message: `Thiếu cột ${missing.join(', ')}.` })
  if (problems.length) return { ok: false, status: 400, problems }
  const body = rows
    .slice(headerAt + 1)
    .map((cells, i) => ({ row: headerAt + 2 + i, cells }))
    .filter(({ cells }) => cells.some((v) => cellText(v) !== ''))
  if (body.length === 0) return failure(400, 'Bảng tính không có dòng dữ liệu nào dưới dòng tiêu đề.')
  if (body.length > MAX_QUESTION_ROWS) {
    return failure(413, `Tệp có ${body.length} dòng; mỗi lần chỉ nhập tối đa ${MAX_QUESTION_ROWS} câu hỏi.`)
  }
  const as = { overrideAccess: false, user: user as never, pagination: false, depth: 0 } as const
  const [fields, existing] = await Promise.all([
    payload.find({ collection: 'legal-fields', select: { title: true, slug: true }, ...as }),
    payload.find({ collection: CONTEST_QUESTIONS_SLUG, select: { code: true }, ...as }),
  ])
  const fieldIndex = new Map<string, number>()
  for (const f of fields.docs) for (const n of [f.title, f.slug]) if (n) fieldIndex.set(key(n), f.id)
  const existingIds = new Map(existing.docs.filter((q) => q.code).map((q) => [String(q.code).toLowerCase(), q.id]))
  const wantedNumbers = new Set<string>()
  const seen = new Map<string, number>()
  const planned: PlannedQuestion[] = []
  const drafts: {
    row: number
    data: Omit<QuestionData, 'citations'>
    cites: { article: string | null; number: string }[]
  }[] = []
  for (const { row, cells } of body) {
    const rowProblems: QuestionProblem[] = []
    const header = (k: string) => QUESTION_COLUMNS.find((c) => c.key === k)!.header
    const problem = (k: string, message: string) => rowProblems.push({ row, column: header(k), message })
    const raw = (k: string) => {
      const at = positions.get(k)
      return at === undefined ? undefined : cells[at]
    }
    const text = (k: string, limit: number): string | null => {
      const value = cellText(raw(k))
      if (value === '') return null
      if (value.length > limit) problem(k, `Dài quá ${limit} ký tự.`)
      const markup = noMarkup(value)
      if (markup !== true) problem(k, markup)
      return value
    }
    const code = text('code', 40)
    if (!code) problem('code', 'Không được để trống.')
    else if (!/^[A-Za-z0-9._-]{1,40}$/.test(code)) {
      problem('code', 'Chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.')
    } else if (seen.has(code.toLowerCase())) {
      problem('code', `Trùng mã với dòng ${seen.get(code.toLowerCase())}.`)
    }
    if (code) seen.set(code.toLowerCase(), row)
    const kindText = text('kind', 60)
    const kind = kindText ? KIND_NAMES.get(key(kindText)) : undefined
    if (!kindText) problem('kind', 'Không được để trống.')
    else if (!kind) problem('kind', `“${kindText}” không hợp lệ (Một đáp án, Nhiều đáp án, Đúng/Sai hoặc Dự đoán).`)
    const fieldText = text('field', 200)
    const field = fieldText ? fieldIndex.get(key(fieldText)) : undefined
    if (fieldText && field === undefined) problem('field', `Không có lĩnh vực “${fieldText}” trong danh mục.`)
    const body = text('text', 2000)
    if (!body) problem('text', 'Không được để trống.')
    else if (body.length < 5) problem('text', 'Nội dung câu hỏi quá ngắn.')
    const optionTexts = LETTERS.map((l) => text(`option${l}`, 500))
    const lastFilled = optionTexts.reduce((last, t, i) => (t ? i : last), -1)
    const gap = optionTexts.slice(0, lastFilled + 1).findIndex((t) => !t)
    if (gap >= 0) problem(`option${LETTERS[gap]}`, 'Phương án bị bỏ trống giữa các phương án khác.')
    const answer = text('answer', 40)
    let options: { text: string; correct: boolean }[] = []
    let numericAnswer: number | null = null
    if (kind === 'true-false') {
      const right = answer ? key(answer) : ''
      if (right !== key('Đúng') && right !== key('Sai')) problem('answer', 'Câu Đúng/Sai: ghi “Đúng” hoặc “Sai”.')
      options = [
        { text: 'Đúng', correct: right === key('Đúng') },
        { text: 'Sai', correct: right === key('Sai') },
      ]
      if (lastFilled >= 0) problem('optionA', 'Câu Đúng/Sai không cần phương án (luôn là “Đúng”, “Sai”).')
    } else if (kind === 'prediction') {
      if (lastFilled >= 0) problem('optionA', 'Câu hỏi dự đoán không có phương án.')
      if (answer && answer !== '-') {
        const n = Number(answer.replace(/\./g, ''))
        if (!Number.isInteger(n) || n < 0)
          problem('answer', 'Câu hỏi dự đoán: đáp số là số nguyên không âm (hoặc để “-”).')
        else numericAnswer = n
      }
    } else if (kind) {
      const letters = (answer ?? '')
        .toUpperCase()
        .split(/[,;\s]+/)
        .filter(Boolean)
      const filled = optionTexts.filter((t): t is string => Boolean(t))
      const unknown = letters.filter((l) => !LETTERS.slice(0, filled.length).includes(l as (typeof LETTERS)[number]))
      if (letters.length === 0) problem('answer', 'Không được để trống (ví dụ “B” hoặc “A,C”).')
      else if (unknown.length) problem('answer', `“${unknown.join(', ')}” không phải là phương án đã nhập.`)
      options = filled.map((t, i) => ({ text: t, correct: letters.includes(LETTERS[i]!) }))
      if (!unknown.length && letters.length) {
        const check = validateQuestionOptions(kind, options)
        if (check !== true) problem('answer', check)
      }
    }
    const pointsText = cellText(raw('points'))
    const points = pointsText === '' ? 1 : Number(pointsText.replace(',', '.'))
    if (!Number.isFinite(points) || points < 0.25 || points > 100) problem('points', 'Điểm là số từ 0,25 đến 100.')
    const activeText = cellText(raw('active'))
    const active = activeText === '' || ['co', 'x', '1', 'true', 'dang dung'].includes(key(activeText))
    if (activeText && !active && !['khong', '0', 'false', 'ngung'].includes(key(activeText))) {
      problem('active', 'Ghi “Có” hoặc “Không”.')
    }
    const citeText = text('citations', 1000)
    const cites = citeText ? parseCitations(citeText) : []
    if (typeof cites === 'string') problem('citations', cites)
    else for (const c of cites) wantedNumbers.add(c.number)
    if (rowProblems.length) {
      problems.push(...rowProblems)
      continue
    }
    drafts.push({
      row,
      cites: cites as { article: string | null; number: string }[],
      data: {
        code: code!,
        kind: kind!,
        text: body!,
        field: field ?? null,
        options,
        numericAnswer,
        explanation: text('explanation', 3000),
        points,
        active,
      },
    })
  }
  const documents = wantedNumbers.size
    ? await payload.find({
        collection: 'legal-documents',
        where: { number: { in: [...wantedNumbers] } },
        select: { number: true },
        ...as,
      })
    : { docs: [] as { id: number; number: string }[] }
  const byNumber = new Map(documents.docs.map((d) => [String(d.number).toLowerCase(), d.id]))
  for (const d of drafts) {
    const citations: { document: number; article: string | null }[] = []
    for (const c of d.cites) {
      const id = byNumber.get(c.number.toLowerCase())
      if (id === undefined) {
        problems.push({
          row: d.row,
          column: 'Căn cứ',
          message: `Không có văn bản số hiệu “${c.number}” trong cơ sở dữ liệu.`,
        })
      } else citations.push({ document: id, article: c.article })
    }
    planned.push({
      row: d.row,
      data: { ...d.data, citations },
      existingId: existingIds.get(d.data.code!.toLowerCase()) ?? null,
    })
  }
  if (problems.length) return { ok: false, status: 400, problems }
  return { ok: true, rows: planned }
}

function validationMessage(err: unknown): string | null {
  if (!(err instanceof APIError) && !(err instanceof ValidationError)) return null
  const data = (err as { data?: { errors?: { message?: string }[] } }).data
  const details = (data?.errors ?? []).map((e) => e.message).filter(Boolean)
  return details.length ? details.join(' ') : err.message
}

/**
 * Writes a checked plan with the importer's own rights, all or nothing: one transaction on
 * PostgreSQL; on SQLite (no transactions) the rows already written are undone.
 */
export async function applyQuestionImport(
  payload: Payload,
  user: RoleUser,
  rows: PlannedQuestion[],
): Promise<
  { ok: true; created: number; updated: number } | { ok: false; status: number; problems: QuestionProblem[] }
> {
  const req = await createLocalReq({ user: user as never }, payload)
  const inTransaction = await initTransaction(req)
  const createdIds: number[] = []
  const previous: ContestQuestion[] = []
  let current: PlannedQuestion | null = null
  try {
    for (const row of rows) {
      current = row
      const common = {
        collection: CONTEST_QUESTIONS_SLUG,
        req,
        overrideAccess: false,
        user: user as never,
        depth: 0,
      } as const
      const data = row.data as unknown as ContestQuestion
      if (row.existingId !== null) {
        if (!inTransaction) previous.push(await payload.findByID({ ...common, id: row.existingId }))
        await payload.update({ ...common, id: row.existingId, data })
      } else {
        createdIds.push((await payload.create({ ...common, data })).id)
      }
    }
    if (inTransaction) await commitTransaction(req)
  } catch (err) {
    if (inTransaction) await killTransaction(req)
    else {
      // Undoing the importer's own writes after a failure (no transaction on SQLite).
      const system = { collection: CONTEST_QUESTIONS_SLUG, overrideAccess: true, depth: 0 } as const
      if (createdIds.length) await payload.delete({ ...system, where: { id: { in: createdIds } } })
      for (const doc of previous.reverse()) {
        const { id, createdAt: _c, updatedAt: _u, ...data } = doc
        await payload.update({ ...system, id, data })
      }
    }
    const message = validationMessage(err)
    if (message === null) throw err
    return { ok: false, status: 400, problems: [{ row: current?.row, message: `${message} Chưa nhập dòng nào.` }] }
  }
  const updated = rows.filter((r) => r.existingId !== null).length
  return { ok: true, created: rows.length - updated, updated }
}

const headerRow = { cells: QUESTION_COLUMNS.map((c) => c.header), style: 'header' as const }
const widths = QUESTION_COLUMNS.map((c) => c.width)

/** The empty template with its header and two example rows. */
export function questionTemplate(): Uint8Array {
  const example = (cells: Record<string, string>) => ({ cells: QUESTION_COLUMNS.map((c) => cells[c.key] ?? '') })
  return writeXlsx([
    {
      name: 'Câu hỏi',
      widths,
      rows: [
        headerRow,
        example({
          code: 'TE-001',
          kind: 'Một đáp án',
          field: '',
          text: 'Theo Luật Trẻ em năm 2016, trẻ em là người dưới bao nhiêu tuổi?',
          optionA: 'Dưới 14 tuổi',
          optionB: 'Dưới 16 tuổi',
          optionC: 'Dưới 18 tuổi',
          answer: 'B',
          explanation: 'Điều 1 Luật Trẻ em: trẻ em là người dưới 16 tuổi.',
          citations: 'Điều 1 - 102/2016/QH13',
          points: '1',
          active: 'Có',
        }),
        example({
          code: 'TE-002',
          kind: 'Đúng/Sai',
          text: 'Trẻ em có quyền được bảo vệ để không bị xâm hại tình dục.',
          answer: 'Đúng',
          points: '1',
          active: 'Có',
        }),
      ],
    },
  ])
}

/** The whole bank in the import format (a round trip changes nothing). */
export async function exportQuestions(payload: Payload, user: RoleUser): Promise<Uint8Array> {
  const as = { overrideAccess: false, user: user as never, pagination: false } as const
  const found = await payload.find({ collection: CONTEST_QUESTIONS_SLUG, depth: 1, sort: 'code', ...as })
  const rows = found.docs.map((q) => {
    const options = q.kind === 'true-false' || q.kind === 'prediction' ? [] : (q.options ?? [])
    const answer =
      q.kind === 'true-false'
        ? ((q.options ?? []).find((o) => o.correct)?.text ?? '')
        : q.kind === 'prediction'
          ? q.numericAnswer == null
            ? '-'
            : String(q.numericAnswer)
          : options
              .map((o, i) => (o.correct ? LETTERS[i] : null))
              .filter(Boolean)
              .join(',')
    const field = typeof q.field === 'object' && q.field ? q.field.title : ''
    const citations = (q.citations ?? [])
      .map((c) => {
        const number = typeof c.document === 'object' && c.document ? c.document.number : ''
        return c.article ? `${c.article} - ${number}` : number
      })
      .join('; ')
    const cells: Record<string, XlsxCell> = {
      code: q.code ?? '',
      kind: KIND_LABEL[q.kind],
      field,
      text: q.text,
      answer,
      explanation: q.explanation ?? '',
      citations,
      points: q.points ?? 1,
      active: q.active === false ? 'Không' : 'Có',
    }
    options.forEach((o, i) => (cells[`option${LETTERS[i]}`] = o.text))
    return { cells: QUESTION_COLUMNS.map((c) => cells[c.key] ?? ''), style: 'wrap' as const }
  })
  return writeXlsx([{ name: 'Câu hỏi', widths, rows: [headerRow, ...rows] }])
}
