import { describe, expect, it } from 'vitest'
import { lexicalToPlainText } from './lexical-text'
import { blocksToLexical, plainTextToLexical } from './blocks-to-lexical'

describe('blocksToLexical', () => {
  it('round-trips headings, paragraphs and lists to plain text', () => {
    const state = blocksToLexical([
      { type: 'h2', text: 'Mục đích' },
      { type: 'p', text: 'Nâng cao nhận thức pháp luật.' },
      { type: 'ul', items: ['Học sinh', 'Người lao động'] },
    ])
    const plain = lexicalToPlainText(state)
    expect(plain).toContain('Mục đích')
    expect(plain).toContain('Nâng cao nhận thức pháp luật.')
    expect(plain).toContain('Người lao động')
  })
  it('normalises decomposed input to NFC', () => {
    const state = plainTextToLexical('Luật Đất đai'.normalize('NFD'))
    expect(lexicalToPlainText(state)).toBe('Luật Đất đai')
  })
  it('splits plain text on blank lines', () => {
    expect(plainTextToLexical('Một\n\nHai').root.children).toHaveLength(2)
  })
})
