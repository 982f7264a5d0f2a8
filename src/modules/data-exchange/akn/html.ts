/**
 * A standalone, printable HTML file of one legal document, generated from the structured text:
 * no scripts, no external requests, styles inline, headings for parts, chapters, sections and
 * articles, and the same anchors as the document page (/van-ban/<slug>#dieu-5-khoan-2).
 */
import { documentPath, statusLabel } from '@/modules/legal-documents/constants'
import type { StoredStructure } from '@/modules/legal-documents/hooks/document-structure'
import type { StructureNode } from '@/modules/legal-documents/parse'
import { typeLabel } from '@/modules/legal-documents/ui/document-items'
import { esc } from './akn-xml'
import type { AknSource } from './load'
import { manifestationUri, provisionNum, workUri } from './uris'

const HEADING_KINDS = new Set(['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'muc-la-ma'])
const LEVEL: Record<string, number> = { phan: 2, chuong: 2, muc: 3, 'tieu-muc': 3, dieu: 3, 'muc-la-ma': 2 }

const lines = (text: string): string =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${esc(l)}</p>`)
    .join('')

function node(n: StructureNode, mode: StoredStructure['mode']): string {
  const children = n.children.map((c) => node(c, mode)).join('')
  const isHeading = HEADING_KINDS.has(n.kind) && !(mode === 'plan' && n.kind === 'muc')
  if (isHeading) {
    const level = n.kind === 'dieu' && mode === 'legal' ? 3 : (LEVEL[n.kind] ?? 3)
    const title = `${esc(n.kind === 'dieu' ? provisionNum(n) : n.label)}${n.heading ? `${n.kind === 'dieu' ? ' ' : '<br>'}${esc(n.heading)}` : ''}`
    return `<section id="${esc(n.anchor)}" class="k-${n.kind}"><h${level}>${title}</h${level}>${lines(n.text)}${children}</section>`
  }
  const [first = '', ...rest] = n.text.split(/\n+/).filter((l) => l.trim())
  return `<div id="${esc(n.anchor)}" class="k-${n.kind}"><p><span class="num">${esc(provisionNum(n))}</span> ${esc(first.trim())}</p>${rest.map((l) => `<p>${esc(l.trim())}</p>`).join('')}${children}</div>`
}

export function buildDocumentHtml(source: AknSource, origin: string): string {
  const { doc, key, province } = source
  const structure = (doc.structure ?? null) as StoredStructure | null
  const title = `${typeLabel(doc.type)} ${doc.number}`
  const issued = key.issuedDay.split('-').reverse().join('/')
  const body =
    structure && structure.nodes.length > 0
      ? `${structure.preamble ? `<div class="preamble">${lines(structure.preamble)}</div>` : ''}${structure.nodes.map((n) => node(n, structure.mode)).join('')}`
      : lines(doc.text ?? '')
  const appendix = structure?.appendix?.trim()
    ? `<section id="phu-luc"><h2>Phụ lục</h2>${lines(structure.appendix)}</section>`
    : ''
  const signature =
    doc.signer || doc.signerTitle
      ? `<p class="sign"><strong>${esc(doc.signerTitle ?? '')}</strong><br>${esc(doc.signer ?? '')}</p>`
      : ''
  const page = `${origin}${documentPath(key.slug)}`
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${title}: ${doc.title}`)}</title>
<link rel="canonical" href="${esc(page)}">
<link rel="alternate" type="application/akn+xml" href="${esc(origin + manifestationUri(key, province, 'xml'))}">
<meta name="DC.identifier" content="${esc(origin + workUri(key, province))}">
<meta name="DC.title" content="${esc(doc.title)}">
<meta name="DC.creator" content="${esc(doc.issuer)}">
<meta name="DC.date" content="${key.issuedDay}">
<meta name="DC.language" content="vi">
<style>
body{font-family:"Times New Roman",Times,serif;font-size:14pt;line-height:1.5;max-width:46rem;margin:1rem auto;padding:0 1rem;color:#111}
header{text-align:center;margin-bottom:1.5rem}.issuer{font-weight:bold;text-transform:uppercase}
h1{font-size:1.25em;text-transform:uppercase;margin:.5rem 0}h2{font-size:1.1em;text-align:center;margin:1.5rem 0 .5rem}
h3{font-size:1em;margin:1rem 0 .25rem}p{margin:.25rem 0;text-align:justify}.num{font-weight:bold}
header p{text-align:center}@media (max-width:30rem){p{text-align:left}}
.meta{font-size:.85em;color:#444;border-top:1px solid #999;margin-top:2rem;padding-top:.5rem}.sign{text-align:right;margin-top:1.5rem}
a{color:#0645ad}@media print{body{margin:0;max-width:none}.meta a{color:inherit}h2,h3{break-after:avoid}}
</style>
</head>
<body>
<header>
<p class="issuer">${esc(doc.issuer)}</p>
<p>Số: ${esc(doc.number)} — ngày ${issued}</p>
<h1>${esc(typeLabel(doc.type))}</h1>
<p><strong>${esc(doc.title)}</strong></p>
</header>
<main>
${body}
${signature}
${appendix}
</main>
<footer class="meta">
<p>Tình trạng hiệu lực: ${esc(statusLabel(doc.status))}. Bản tạo tự động từ toàn văn trên ${esc(source.siteName)}; bản gốc có giá trị pháp lý là bản đăng Công báo hoặc bản giấy có chữ ký, con dấu.</p>
<p>Địa chỉ thường trực: <a href="${esc(origin + workUri(key, province))}">${esc(origin + workUri(key, province))}</a><br>Trang văn bản: <a href="${esc(page)}">${esc(page)}</a></p>
</footer>
</body>
</html>
`
}
