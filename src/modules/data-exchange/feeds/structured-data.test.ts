import { describe, expect, it } from 'vitest'
import type { LegalDocument, SiteSetting } from '@/payload-types'
import {
  breadcrumbListLd,
  dublinCore,
  graphLd,
  jsonLdText,
  legislationLd,
  pageDublinCore,
  trailLd,
} from './structured-data'

const settings = {
  siteName: 'Cổng PBGDPL',
  provinceName: 'tỉnh Hưng Yên',
  ownerName: 'UBND tỉnh Hưng Yên',
  operatorName: 'Sở Tư pháp tỉnh Hưng Yên',
} as SiteSetting

const law = (status: LegalDocument['status']) =>
  ({
    id: 1,
    slug: 'luat-dat-dai-2024',
    number: '31/2024/QH15',
    type: 'luat',
    title: 'Luật Đất đai',
    displayTitle: 'Luật Đất đai 2024',
    issuer: 'Quốc hội',
    issuedAt: '2024-01-18T00:00:00.000Z',
    effectiveAt: '2024-08-01T00:00:00.000Z',
    expiresAt: null,
    status,
    updatedAt: '2024-09-01T00:00:00.000Z',
  }) as LegalDocument

describe('structured data', () => {
  it('never lets text close the script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('<')
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' })
  })

  it('describes a legal document as schema.org Legislation with its legal force', () => {
    const ld = legislationLd(law('con-hieu-luc'), settings)
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '31/2024/QH15',
      legislationType: 'Luật',
      legislationDate: '2024-01-18',
      legislationDateOfApplicability: '2024-08-01',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Quốc hội' },
    })
    expect(String(ld.url)).toMatch(/\/van-ban\/luat-dat-dai-2024$/)
    expect(legislationLd(law('het-hieu-luc-mot-phan'), settings).legislationLegalForce).toBe(
      'https://schema.org/PartiallyInForce',
    )
    expect(legislationLd(law('het-hieu-luc-toan-bo'), settings).legislationLegalForce).toBe(
      'https://schema.org/NotInForce',
    )
    // an unknown status claims nothing
    expect(legislationLd(law('chua-xac-dinh'), settings).legislationLegalForce).toBeUndefined()
  })

  it('numbers breadcrumbs from the home page', () => {
    const ld = breadcrumbListLd([{ label: 'Văn bản pháp luật', href: '/van-ban' }])
    const items = ld.itemListElement as { position: number; name: string; item: string }[]
    expect(items.map((i) => [i.position, i.name])).toEqual([
      [1, 'Trang chủ'],
      [2, 'Văn bản pháp luật'],
    ])
    expect(items[1]!.item).toMatch(/\/van-ban$/)
  })

  it('gives the Dublin Core elements with an ISO date and Vietnamese language', () => {
    expect(
      dublinCore({
        title: 'Luật Đất đai',
        creator: 'Quốc hội',
        publisher: 'Sở Tư pháp',
        date: '2024-01-18T00:00:00.000Z',
        identifier: 'https://example.vn/van-ban/luat-dat-dai-2024',
        type: 'Text.LegalDocument',
      }),
    ).toEqual({
      'DC.title': 'Luật Đất đai',
      'DC.creator': 'Quốc hội',
      'DC.publisher': 'Sở Tư pháp',
      'DC.date': '2024-01-18',
      'DC.identifier': 'https://example.vn/van-ban/luat-dat-dai-2024',
      'DC.language': 'vi',
      'DC.type': 'Text.LegalDocument',
      'DC.format': 'text/html',
    })
  })
  it('turns a visible trail into a BreadcrumbList whose last item is the page itself', () => {
    const ld = trailLd([{ label: 'Hỏi đáp pháp luật', href: '/hoi-dap' }, { label: 'Câu hỏi' }], '/hoi-dap/cau-hoi')
    const items = ld.itemListElement as { position: number; name: string; item: string }[]
    expect(items.map((i) => [i.position, i.name])).toEqual([
      [1, 'Trang chủ'],
      [2, 'Hỏi đáp pháp luật'],
      [3, 'Câu hỏi'],
    ])
    expect(items[2]!.item).toMatch(/\/hoi-dap\/cau-hoi$/)
  })

  it('puts several nodes in one @graph with a single @context', () => {
    const graph = graphLd([
      { '@context': 'https://schema.org', '@type': 'QAPage', name: 'x' },
      breadcrumbListLd([{ label: 'Hỏi đáp', href: '/hoi-dap' }]),
    ])
    expect(graph['@context']).toBe('https://schema.org')
    const nodes = graph['@graph'] as Record<string, unknown>[]
    expect(nodes.map((n) => n['@type'])).toEqual(['QAPage', 'BreadcrumbList'])
    for (const node of nodes) expect(node).not.toHaveProperty('@context')
  })

  it('gives a page Dublin Core with its absolute URL and the operator as publisher and default creator', () => {
    const dc = pageDublinCore(settings, {
      title: 'Câu hỏi',
      path: '/hoi-dap/cau-hoi',
      date: '2025-02-03T04:00:00Z',
      type: 'Text',
    })
    expect(dc['DC.identifier']).toMatch(/^https?:\/\/.+\/hoi-dap\/cau-hoi$/)
    expect(dc['DC.creator']).toBe('Sở Tư pháp tỉnh Hưng Yên')
    expect(dc['DC.publisher']).toBe('Sở Tư pháp tỉnh Hưng Yên')
    expect(dc['DC.date']).toBe('2025-02-03')
    expect(
      pageDublinCore(settings, { title: 'x', path: '/x', date: null, type: 'Text', creator: 'UBND' })['DC.creator'],
    ).toBe('UBND')
  })
})
