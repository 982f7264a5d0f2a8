import type { Payload } from 'payload'
import { formatCertificateCode } from './certificate-code'
import { certificatePdf } from './certificate-pdf'
import { certificateFor } from './certificates'
import { contestantCookieName, findContestant } from './contestant-session'
import { payloadOr, readCookie } from './http'
import { getPublicRound } from './public-queries'

const text = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * GET …/cua-toi/giay-chung-nhan.pdf: the certificate of the contestant holding the round's cookie
 * (issued now if due). 401 without a valid cookie, 404 when no certificate is due.
 */
export async function handleCertificatePdf(
  request: Request,
  slug: string,
  roundParam: string,
  payloadArg?: Payload,
): Promise<Response> {
  const payload = await payloadOr(payloadArg)
  const found = await getPublicRound(payload, slug, roundParam)
  if (!found) return text(404, 'Không tìm thấy vòng thi này.')
  const entry = await findContestant(payload, found.round.id, readCookie(request, contestantCookieName(found.round.id)))
  if (!entry) return text(401, 'Bạn cần nhận mã đăng nhập của vòng thi để tải giấy chứng nhận.')
  const cert = await certificateFor(payload, { entry, contest: found.contest, round: found.round })
  if (!cert) return text(404, 'Bạn chưa có giấy chứng nhận của vòng thi này.')
  const organiser =
    typeof found.contest.organiser === 'object' && found.contest.organiser ? found.contest.organiser.title : null
  const bytes = await certificatePdf({
    code: cert.code,
    holderName: cert.holderName,
    award: cert.award,
    score: cert.score ?? null,
    maxScore: cert.maxScore ?? null,
    issuedAt: cert.issuedAt,
    contestTitle: found.contest.title,
    roundTitle: found.round.title,
    organiserTitle: organiser,
    signer: found.contest.certificateSigner ?? null,
    signerTitle: found.contest.certificateSignerTitle ?? null,
  })
  return new Response(Buffer.from(bytes), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="giay-chung-nhan-${formatCertificateCode(cert.code)}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
