import { instanceId, redisSubscriber, warnOnce } from '@/shared/ops/redis'
import { refreshThroughOwnEndpoint, revalidationChannel, type RevalidationMessage } from './revalidate'

/**
 * Listens, on every instance of a multi-instance deployment, for the changes another instance
 * announces (src/shared/cache/revalidate.ts), and refreshes this instance's pages by calling its own
 * internal endpoint: Next.js refreshes its cache only inside a request.
 */
export function installRevalidationListener(port: string): void {
  const subscriber = redisSubscriber()
  if (!subscriber) return
  const channel = revalidationChannel()
  subscriber.subscribe(channel).catch((err) => warnOnce('revalidate-subscribe', 'Could not subscribe', err))
  subscriber.on('message', (from: string, raw: string) => {
    if (from !== channel) return
    const message = parseMessage(raw)
    if (!message || message.from === instanceId()) return
    void refreshThroughOwnEndpoint(message, port)
  })
}

export function parseMessage(raw: string): RevalidationMessage | null {
  try {
    const value = JSON.parse(raw) as Partial<RevalidationMessage>
    if (typeof value.from !== 'string' || typeof value.reason !== 'string') return null
    const paths = Array.isArray(value.paths) ? value.paths.filter((p): p is string => typeof p === 'string') : []
    return { from: value.from, reason: value.reason.slice(0, 500), paths: paths.slice(0, 50) }
  } catch {
    return null
  }
}
