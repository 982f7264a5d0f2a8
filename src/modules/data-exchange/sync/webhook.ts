import type { Payload } from 'payload'
import type { SyncSource } from '@/payload-types'
import { settleMs } from '../changes/constants'
import { verifyWebhook } from '../changes/signature'
import { ProblemError, problemResponse } from '../open-api/problem'
import { openCredential } from '@/shared/security/secrets'
import { SYNC_SOURCES_SLUG, SYNC_WEBHOOK_SECRET_PURPOSE } from './constants'
import { pullSource } from './follower'

/** A nudge is small (one feed item); anything bigger is refused unread. */
const MAX_BODY_BYTES = 5 * 1024 * 1024

const unauthorized = (detail: string) => new ProblemError(401, 'Chữ ký webhook không hợp lệ', detail, 'chu-ky-webhook')

/**
 * POST /api/dong-bo/webhook/<sourceId>: the source says something changed. The signature is checked
 * with that source's webhook secret; the body is only a nudge (data always comes from the feed), so a
 * valid call answers 202 and pulls the source right away, through `later` (Next's after()).
 */
export async function receiveWebhook(
  request: Request,
  payload: Payload,
  sourceIdParam: string,
  later: (task: () => Promise<unknown>) => void,
): Promise<Response> {
  try {
    if (!/^[1-9]\d{0,9}$/.test(sourceIdParam)) throw unauthorized('Không có nguồn đồng bộ này.')
    const declared = Number(request.headers.get('content-length') ?? 0)
    if (declared > MAX_BODY_BYTES) {
      throw new ProblemError(413, 'Nội dung quá lớn', 'Nội dung webhook quá lớn.', 'qua-lon')
    }
    const raw = await request.text()
    if (raw.length > MAX_BODY_BYTES) {
      throw new ProblemError(413, 'Nội dung quá lớn', 'Nội dung webhook quá lớn.', 'qua-lon')
    }
    const { docs } = await payload.find({
      collection: SYNC_SOURCES_SLUG,
      where: { id: { equals: Number(sourceIdParam) } },
      limit: 1,
      depth: 0,
      // System read: the caller is another portal, not a user; the secret is never sent back.
      overrideAccess: true,
    })
    const source = docs[0] as SyncSource | undefined
    // The same answer for an unknown source and a wrong signature: ids are not probed this way.
    const secret = openCredential(SYNC_WEBHOOK_SECRET_PURPOSE, source?.webhookSecret)
    if (!source || !secret) throw unauthorized('Không có nguồn đồng bộ nhận webhook với mã này.')
    const verdict = verifyWebhook(secret, request.headers, raw)
    if (!verdict.ok) throw unauthorized(verdict.reason)
    const id = source.id
    if (source.enabled) {
      later(async () => {
        try {
          const first = await pullSource(payload, id)
          // A nudge can arrive before its entry has settled in the source's feed (CHANGES_SETTLE_MS),
          // or while another run holds the lease: then the pull finds nothing new. Pull once more
          // after the settle window, or the change would wait for the next poll.
          if (!first.ran || first.items === 0) {
            await new Promise((resolve) => setTimeout(resolve, settleMs() + 500))
            await pullSource(payload, id)
          }
        } catch (err) {
          payload.logger.error({ err }, `sync pull after webhook for source ${id} failed`)
        }
      })
    }
    return new Response(JSON.stringify({ accepted: true, pulling: Boolean(source.enabled) }), {
      status: 202,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  } catch (err) {
    if (err instanceof ProblemError) return problemResponse(err)
    payload.logger.error({ err }, 'sync webhook failed')
    return problemResponse(
      new ProblemError(500, 'Lỗi máy chủ', 'Không xử lý được webhook; hãy thử lại sau.', 'loi-may-chu'),
    )
  }
}
