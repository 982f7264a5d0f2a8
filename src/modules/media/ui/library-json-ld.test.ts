import { describe, expect, it } from 'vitest'
import type { LibraryItem } from '@/payload-types'
import { libraryJsonLd } from './library-json-ld'

const item = (extra: Partial<LibraryItem>): LibraryItem =>
  ({
    id: 1,
    title: 'Tiêu đề </script><script>alert(1)</script>',
    slug: 'tieu-de',
    summary: 'Tóm tắt',
    kind: 'video',
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  }) as LibraryItem

describe('libraryJsonLd', () => {
  it('escapes “<” so no text closes the script element', () => {
    const json = libraryJsonLd(item({}))
    expect(json).not.toContain('<')
    expect(JSON.parse(json).name).toBe('Tiêu đề </script><script>alert(1)</script>')
  })

  it.each([
    [{ kind: 'video', videoSource: 'youtube', youtubeId: 'dQw4w9WgXcQ' }, 'VideoObject'],
    [{ kind: 'audio', transcript: 'Lời thoại' }, 'AudioObject'],
    [{ kind: 'infographic' }, 'ImageObject'],
    [{ kind: 'ebook', author: 'Sở Tư pháp', year: 2025 }, 'Book'],
  ] as const)('describes %j as a %s', (extra, type) => {
    const ld = JSON.parse(libraryJsonLd(item(extra as Partial<LibraryItem>)))
    expect(ld['@type']).toBe(type)
    if (type === 'VideoObject') expect(ld.embedUrl).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    if (type === 'Book') expect(ld).toMatchObject({ author: { name: 'Sở Tư pháp' }, copyrightYear: 2025 })
  })
})
