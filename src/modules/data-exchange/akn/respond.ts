import { documentPath } from '@/modules/legal-documents/constants'
import { siteUrl } from '@/shared/ui/site-url'
import { AKN_MIME, buildAknXml } from './akn-xml'
import { DOCX_MIME, documentDocx } from './docx'
import { buildDocumentHtml } from './html'
import { documentPdf } from './pdf'
import { addressMatches, loadAknSource, type AknSource } from './load'
import { formatFromAccept, manifestationUri, parseAknPath, parseEliPath, type AknFormat } from './uris'

/** An RFC 9457 problem, in Vietnamese. */
export function problem(status: number, title: string, detail: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

const notFound = () =>
  problem(404, 'Không tìm thấy văn bản', 'Không có văn bản đã công bố nào có địa chỉ này. Hãy kiểm tra lại đường dẫn.')
const badAddress = (detail: string) => problem(400, 'Địa chỉ không hợp lệ', detail)

const safeDecode = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return ''
  }
}

const CACHE = 'public, max-age=300, stale-while-revalidate=3600'

async function render(source: AknSource, format: AknFormat): Promise<Response> {
  const origin = siteUrl()
  const name = source.key.slug
  if (format === 'xml') {
    return new Response(buildAknXml(source, { origin }), {
      headers: {
        'Content-Type': `${AKN_MIME}; charset=utf-8`,
        'Content-Disposition': `inline; filename="${name}.akn.xml"`,
        'Cache-Control': CACHE,
      },
    })
  }
  if (format === 'pdf' || format === 'docx') {
    const bytes = format === 'pdf' ? await documentPdf(source) : documentDocx(source)
    return new Response(Buffer.from(bytes), {
      headers: {
        'Content-Type': format === 'pdf' ? 'application/pdf' : DOCX_MIME,
        'Content-Disposition': `attachment; filename="${name}.${format}"`,
        'Content-Length': String(bytes.byteLength),
        'Cache-Control': CACHE,
      },
    })
  }
  return new Response(buildDocumentHtml(source, origin), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': `inline; filename="${name}.html"`,
      'Cache-Control': CACHE,
    },
  })
}

const redirect = (path: string): Response =>
  new Response(null, { status: 303, headers: { Location: `${siteUrl()}${path}`, 'Cache-Control': CACHE } })

/**
 * /akn/…: the manifestations are served; the work and expression redirect (303, as for any
 * non-information resource) to the manifestation the Accept header asks for, or to the page.
 */
export async function serveAkn(segments: string[], accept: string | null): Promise<Response> {
  const parsed = parseAknPath(segments.map(safeDecode))
  if (!parsed) {
    return badAddress(
      'Địa chỉ Akoma Ntoso có dạng /akn/vn-<mã tỉnh>/act/<ngày ban hành>/<mã văn bản>/vie@/main.xml (hoặc main.html).',
    )
  }
  const source = await loadAknSource(parsed.slug)
  if (!source || !addressMatches(source, parsed.jurisdiction, parsed.issuedDay)) return notFound()
  if (parsed.format) return render(source, parsed.format)
  const wanted = formatFromAccept(accept)
  return redirect(wanted ? manifestationUri(source.key, source.province, wanted) : documentPath(source.key.slug))
}

/** /eli/…: the same resolution for ELI-style identifiers; the type segment must agree too. */
export async function serveEli(segments: string[], accept: string | null): Promise<Response> {
  const parsed = parseEliPath(segments.map(safeDecode))
  if (!parsed) {
    return badAddress(
      'Địa chỉ ELI có dạng /eli/vn-<mã tỉnh>/<loại văn bản>/<năm>/<tháng>/<ngày>/<mã văn bản>[/vie[/xml|html]].',
    )
  }
  const source = await loadAknSource(parsed.slug)
  if (!source || source.key.type !== parsed.type || !addressMatches(source, parsed.jurisdiction, parsed.issuedDay)) {
    return notFound()
  }
  const format = parsed.format ?? formatFromAccept(accept)
  if (parsed.format) return render(source, parsed.format)
  return redirect(format ? manifestationUri(source.key, source.province, format) : documentPath(source.key.slug))
}
