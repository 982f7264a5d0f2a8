import type { AuthStrategy, Payload } from 'payload'
import { loadMfaState, sessionTrusted } from './mfa'
import { requiresMfa } from './policy'

/**
 * Wraps Payload's own JWT sign-in strategy (the session cookie and the `Authorization: JWT` header)
 * so that a user whose role requires two-factor authentication, on a session that has not passed
 * it, is known (they can reach the second step) but marked `_mfaPending`: `roleOf` then gives them
 * no role, so every access rule — admin panel, REST, GraphQL, our own routes — refuses them.
 * Installed at start-up (payload.config.ts onInit), before any request is served.
 */
export function installMfaGate(payload: Payload): void {
  const strategies = payload.authStrategies as AuthStrategy[]
  const index = strategies.findIndex((s) => s.name === 'local-jwt')
  if (index < 0) throw new Error('The local JWT strategy is missing: the two-factor gate cannot be installed')
  const original = strategies[index] as AuthStrategy
  if ((original.authenticate as { mfaGate?: boolean }).mfaGate) return
  const authenticate: AuthStrategy['authenticate'] = async (args) => {
    const result = await original.authenticate(args)
    const user = result.user as
      (Record<string, unknown> & { id: number | string; role?: string; _sid?: string; collection?: string }) | null
    if (!user || user.collection !== 'users' || !requiresMfa(user)) return result
    const state = await loadMfaState(payload, user.id)
    if (!sessionTrusted(payload, user, state, args.headers)) {
      user._mfaPending = state.enabled ? 'verify' : 'enrol'
    }
    return result
  }
  ;(authenticate as { mfaGate?: boolean }).mfaGate = true
  strategies[index] = { name: original.name, authenticate }
}
