import { describe, expect, it } from 'vitest'
import { checkValues, indicatorProblems, type Indicator } from './indicators'
import { daysLate, periodRange } from './period-range'
import { availableReportActions, reportTransition } from './states'
import { templateIndicators } from './template'

const indicators: Indicator[] = [
  { key: 'so-cuoc', type: 'number', label: 'Số cuộc', required: true },
  { key: 'muc-do', type: 'choice', label: 'Mức độ', options: 'Tốt\nKhá\nTrung bình' },
  { key: 'ket-qua', type: 'text', label: 'Kết quả' },
  { key: 'tep', type: 'attachment', label: 'Tệp' },
]

describe('report values', () => {
  it('normalises numbers typed as text and empty answers', () => {
    expect(checkValues(indicators, { 'so-cuoc': '12', 'ket-qua': ' Tốt ', 'muc-do': '' }, true)).toEqual({
      ok: true,
      values: { 'so-cuoc': 12, 'muc-do': null, 'ket-qua': 'Tốt', tep: null },
    })
  })

  it('names the indicator of every problem', () => {
    const result = checkValues(indicators, { 'so-cuoc': -1, 'muc-do': 'Xuất sắc', tep: 'abc', la: 1 }, true)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      'Chỉ tiêu “la” không có trong kỳ báo cáo này.',
      'Chỉ tiêu “Số cuộc”: phải là số nguyên không âm.',
      'Chỉ tiêu “Mức độ”: hãy chọn một trong các lựa chọn đã cho.',
      'Chỉ tiêu “Tệp”: hãy chọn một tệp đính kèm.',
    ])
  })

  it('asks for required answers only on submission', () => {
    expect(checkValues(indicators, {}, false).ok).toBe(true)
    expect(checkValues(indicators, {}, true)).toEqual({ ok: false, errors: ['Chỉ tiêu “Số cuộc”: bắt buộc nhập.'] })
  })
})

describe('indicator lists', () => {
  it('the template is valid and its keys are unique', () => {
    expect(indicatorProblems(templateIndicators())).toEqual([])
  })

  it('flags duplicate keys, choices without options and pre-fill on texts', () => {
    expect(
      indicatorProblems([
        { key: 'a', type: 'number', label: 'A' },
        { key: 'a', type: 'choice', label: 'B', options: 'một' },
        { key: 'c', type: 'text', label: 'C', prefill: 'activities.count' },
      ]),
    ).toHaveLength(3)
  })
})

describe('the report lifecycle table', () => {
  it('refuses a second submission with 409', () => {
    expect(reportTransition({ action: 'submit', from: 'submitted', role: 'contributor', note: null })).toEqual({
      ok: false,
      status: 409,
      message: 'Báo cáo đã được gửi.',
    })
  })

  it('lets only the board accept or return, and a return needs a comment', () => {
    expect(reportTransition({ action: 'accept', from: 'submitted', role: 'contributor', note: null }).ok).toBe(false)
    expect(reportTransition({ action: 'return', from: 'submitted', role: 'editor', note: null })).toMatchObject({
      status: 400,
    })
    expect(availableReportActions('submitted', 'editor')).toEqual(['save', 'accept', 'return'])
    expect(availableReportActions('returned', 'contributor')).toEqual(['save', 'refill', 'submit'])
    expect(availableReportActions('draft', 'expert')).toEqual([])
  })
})

describe('period dates in Vietnam time', () => {
  it('covers whole days and counts days late after the deadline day', () => {
    const range = periodRange({ from: '2026-01-01T00:00:00.000Z', to: '2026-06-30T00:00:00.000Z' })
    expect(range.from.toISOString()).toBe('2025-12-31T17:00:00.000Z')
    expect(range.to.toISOString()).toBe('2026-06-30T17:00:00.000Z')
    expect(daysLate('2026-07-10T00:00:00.000Z', '2026-07-10T16:00:00.000Z')).toBe(0)
    expect(daysLate('2026-07-10T00:00:00.000Z', '2026-07-10T17:30:00.000Z')).toBe(1)
  })
})
