import type { Payload } from 'payload'
import { enqueueMail } from '@/modules/outbox'

/**
 * Where one-time codes go. E-mail goes through the outbox (sent at once, retried if the SMTP
 * server is down). Text messages go to an HTTP SMS gateway when CONTEST_SMS_GATEWAY_URL is set: the
 * portal POSTs {"to","text"} as JSON (with CONTEST_SMS_GATEWAY_TOKEN as a Bearer token if set);
 * without it, phone registration is not offered at all.
 */
export type CodeMessage = {
  to: string
  kind: 'email' | 'phone'
  code: string
  contestTitle: string
  roundTitle: string
}

export const smsGatewayUrl = (): string | null => {
  const url = process.env.CONTEST_SMS_GATEWAY_URL?.trim()
  return url && /^https?:\/\//.test(url) ? url : null
}
export const isPhoneAvailable = (): boolean => smsGatewayUrl() !== null

function codeText(m: CodeMessage): string {
  return [
    `Mã xác thực đăng ký dự thi của bạn là: ${m.code}`,
    '',
    `Cuộc thi: ${m.contestTitle}`,
    `Vòng thi: ${m.roundTitle}`,
    '',
    'Mã có hiệu lực trong 10 phút và chỉ dùng được một lần. Không đưa mã này cho người khác.',
    'Nếu bạn không đăng ký dự thi, hãy bỏ qua thư này.',
    '',
    'Ban Tổ chức cuộc thi – Cổng Phổ biến, giáo dục pháp luật',
  ].join('\n')
}

/** Sends the code; resolves false when it could not be handed to the gateway (SMS only). */
export async function sendCode(payload: Payload, m: CodeMessage): Promise<boolean> {
  if (m.kind === 'email') {
    // Queued even if SMTP is down right now: the outbox retries, and the contestant can ask again.
    await enqueueMail(payload, {
      to: m.to,
      subject: `Mã xác thực dự thi: ${m.code}`,
      text: codeText(m),
      kind: 'contest-code',
    })
    return true
  }
  const url = smsGatewayUrl()
  if (!url) return false
  const token = process.env.CONTEST_SMS_GATEWAY_TOKEN
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ to: m.to, text: `Ma xac thuc du thi: ${m.code} (hieu luc 10 phut).` }),
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) payload.logger.warn({ msg: 'Contest SMS gateway refused the message', status: response.status })
    return response.ok
  } catch (err) {
    payload.logger.error({ msg: 'Contest SMS gateway unreachable', err })
    return false
  }
}
