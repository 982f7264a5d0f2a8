import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { verifyCertificate } from '@/modules/contests/server/certificates'
import { VerificationView } from '@/modules/contests/ui/verification-view'
import { portalPayload } from '@/shared/content/payload'

export const metadata: Metadata = { title: 'Xác minh giấy chứng nhận', robots: { index: false } }
type Props = { params: Promise<{ code: string }> }

/** Malformed codes are refused with a 400 by src/proxy.ts; unknown ones get the 404 below. */
export default async function VerificationPage({ params }: Props) {
  let raw = (await params).code
  try {
    raw = decodeURIComponent(raw)
  } catch {
    notFound()
  }
  const v = await verifyCertificate(await portalPayload(), raw)
  if (v.status === 'malformed' || v.status === 'unknown') notFound()
  return <VerificationView v={v} />
}
