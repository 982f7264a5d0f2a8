/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) XML of one published legal document, built from the stored
 * structure tree: Phần › Chương › Mục › Tiểu mục › Điều › Khoản › Điểm become part › chapter ›
 * section › subsection › article › paragraph › point, with eIds equal to the anchors of the
 * document page (dieu-5-khoan-2-diem-c), so that /van-ban/<slug>#<eId> is the same provision.
 * Relations that modify the document (sửa đổi, thay thế, bãi bỏ by another one) become passive
 * modifications and lifecycle events; those it makes on others become active modifications.
 */
import type { StoredStructure } from '@/modules/legal-documents/hooks/document-structure'
import { vnDay } from '@/modules/legal-documents/dates'
import { documentPath } from '@/modules/legal-documents/constants'
import { typeLabel } from '@/modules/legal-documents/ui/document-items'
import type { StructureNode } from '@/modules/legal-documents/parse'
import type { RelationView } from '@/modules/legal-documents/server/get-document'
import type { AknSource } from './load'
import { expressionUri, manifestationUri, provisionNum, workUri } from './uris'

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'
export const AKN_MIME = 'application/akn+xml'

/** Escapes text and attribute values; drops characters XML 1.0 forbids. */
export const esc = (value: string): string =>
  value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

const attrs = (values: Record<string, string | null | undefined>): string =>
  Object.entries(values)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('')

const el = (name: string, values: Record<string, string | null | undefined>, inner?: string): string =>
  inner === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${inner}</${name}>`

const paragraphs = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')

const ps = (text: string): string => {
  const lines = paragraphs(text)
  return (lines.length > 0 ? lines : ['']).map((line) => `<p>${esc(line)}</p>`).join('')
}

const ELEMENT: Record<string, string> = {
  phan: 'part',
  chuong: 'chapter',
  'tieu-muc': 'subsection',
  dieu: 'article',
  khoan: 'paragraph',
  diem: 'point',
}

function elementOf(
  node: StructureNode,
  mode: StoredStructure['mode'],
): { name: string; extra: Record<string, string> } {
  if (node.kind === 'muc')
    return mode === 'plan' ? { name: 'hcontainer', extra: { name: 'muc' } } : { name: 'section', extra: {} }
  if (node.kind === 'muc-la-ma') return { name: 'hcontainer', extra: { name: 'muc-la-ma' } }
  return { name: ELEMENT[node.kind] ?? 'hcontainer', extra: ELEMENT[node.kind] ? {} : { name: node.kind } }
}

/** One provision: num, heading, then its own text as content (a leaf) or intro (before children). */
function provision(node: StructureNode, mode: StoredStructure['mode']): string {
  const { name, extra } = elementOf(node, mode)
  const head = `<num>${esc(provisionNum(node))}</num>${node.heading ? `<heading>${esc(node.heading)}</heading>` : ''}`
  const body =
    node.children.length === 0
      ? `<content>${ps(node.text)}</content>`
      : `${node.text.trim() ? `<intro>${ps(node.text)}</intro>` : ''}${node.children.map((c) => provision(c, mode)).join('')}`
  return el(name, { eId: node.anchor, ...extra }, head + body)
}

/** Passive and active modification types of Akoma Ntoso for our relation types. */
const TEXTUAL_MOD: Partial<Record<RelationView['type'], string>> = {
  'sua-doi': 'substitution',
  'thay-the': 'substitution',
  'bai-bo': 'repeal',
}

export type AknOptions = {
  /** the portal's absolute origin, for the manifestation's links back to the page */
  origin: string
  /** the moment the manifestation is generated (FRBRManifestation date) */
  now?: Date
}

export function buildAknXml(source: AknSource, options: AknOptions): string {
  const { doc, key, province, relations } = source
  const structure = (doc.structure ?? null) as StoredStructure | null
  const work = workUri(key, province)
  const expression = expressionUri(key, province)
  const manifestation = manifestationUri(key, province, 'xml')
  const issued = key.issuedDay
  const today = vnDay(options.now ?? new Date()) ?? issued
  const expressionDay = vnDay(doc.effectChangedAt ?? null) ?? vnDay(doc.updatedAt) ?? issued

  // Relations with a published other document that has a permanent identifier.
  const linked = relations.flatMap((r) => {
    const k = source.relatedKeys.get(r.other.id)
    return k ? [{ relation: r, uri: workUri(k, province), eId: `ref_${r.id}` }] : []
  })
  const passive = linked.filter((l) => !l.relation.isOutgoing && TEXTUAL_MOD[l.relation.type])
  const active = linked.filter((l) => l.relation.isOutgoing && TEXTUAL_MOD[l.relation.type])

  const identification = el(
    'identification',
    { source: '#portal' },
    el(
      'FRBRWork',
      {},
      el('FRBRthis', { value: `${work}/!main` }) +
        el('FRBRuri', { value: work }) +
        el('FRBRalias', { value: doc.number, name: 'number' }) +
        el('FRBRdate', { date: issued, name: 'issued' }) +
        el('FRBRauthor', { href: '#issuer' }) +
        el('FRBRcountry', { value: key.national ? 'vn' : `vn-${province}` }) +
        el('FRBRsubtype', { value: key.type }) +
        el('FRBRnumber', { value: doc.number }) +
        el('FRBRname', { value: typeLabel(doc.type) }) +
        el('FRBRprescriptive', { value: 'true' }),
    ) +
      el(
        'FRBRExpression',
        {},
        el('FRBRthis', { value: `${expression}/!main` }) +
          el('FRBRuri', { value: expression }) +
          el('FRBRdate', { date: expressionDay, name: 'version' }) +
          el('FRBRauthor', { href: '#issuer' }) +
          el('FRBRlanguage', { language: 'vie' }),
      ) +
      el(
        'FRBRManifestation',
        {},
        el('FRBRthis', { value: manifestation }) +
          el('FRBRuri', { value: manifestation }) +
          el('FRBRdate', { date: today, name: 'generation' }) +
          el('FRBRauthor', { href: '#portal' }) +
          el('FRBRformat', { value: AKN_MIME }),
      ),
  )

  const congBaoDay = vnDay(doc.congBaoDate ?? null)
  const publication = congBaoDay
    ? el('publication', {
        date: congBaoDay,
        name: 'congbao',
        showAs: 'Công báo',
        number: doc.congBaoNumber ?? undefined,
      })
    : ''

  const events = [
    el('eventRef', { eId: 'evt_issued', date: issued, source: '#original', type: 'generation' }),
    ...passive.map((p) =>
      el('eventRef', {
        eId: `evt_${p.eId}`,
        date:
          vnDay(p.relation.effectiveAt) ??
          vnDay(p.relation.other.effectiveAt) ??
          vnDay(p.relation.other.issuedAt) ??
          issued,
        source: `#${p.eId}`,
        type: p.relation.type === 'bai-bo' || p.relation.type === 'thay-the' ? 'repeal' : 'amendment',
      }),
    ),
  ].join('')

  const mod = (l: (typeof linked)[number], prefix: string, ownSide: 'source' | 'destination'): string => {
    const anchors = l.relation.anchors.length > 0 ? l.relation.anchors : ['']
    const own = anchors.map((a) => (a ? `#${a}` : work))
    const other = l.uri
    const sources = ownSide === 'source' ? [work] : [other]
    const destinations = ownSide === 'source' ? [other] : own
    return el(
      'textualMod',
      { type: TEXTUAL_MOD[l.relation.type] ?? 'substitution', eId: `${prefix}_${l.relation.id}` },
      sources.map((href) => el('source', { href })).join('') +
        destinations.map((href) => el('destination', { href })).join(''),
    )
  }
  // Active anchors name provisions of the other document, which are not in this one: destination
  // is then the other work itself.
  const activeMods = active.map((l) =>
    el(
      'textualMod',
      { type: TEXTUAL_MOD[l.relation.type] ?? 'substitution', eId: `amod_${l.relation.id}` },
      el('source', { href: work }) + el('destination', { href: l.uri }),
    ),
  )
  const analysis =
    passive.length + active.length > 0
      ? el(
          'analysis',
          { source: '#portal' },
          (activeMods.length > 0 ? el('activeModifications', {}, activeMods.join('')) : '') +
            (passive.length > 0
              ? el('passiveModifications', {}, passive.map((p) => mod(p, 'pmod', 'destination')).join(''))
              : ''),
        )
      : ''

  const page = `${options.origin}${documentPath(key.slug)}`
  const references = el(
    'references',
    { source: '#portal' },
    el('original', { eId: 'original', href: expression, showAs: `${typeLabel(doc.type)} ${doc.number}` }) +
      passive
        .map((p) =>
          el('passiveRef', {
            eId: p.eId,
            href: p.uri,
            showAs: `${typeLabel(p.relation.other.type)} ${p.relation.other.number}`,
          }),
        )
        .join('') +
      active
        .map((a) =>
          el('activeRef', {
            eId: a.eId,
            href: a.uri,
            showAs: `${typeLabel(a.relation.other.type)} ${a.relation.other.number}`,
          }),
        )
        .join('') +
      el('TLCOrganization', {
        eId: 'issuer',
        href: `/ontology/organization/vn/${encodeURIComponent(doc.issuer)}`,
        showAs: doc.issuer,
      }) +
      el('TLCOrganization', { eId: 'portal', href: page.replace(/\/van-ban\/.*$/, '/'), showAs: source.siteName }) +
      (doc.signer
        ? el('TLCPerson', {
            eId: 'signer',
            href: `/ontology/person/vn/${encodeURIComponent(doc.signer)}`,
            showAs: doc.signer,
          })
        : '') +
      (doc.signerTitle
        ? el('TLCRole', {
            eId: 'signerRole',
            href: `/ontology/role/vn/${encodeURIComponent(doc.signerTitle)}`,
            showAs: doc.signerTitle,
          })
        : ''),
  )

  const meta = el(
    'meta',
    {},
    identification + publication + el('lifecycle', { source: '#portal' }, events) + analysis + references,
  )

  const preface = el(
    'preface',
    {},
    `<p><docAuthority>${esc(doc.issuer)}</docAuthority></p>` +
      `<p><docType>${esc(typeLabel(doc.type))}</docType> số <docNumber>${esc(doc.number)}</docNumber>, ngày <docDate date="${issued}">${esc(issued.split('-').reverse().join('/'))}</docDate></p>` +
      el('longTitle', {}, `<p><docTitle>${esc(doc.title)}</docTitle></p>`),
  )
  const preamble = structure?.preamble.trim() ? el('preamble', {}, ps(structure.preamble)) : ''
  const nodes = structure?.nodes ?? []
  const bodyInner =
    nodes.length > 0
      ? nodes.map((n) => provision(n, structure?.mode ?? 'none')).join('')
      : // without provisions (or without any text) the whole text, else the title, in one container:
        // the schema wants at least one element in the body
        el(
          'hcontainer',
          { eId: 'toan-van', name: 'toan-van' },
          `<content>${ps(doc.text?.trim() ? doc.text : doc.title)}</content>`,
        )
  const signature = [doc.signerTitle, doc.signer].filter(Boolean) as string[]
  const conclusions =
    signature.length > 0
      ? el(
          'conclusions',
          {},
          `<p>${doc.signerTitle ? `<role refersTo="#signerRole">${esc(doc.signerTitle)}</role>` : ''}${doc.signer ? `${doc.signerTitle ? ' ' : ''}<person refersTo="#signer">${esc(doc.signer)}</person>` : ''}</p>`,
        )
      : ''
  const attachments = structure?.appendix?.trim()
    ? el(
        'attachments',
        {},
        el(
          'attachment',
          {},
          el(
            'doc',
            { name: 'phu-luc' },
            el(
              'meta',
              {},
              el(
                'identification',
                { source: '#portal' },
                el(
                  'FRBRWork',
                  {},
                  el('FRBRthis', { value: `${work}/!phu-luc` }) +
                    el('FRBRuri', { value: work }) +
                    el('FRBRdate', { date: issued, name: 'issued' }) +
                    el('FRBRauthor', { href: '#issuer' }) +
                    el('FRBRcountry', { value: key.national ? 'vn' : `vn-${province}` }),
                ) +
                  el(
                    'FRBRExpression',
                    {},
                    el('FRBRthis', { value: `${expression}/!phu-luc` }) +
                      el('FRBRuri', { value: expression }) +
                      el('FRBRdate', { date: expressionDay, name: 'version' }) +
                      el('FRBRauthor', { href: '#issuer' }) +
                      el('FRBRlanguage', { language: 'vie' }),
                  ) +
                  el(
                    'FRBRManifestation',
                    {},
                    el('FRBRthis', { value: `${expression}/phu-luc.xml` }) +
                      el('FRBRuri', { value: manifestation }) +
                      el('FRBRdate', { date: today, name: 'generation' }) +
                      el('FRBRauthor', { href: '#portal' }),
                  ),
              ),
            ) +
              el(
                'mainBody',
                {},
                el('hcontainer', { eId: 'phu-luc', name: 'phu-luc' }, `<content>${ps(structure.appendix)}</content>`),
              ),
          ),
        ),
      )
    : ''

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<akomaNtoso xmlns="${AKN_NAMESPACE}">` +
    el(
      'act',
      { name: key.type, contains: 'singleVersion' },
      meta + preface + preamble + el('body', {}, bodyInner) + conclusions + attachments,
    ) +
    `</akomaNtoso>\n`
  )
}
