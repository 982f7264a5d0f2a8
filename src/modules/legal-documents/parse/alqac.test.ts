import { describe, expect, it } from 'vitest'
import { readAlqacLaws, type AlqacLaw } from './alqac'
import { readDataJson } from './test-corpus'

function laws(json: unknown): AlqacLaw[] {
  const result = readAlqacLaws(json)
  if (!result.ok) throw new Error(result.message)
  return result.laws
}

describe('readAlqacLaws on small inputs', () => {
  it('keeps number ids as document numbers and name ids as titles', () => {
    expect(
      laws([
        { id: '91/2015/QH13', articles: [{ id: '1', text: 'Phạm vi điều chỉnh\n\nBộ luật này…' }] },
        { id: 'Luật Cư trú', articles: [{ id: '2', text: 'Giải thích từ ngữ'.normalize('NFD') }] },
      ]),
    ).toEqual([
      {
        docId: '91/2015/QH13',
        title: null,
        documentNumber: '91/2015/QH13',
        articles: [{ number: '1', text: 'Phạm vi điều chỉnh\n\nBộ luật này…' }],
      },
      {
        docId: 'Luật Cư trú',
        title: 'Luật Cư trú',
        documentNumber: null,
        articles: [{ number: '2', text: 'Giải thích từ ngữ' }],
      },
    ])
  })

  it.each([
    [{}, 'law.json phải là một mảng các văn bản.'],
    [[{ articles: [] }], 'Văn bản thứ 1: thiếu "id".'],
    [[{ id: 'Luật X' }], 'Văn bản thứ 1 (Luật X): thiếu danh sách "articles".'],
    [[{ id: 'Luật X', articles: [{ id: '1' }] }], 'Văn bản thứ 1 (Luật X), điều 1: thiếu "text".'],
    [[{ id: 'Luật X', articles: ['x'] }], 'Văn bản thứ 1 (Luật X): điều luật không phải là đối tượng.'],
  ])('reports a malformed input in Vietnamese', (json, message) => {
    expect(readAlqacLaws(json)).toEqual({ ok: false, message })
  })
})

describe('readAlqacLaws on the ALQAC corpora', () => {
  it('reads ALQAC 2022: 4 laws identified by number, 1,377 articles', () => {
    const result = laws(readDataJson('legal-retrieval/alqac2022/law.json'))
    expect(result.map((law) => law.docId)).toEqual(['91/2015/QH13', '24/2018/QH14', '45/2019/QH14', '01/VBHN-VPQH'])
    expect(result.every((law) => law.documentNumber === law.docId && law.title === null)).toBe(true)
    expect(result.reduce((sum, law) => sum + law.articles.length, 0)).toBe(1377)
    expect(result[0]?.articles[0]).toMatchObject({ number: '1' })
    expect(result[0]?.articles[0]?.text.startsWith('Phạm vi điều chỉnh')).toBe(true)
  })

  it('reads ALQAC 2023: 17 laws identified by name, 2,249 articles', () => {
    const result = laws(readDataJson('legal-retrieval/alqac2023/law.json'))
    expect(result).toHaveLength(17)
    expect(result.every((law) => law.documentNumber === null && law.title === law.docId)).toBe(true)
    expect(result.map((law) => law.docId)).toContain('Luật Cư trú')
    expect(result.map((law) => law.docId)).toContain('Hiến pháp')
    expect(result.reduce((sum, law) => sum + law.articles.length, 0)).toBe(2249)
    for (const law of result) {
      expect(
        law.articles.every((article) => article.text !== '' && /^\d+$/.test(article.number)),
        law.docId,
      ).toBe(true)
      expect(new Set(law.articles.map((article) => article.number)).size, law.docId).toBe(law.articles.length)
    }
  })
})
