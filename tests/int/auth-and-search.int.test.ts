import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blocksToLexical } from '@/shared/text/blocks-to-lexical'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let sectionId: number

beforeAll(async () => {
  t = await startTestPayload('auth-search')
  const { payload } = t
  const section = await payload.create({ collection: 'sections', data: { title: 'Tin tức' }, overrideAccess: true })
  sectionId = section.id
}, 120_000)

afterAll(async () => {
  await t?.close()
})

describe('accounts', () => {
  it('makes the very first account an administrator whatever role it asked for', async () => {
    const { payload } = t
    const first = await payload.create({
      collection: 'users',
      data: {
        email: 'dau-tien@example.vn',
        password: 'Mat-khau-so-mot-1',
        name: 'Người đầu tiên',
        role: 'contributor',
      },
      overrideAccess: true,
    })
    expect(first.role).toBe('admin')
    const second = await payload.create({
      collection: 'users',
      data: { email: 'thu-hai@example.vn', password: 'Mat-khau-so-hai-2', name: 'Người thứ hai', role: 'viewer' },
      overrideAccess: true,
    })
    expect(second.role).toBe('viewer')
  })

  it('stores only a hash of the password', async () => {
    const { payload } = t
    const rows = await payload.find({
      collection: 'users',
      where: { email: { equals: 'thu-hai@example.vn' } },
      overrideAccess: true,
      showHiddenFields: true,
    })
    const stored = rows.docs[0] as unknown as { hash?: string; salt?: string; password?: string }
    expect(stored.hash).toBeTruthy()
    expect(stored.hash).not.toContain('Mat-khau-so-hai-2')
    expect(stored.password).toBeUndefined()
  })

  it('locks an account after five wrong passwords, even for the right one', async () => {
    const { payload } = t
    for (let i = 0; i < 5; i++) {
      await expect(
        payload.login({ collection: 'users', data: { email: 'thu-hai@example.vn', password: 'sai-mat-khau' } }),
      ).rejects.toThrow()
    }
    await expect(
      payload.login({ collection: 'users', data: { email: 'thu-hai@example.vn', password: 'Mat-khau-so-hai-2' } }),
    ).rejects.toThrow(/locked|khóa/i)
  })
})

describe('site search', () => {
  it('finds published content without diacritics and never drafts', async () => {
    const { payload } = t
    const body = blocksToLexical([{ type: 'p', text: 'Hướng dẫn thủ tục đăng ký đất đai lần đầu cho hộ gia đình.' }])
    await payload.create({
      collection: 'articles',
      data: { title: 'Đăng ký đất đai lần đầu', section: sectionId, body },
      overrideAccess: true,
      context: { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableNotifications: true },
    })
    await payload.create({
      collection: 'articles',
      data: { title: 'Bản nháp về đất đai', section: sectionId, body },
      overrideAccess: true,
      context: { systemAction: { action: 'save', byName: 'Kiểm thử' }, disableNotifications: true },
    })
    const read = await payload.find({ collection: 'articles', overrideAccess: false, user: null })
    expect(read.docs).toHaveLength(1)
    expect((read.docs[0] as { searchText?: string }).searchText).toBeUndefined()
    const { siteSearch } = await import('@/modules/search')
    const result = await siteSearch.search({ query: 'dat dai', page: 1, limit: 10 })
    expect(result.hits.map((h) => h.title)).toEqual(['Đăng ký đất đai lần đầu'])
    expect(result.hits[0]?.url).toMatch(/^\/bai-viet\/dang-ky-dat-dai-lan-dau/)
    const accented = await siteSearch.search({ query: 'ĐẤT ĐAI', page: 1, limit: 10 })
    expect(accented.total).toBe(1)
    const none = await siteSearch.search({ query: 'hình sự', page: 1, limit: 10 })
    expect(none.total).toBe(0)
  })

  it('rejects empty and over-long queries with a Vietnamese message', async () => {
    const { checkQuery } = await import('@/modules/search')
    expect(checkQuery('   ')).toEqual({ ok: false, message: 'Vui lòng nhập từ khóa cần tìm.' })
    const long = checkQuery('a'.repeat(201))
    expect(long.ok).toBe(false)
  })
})

describe('duplicating an article', () => {
  it('gives the copy a fresh slug, a draft state and its own history', async () => {
    const { payload } = t
    const body = blocksToLexical([{ type: 'p', text: 'Nội dung gốc.' }])
    const source = await payload.create({
      collection: 'articles',
      data: { title: 'Bài gốc để sao chép', section: sectionId, body },
      overrideAccess: true,
      context: { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableNotifications: true },
    })
    const admin = (
      await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true })
    ).docs[0]
    const copy = await payload.duplicate({ collection: 'articles', id: source.id, overrideAccess: false, user: admin })
    expect(copy.id).not.toBe(source.id)
    expect(copy.slug).not.toBe(source.slug)
    expect(copy.slug).toMatch(/^bai-goc-de-sao-chep-\d+$/)
    expect(copy.workflowState).toBe('draft')
    expect(copy.workflowHistory).toHaveLength(1)
  })
})
