import { describe, expect, it } from 'vitest'
import { availableQaActions, QA_STATES, qaTransition } from './states'

describe('question handling transitions', () => {
  it('walks the whole path from receipt to publication for an editor', () => {
    const steps = [
      ['accept', 'new', 'accepted'],
      ['assign', 'accepted', 'assigned'],
      ['answer', 'assigned', 'answered'],
      ['publish', 'answered', 'published'],
    ] as const
    for (const [action, from, to] of steps) {
      expect(qaTransition({ action, from, role: 'editor' })).toEqual({ ok: true, to })
    }
  })
  it('lets an expert answer an assigned question but never publish it', () => {
    expect(qaTransition({ action: 'answer', from: 'assigned', role: 'expert' })).toEqual({ ok: true, to: 'answered' })
    expect(qaTransition({ action: 'publish', from: 'answered', role: 'expert' }).ok).toBe(false)
    expect(qaTransition({ action: 'save', from: 'answered', role: 'expert' }).ok).toBe(false)
  })
  it('requires a note when an answer is returned', () => {
    expect(qaTransition({ action: 'return', from: 'answered', role: 'editor' }).ok).toBe(false)
    expect(qaTransition({ action: 'return', from: 'answered', role: 'editor', note: 'Bổ sung căn cứ' })).toEqual({
      ok: true,
      to: 'assigned',
    })
  })
  it('refuses every action to contributors, inspectors and anonymous callers', () => {
    for (const from of QA_STATES) {
      expect(availableQaActions(from, 'contributor')).toEqual([])
      expect(availableQaActions(from, 'viewer')).toEqual([])
      expect(availableQaActions(from, null)).toEqual([])
    }
    const refused = qaTransition({ action: 'accept', from: 'new', role: null })
    expect(refused.ok).toBe(false)
  })
  it('explains why an action is impossible in the current state', () => {
    const result = qaTransition({ action: 'publish', from: 'new', role: 'editor' })
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Mới nhận') })
  })
  it('reopens rejected and merged questions for moderation', () => {
    expect(qaTransition({ action: 'reopen', from: 'rejected', role: 'editor-in-chief' })).toEqual({
      ok: true,
      to: 'new',
    })
    expect(qaTransition({ action: 'reopen', from: 'merged', role: 'admin' })).toEqual({ ok: true, to: 'new' })
  })
  it('keeps the state when the legal basis is marked reviewed or personal data is erased', () => {
    expect(qaTransition({ action: 'mark-reviewed', from: 'published', role: 'editor' })).toEqual({
      ok: true,
      to: 'published',
    })
    expect(qaTransition({ action: 'erase', from: 'rejected', role: 'editor' })).toEqual({ ok: true, to: 'rejected' })
  })
  it('offers an expert only saving and answering an assigned question', () => {
    expect(availableQaActions('assigned', 'expert')).toEqual(['save', 'answer'])
    expect(availableQaActions('new', 'expert')).toEqual([])
  })
})
