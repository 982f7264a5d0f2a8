import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LegalDocument } from '@/payload-types'
import { buildStructure } from '@/modules/legal-documents/hooks/document-structure'
import type { RelationView } from '@/modules/legal-documents/server/get-document'
import { buildAknXml } from './akn-xml'
import type { AknSource } from './load'

/**
 * The AKN builder on its own, over edge cases that the stored documents rarely show, each checked
 * by xmllint against the official OASIS schema (AKN_XSD, else ~/.cache/pbgdpl/akn; see
 * docs/data-standard.md). Without the schema only well-formedness is checked, with a loud warning.
 */
const CACHED_XSD = join(homedir(), '.cache', 'pbgdpl', 'akn', 'akomantoso30.xsd')
const XSD = process.env.AKN_XSD || (existsSync(CACHED_XSD) ? CACHED_XSD : null)
if (!XSD) {
  console.warn(
    `\n⚠⚠⚠ The official Akoma Ntoso 3.0 schema is missing (neither AKN_XSD nor ${CACHED_XSD}): ` +
      'akn-xml.test.ts checks well-formedness only ⚠⚠⚠',
  )
}
const dir = mkdtempSync(join(tmpdir(), 'akn-unit-'))

function xmllint(name: string, xml: string): { status: number | null; stderr: string } {
  const file = join(dir, `${name}.xml`)
  writeFileSync(file, xml)
  const run = spawnSync('xmllint', ['--noout', ...(XSD ? ['--schema', XSD] : []), file], { encoding: 'utf8' })
  return { status: run.status, stderr: run.stderr.replace(/^.* validates\n?$/m, '') }
}

const expectValid = (name: string, xml: string) => {
  const run = xmllint(name, xml)
  expect(run.stderr, name).toBe('')
  expect(run.status, name).toBe(0)
}

const other = (id: number, slug: string, number: string) =>
  ({ id, slug, number, type: 'quyet-dinh', title: slug, issuedAt: '2025-01-01T00:00:00.000Z' }) as RelationView['other']

function source(doc: Partial<LegalDocument>, relations: RelationView[] = []): AknSource {
  const text = doc.text ?? null
  return {
    doc: {
      id: 1,
      slug: 'quyet-dinh-1-2025-qd-ubnd',
      number: '1/2025/QĐ-UBND',
      type: 'quyet-dinh',
      title: 'Thử nghiệm',
      issuer: 'Ủy ban nhân dân tỉnh Long An',
      scope: 'dia-phuong',
      issuedAt: '2025-01-01T17:00:00.000Z',
      updatedAt: '2025-02-01T00:00:00.000Z',
      createdAt: '2025-02-01T00:00:00.000Z',
      structure: text ? buildStructure(text).structure : null,
      ...doc,
    } as LegalDocument,
    relations,
    history: [],
    materials: [],
    key: { slug: 'quyet-dinh-1-2025-qd-ubnd', issuedDay: '2025-01-02', national: false, type: 'quyet-dinh' },
    relatedKeys: new Map(
      relations.map((r) => [
        r.other.id,
        { slug: r.other.slug!, issuedDay: '2025-01-01', national: r.other.id % 2 === 0, type: 'quyet-dinh' },
      ]),
    ),
    province: 'longan',
    provinceName: 'tỉnh Long An',
    siteName: 'Cổng PBGDPL',
    operatorName: 'Sở Tư pháp',
  }
}

const relation = (id: number, type: RelationView['type'], isOutgoing: boolean, anchors: string[] = []) =>
  ({
    id,
    type,
    isOutgoing,
    other: other(id, `van-ban-${id}`, `${id}/2025/QĐ-UBND`),
    provision: null,
    anchors,
    effectiveAt: null,
    note: null,
  }) as RelationView

const build = (s: AknSource) => buildAknXml(s, { origin: 'https://pbgdpl.example', now: new Date('2025-06-01') })

describe('Akoma Ntoso builder against the official schema', () => {
  it('a provision with text before its children (intro), headings missing, Khoản outside an Điều', () => {
    const xml = build(
      source({
        text: ['Chương I', 'Điều 1', 'Mở đầu điều:', '1. Khoản một.', 'Điều 2.', '2. Khoản lạc.'].join('\n'),
      }),
    )
    expect(xml).toContain('<intro><p>Mở đầu điều:</p></intro>')
    expectValid('intro', xml)
  })

  it('only a signer title, only a signer, no text at all', () => {
    expectValid('title-only', build(source({ signerTitle: 'CHỦ TỊCH' })))
    expectValid('signer-only', build(source({ signer: 'Nguyễn Văn A' })))
    const bare = build(source({ text: '' }))
    expect(bare).toContain('<hcontainer eId="toan-van" name="toan-van"><content><p>Thử nghiệm</p></content>')
    expectValid('bare', bare)
  })

  it('every relation type, both ways, with and without provisions, national and local', () => {
    const types: RelationView['type'][] = ['sua-doi', 'thay-the', 'bai-bo', 'huong-dan', 'can-cu', 'dan-chieu']
    const relations = types.flatMap((type, i) => [
      relation(10 + 2 * i, type, false, i % 2 ? ['dieu-1', 'dieu-1-khoan-2'] : []),
      relation(11 + 2 * i, type, true, ['dieu-9']),
    ])
    const xml = build(source({ text: 'Điều 1. A\n1. B\n2. C' }, relations))
    expect(xml.match(/<textualMod /g)).toHaveLength(6)
    expectValid('relations', xml)
  })

  it('a Công báo publication without number, and characters XML 1.0 forbids', () => {
    const xml = build(
      source({
        congBaoDate: '2025-01-10T00:00:00.000Z',
        title: 'Tên \u0001có\u0008 ký tự \ufffe lạ & "nháy"',
        text: 'Điều 1. \u000bTiêu đề\n\u001fNội dung <b>không phải thẻ</b>',
      }),
    )
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/)
    expectValid('odd', xml)
  })

  it.skipIf(!XSD)('the schema check rejects a provision whose content comes before its number', () => {
    const xml = build(source({ text: 'Điều 1. A' })).replace(
      '<num>Điều 1.</num>',
      '<content><p/></content><num>1</num>',
    )
    expect(xmllint('rejected', xml).status).not.toBe(0)
  })
})
