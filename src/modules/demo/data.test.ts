import { describe, expect, it } from 'vitest'
import { SLUG_PATTERN } from '@/shared/text/vietnamese'
import * as demo from './data'

const allText = JSON.stringify(demo)

describe('demo content', () => {
  it('has at least 30 articles spread over every leaf section', () => {
    expect(demo.articles.length).toBeGreaterThanOrEqual(30)
    const parents = new Set(demo.sections.map((s) => s.parent).filter(Boolean))
    const leaves = demo.sections.filter((s) => !parents.has(s.slug))
    for (const leaf of leaves)
      expect(
        demo.articles.some((a) => a.section === leaf.slug),
        leaf.slug,
      ).toBe(true)
  })

  it('uses unique, well-formed slugs', () => {
    for (const list of [demo.articles, demo.events, demo.announcements, demo.plans, demo.pages, demo.sections]) {
      const slugs = list.map((x) => x.slug)
      expect(new Set(slugs).size).toBe(slugs.length)
      for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN)
    }
  })

  it('only refers to sections, units, fields and audiences that exist', () => {
    const sections = new Set(demo.sections.map((s) => s.slug))
    const units = new Set(demo.units.map((u) => u.key))
    const fields = new Set(demo.legalFields.map((f) => f.slug))
    const audiences = new Set(demo.audiences.map((a) => a.slug))
    for (const a of demo.articles) {
      expect(sections.has(a.section), a.slug).toBe(true)
      expect(units.has(a.unit), a.slug).toBe(true)
      for (const f of a.fields) expect(fields.has(f), `${a.slug}: ${f}`).toBe(true)
      for (const au of a.audiences) expect(audiences.has(au), `${a.slug}: ${au}`).toBe(true)
    }
    for (const x of [...demo.events, ...demo.announcements, ...demo.plans]) expect(units.has(x.unit), x.slug).toBe(true)
    for (const o of demo.officials) expect(units.has(o.unit), o.name).toBe(true)
    for (const u of demo.units) if (u.parent) expect(units.has(u.parent), u.key).toBe(true)
  })

  it('is Vietnamese text in NFC without placeholders', () => {
    expect(allText).toBe(allText.normalize('NFC'))
    expect(allText).not.toMatch(/lorem ipsum|TODO|placeholder/i)
  })

  it('includes the province plan implementing Decision 471 with its appendix', () => {
    const plan = demo.plans.find((p) => p.title.includes('Tăng cường ứng dụng công nghệ thông tin'))
    expect(plan).toBeDefined()
    const text = JSON.stringify(plan?.body)
    expect(text).toContain('Phụ lục I. Cấu trúc Trang thông tin điện tử')
    expect(text).toContain('Đối thoại chính sách - pháp luật')
  })

  it('has events that end after they start', () => {
    for (const e of demo.events) expect(new Date(e.endsAt).getTime()).toBeGreaterThan(new Date(e.startsAt).getTime())
  })
})
