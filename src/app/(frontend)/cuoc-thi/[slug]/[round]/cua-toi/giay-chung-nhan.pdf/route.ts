import { handleCertificatePdf } from '@/modules/contests/server/certificate-download'

type Context = { params: Promise<{ slug: string; round: string }> }

/** GET /cuoc-thi/<slug>/vong-<n>/cua-toi/giay-chung-nhan.pdf — the contestant's certificate (cookie). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, round } = await params
  return handleCertificatePdf(request, slug, round)
}
