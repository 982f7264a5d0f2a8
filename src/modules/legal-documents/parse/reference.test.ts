import { describe, expect, it } from 'vitest'
import { parseProvisionReference, provisionAnchor } from './reference'

const anchors = (citation: string, currentArticle?: string) =>
  parseProvisionReference(citation, currentArticle).map((reference) => reference.anchor)

describe('parseProvisionReference', () => {
  it.each([
    ['Điểm c Khoản 2 Điều 8', ['dieu-8-khoan-2-diem-c']],
    ['khoản 2 Điều 8', ['dieu-8-khoan-2']],
    ['Điều 8', ['dieu-8']],
    ['ĐIỀU 8', ['dieu-8']],
    ['điểm a, b khoản 1 Điều 3', ['dieu-3-khoan-1-diem-a', 'dieu-3-khoan-1-diem-b']],
    ['điểm d và điểm đ khoản 1 Điều 3', ['dieu-3-khoan-1-diem-d', 'dieu-3-khoan-1-diem-dd']],
    ['khoản 1, khoản 3 Điều 5', ['dieu-5-khoan-1', 'dieu-5-khoan-3']],
    ['khoản 1 và 2 Điều 5', ['dieu-5-khoan-1', 'dieu-5-khoan-2']],
    ['điểm a khoản 1 và khoản 2 Điều 3', ['dieu-3-khoan-1-diem-a', 'dieu-3-khoan-2']],
    ['điểm a khoản 1 Điều 3 và điểm b khoản 2 Điều 4', ['dieu-3-khoan-1-diem-a', 'dieu-4-khoan-2-diem-b']],
    ['Điều 5, Điều 6 và Điều 7', ['dieu-5', 'dieu-6', 'dieu-7']],
    ['các điều 110, 111 và 112', ['dieu-110', 'dieu-111', 'dieu-112']],
    ['từ Điều 10 đến Điều 12', ['dieu-10', 'dieu-11', 'dieu-12']],
    ['điểm a đến điểm đ khoản 1 Điều 2', ['a', 'b', 'c', 'd', 'dd'].map((point) => `dieu-2-khoan-1-diem-${point}`)],
    ['điểm e khoản 1 Điều 217 của Bộ luật này', ['dieu-217-khoan-1-diem-e']],
    ['Điều 5a', ['dieu-5a']],
    ['điểm a Điều 9', ['dieu-9-diem-a']],
  ])('%s', (citation, expected) => {
    expect(anchors(citation)).toEqual(expected)
  })

  it('reads NFD input', () => {
    expect(anchors('Điểm đ khoản 1 Điều 3'.normalize('NFD'))).toEqual(['dieu-3-khoan-1-diem-dd'])
  })

  it('resolves "Điều này" only when the current article is known', () => {
    expect(anchors('khoản 1 Điều này')).toEqual([])
    expect(anchors('khoản 1 Điều này', '6')).toEqual(['dieu-6-khoan-1'])
    expect(anchors('điểm b khoản 2', '6')).toEqual(['dieu-6-khoan-2-diem-b'])
  })

  it('returns nothing for text without a provision', () => {
    expect(anchors('Phụ lục kèm theo Nghị định này')).toEqual([])
    expect(anchors('')).toEqual([])
  })

  it('returns the parts with the anchor', () => {
    expect(parseProvisionReference('điểm c khoản 2 Điều 8')).toEqual([
      { dieu: '8', khoan: '2', diem: 'c', anchor: 'dieu-8-khoan-2-diem-c' },
    ])
    expect(provisionAnchor('8', null, 'đ')).toBe('dieu-8-diem-dd')
  })
})
