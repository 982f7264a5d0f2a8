'use client'
import { useFormFields } from '@payloadcms/ui'

/** Links from the dialogue's edit view to the public summary table and its downloads. */
export function SummaryLink() {
  const slug = useFormFields(([fields]) => fields.slug?.value)
  if (typeof slug !== 'string' || !slug) {
    return <p>Lưu đối thoại để xem trước bảng tổng hợp.</p>
  }
  const base = `/doi-thoai/${slug}`
  return (
    <p>
      Bảng tổng hợp:{' '}
      <a href={`${base}/tong-hop`} target="_blank" rel="noreferrer">
        xem trước
      </a>
      {' · '}
      <a href={`${base}/tong-hop.xlsx`}>tải XLSX</a>
      {' · '}
      <a href={`${base}/tong-hop.pdf`}>tải PDF</a>
    </p>
  )
}
