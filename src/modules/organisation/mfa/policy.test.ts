import { describe, expect, it } from 'vitest'
import { safeAdminRedirect } from './ui/redirect'
import { mfaRequiredRoles } from './policy'

describe('two-factor policy', () => {
  it('requires administrators and the editorial board by default, configurable by role', () => {
    expect(mfaRequiredRoles({})).toEqual(['admin', 'editor-in-chief', 'editor'])
    expect(mfaRequiredRoles({ MFA_REQUIRED_ROLES: 'admin, expert, nonsense' })).toEqual(['admin', 'expert'])
    expect(mfaRequiredRoles({ MFA_REQUIRED_ROLES: 'none' })).toEqual([])
  })

  it('follows only redirects inside the admin after the second step', () => {
    expect(safeAdminRedirect('/admin/collections/articles?page=2')).toBe('/admin/collections/articles?page=2')
    expect(safeAdminRedirect('/collections/articles')).toBe('/admin/collections/articles')
    expect(safeAdminRedirect(['/admin/thong-ke'])).toBe('/admin/thong-ke')
    for (const bad of [
      '//evil.example/admin',
      'https://evil.example',
      '/admin/../../x',
      '/admin\\evil',
      undefined,
      3,
    ]) {
      expect(safeAdminRedirect(bad)).toMatch(/^\/admin/)
      expect(safeAdminRedirect(bad)).not.toContain('evil')
    }
    expect(safeAdminRedirect('/admin/../../x')).toBe('/admin')
    expect(safeAdminRedirect('/admin/unauthorized')).toBe('/admin')
    expect(safeAdminRedirect('/administrator')).toBe('/admin')
  })
})
