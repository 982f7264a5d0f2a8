import { describe, expect, it } from 'vitest'
import { availableActions, transition } from './states'

describe('editorial workflow transitions', () => {
  it('lets a contributor submit a draft for review', () => {
    expect(transition({ action: 'submit', from: 'draft', role: 'contributor' })).toEqual({ ok: true, to: 'submitted' })
  })
  it('lets a contributor resubmit a returned draft', () => {
    expect(transition({ action: 'submit', from: 'returned', role: 'contributor' })).toEqual({
      ok: true,
      to: 'submitted',
    })
  })
  it('never lets a contributor publish, approve or schedule', () => {
    for (const action of ['publish', 'approve', 'schedule', 'unpublish'] as const) {
      for (const from of ['draft', 'submitted', 'returned', 'approved'] as const) {
        expect(transition({ action, from, role: 'contributor' }).ok).toBe(false)
      }
    }
  })
  it('stops a contributor editing a submission under review', () => {
    expect(transition({ action: 'save', from: 'submitted', role: 'contributor' }).ok).toBe(false)
  })
  it('requires a comment when an editor returns a submission', () => {
    const withoutComment = transition({ action: 'return', from: 'submitted', role: 'editor' })
    expect(withoutComment.ok).toBe(false)
    expect(transition({ action: 'return', from: 'submitted', role: 'editor', comment: 'Bổ sung nguồn' })).toEqual({
      ok: true,
      to: 'returned',
    })
  })
  it('lets an editor publish a submission but not a draft that skipped review', () => {
    expect(transition({ action: 'publish', from: 'submitted', role: 'editor' })).toEqual({ ok: true, to: 'published' })
    const direct = transition({ action: 'publish', from: 'draft', role: 'editor' })
    expect(direct.ok).toBe(false)
    if (!direct.ok) expect(direct.message).toContain('Vai trò')
  })
  it('lets the editor-in-chief publish directly', () => {
    expect(transition({ action: 'publish', from: 'draft', role: 'editor-in-chief' })).toEqual({
      ok: true,
      to: 'published',
    })
  })
  it('unpublishes to archived and reopens to draft', () => {
    expect(transition({ action: 'unpublish', from: 'published', role: 'editor' })).toEqual({ ok: true, to: 'archived' })
    expect(transition({ action: 'reopen', from: 'archived', role: 'editor' })).toEqual({ ok: true, to: 'draft' })
  })
  it('refuses experts, viewers and anonymous users', () => {
    expect(transition({ action: 'submit', from: 'draft', role: 'expert' }).ok).toBe(false)
    expect(transition({ action: 'save', from: 'draft', role: 'viewer' }).ok).toBe(false)
    expect(transition({ action: 'save', from: 'draft', role: null }).ok).toBe(false)
  })
  it('lists the actions each role has', () => {
    expect(availableActions('draft', 'contributor')).toEqual(['save', 'submit'])
    expect(availableActions('submitted', 'editor')).toEqual(['save', 'return', 'approve', 'schedule', 'publish'])
    expect(availableActions('published', 'contributor')).toEqual([])
  })
})
