import type { LegalDocument } from '@/payload-types'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { documentKey } from '../load'
import { eliUri, manifestationUri, provinceCode, workUri } from '../uris'

/**
 * On the page of a document: the downloads generated from its structured text and its permanent
 * identifiers (Akoma Ntoso and ELI). Nothing when the document has no issue day or slug.
 */
export async function StandardFormats({ doc }: { doc: LegalDocument }) {
  const key = documentKey(doc)
  if (!key) return null
  const province = provinceCode((await getSiteSettings()).provinceName)
  const formats = [
    { href: manifestationUri(key, province, 'pdf'), label: 'Bản PDF', note: 'PDF' },
    { href: manifestationUri(key, province, 'docx'), label: 'Bản Word', note: 'DOCX' },
    { href: manifestationUri(key, province, 'html'), label: 'Bản HTML để in', note: 'HTML' },
    { href: manifestationUri(key, province, 'xml'), label: 'Akoma Ntoso 3.0', note: 'XML' },
  ]
  return (
    <section aria-labelledby="ld-formats" className="app-ld-section">
      <h2 id="ld-formats">Định dạng chuẩn và địa chỉ thường trực</h2>
      <ul>
        {formats.map((f) => (
          <li key={f.href}>
            <a href={f.href} download={f.note === 'PDF' || f.note === 'DOCX' ? '' : undefined}>
              {f.label}
            </a>{' '}
            <span className="app-ld-meta">({f.note}, tạo từ toàn văn)</span>
          </li>
        ))}
      </ul>
      <p className="app-ld-meta" style={{ overflowWrap: 'anywhere' }}>
        Địa chỉ thường trực (không đổi khi trang thay đổi): ELI <code>{eliUri(key, province)}</code>; Akoma Ntoso{' '}
        <code>{workUri(key, province)}</code>.
      </p>
    </section>
  )
}
