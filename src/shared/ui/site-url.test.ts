import { afterEach, describe, expect, it, vi } from 'vitest'
import { mediaUrl } from './media-url'
import { absoluteUrl, sitePath, siteUrl } from './site-url'

afterEach(() => vi.unstubAllEnvs())

describe('site URLs', () => {
  it('makes a path absolute on PUBLIC_URL and leaves a full URL as it is', () => {
    vi.stubEnv('PUBLIC_URL', 'https://pbgdpl.longan.gov.vn/')
    expect(siteUrl()).toBe('https://pbgdpl.longan.gov.vn')
    expect(absoluteUrl('/van-ban/luat-dat-dai')).toBe('https://pbgdpl.longan.gov.vn/van-ban/luat-dat-dai')
    expect(absoluteUrl('tin-tuc')).toBe('https://pbgdpl.longan.gov.vn/tin-tuc')
    // A file's URL as Payload gives it was made absolute twice before ("…gov.vn/https://…").
    expect(absoluteUrl('https://pbgdpl.longan.gov.vn/api/media/file/a.webp')).toBe(
      'https://pbgdpl.longan.gov.vn/api/media/file/a.webp',
    )
    expect(absoluteUrl('http://cdn.example.vn/a.webp')).toBe('http://cdn.example.vn/a.webp')
  })

  it('turns the portal’s own file URLs into paths, whatever scheme the page is opened with', () => {
    vi.stubEnv('PUBLIC_URL', 'http://127.0.0.1:3100')
    expect(sitePath('http://127.0.0.1:3100/api/media/file/anh%20b%C3%ACa.webp?v=2#x')).toBe(
      '/api/media/file/anh%20b%C3%ACa.webp?v=2#x',
    )
    // Another site's file, another port, or another scheme stays as it is.
    expect(sitePath('https://s3.longan.gov.vn/pbgdpl/a.pdf')).toBe('https://s3.longan.gov.vn/pbgdpl/a.pdf')
    expect(sitePath('http://127.0.0.1:3101/api/media/file/a.webp')).toBe('http://127.0.0.1:3101/api/media/file/a.webp')
    expect(sitePath('https://127.0.0.1:3100/api/media/file/a.webp')).toBe(
      'https://127.0.0.1:3100/api/media/file/a.webp',
    )
    expect(sitePath('/api/files/file/a.pdf')).toBe('/api/files/file/a.pdf')
    expect(sitePath(null)).toBeNull()
    expect(sitePath('')).toBeNull()
  })

  it('gives image sizes as paths, falling back to the original', () => {
    vi.stubEnv('PUBLIC_URL', 'https://pbgdpl.longan.gov.vn')
    const media = {
      url: 'https://pbgdpl.longan.gov.vn/api/media/file/a.jpg',
      sizes: { card: { url: 'https://pbgdpl.longan.gov.vn/api/media/file/a-800x450.webp' }, og: { url: null } },
    }
    expect(mediaUrl(media, 'card')).toBe('/api/media/file/a-800x450.webp')
    expect(mediaUrl(media, 'og')).toBe('/api/media/file/a.jpg')
    expect(mediaUrl(media)).toBe('/api/media/file/a.jpg')
    expect(mediaUrl(null, 'card')).toBeNull()
    // In structured data and share links they become full URLs again, once.
    expect(absoluteUrl(mediaUrl(media, 'card')!)).toBe('https://pbgdpl.longan.gov.vn/api/media/file/a-800x450.webp')
  })
})
