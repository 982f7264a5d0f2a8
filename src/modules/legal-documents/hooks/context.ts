/** Request context flags of this module. */
export type LegalDocumentsContext = {
  /** set by updateEffectStatuses: the change is the system's and is logged by the job itself */
  effectJob?: boolean
}

export const isEffectJob = (context: unknown): boolean =>
  Boolean((context as LegalDocumentsContext | undefined)?.effectJob)

/**
 * Runs Local API calls that share `req` (to stay in its transaction) but carry their own context
 * flags, then gives the request its own context back: Payload merges a nested call's `context`
 * into `req.context` in place (and its `depth` into `req.query`), so without this a nested
 * `disableRevalidate` would silence the outer operation's remaining hooks.
 */
export async function inNestedCalls<T>(
  req: { context: Record<string, unknown>; query?: Record<string, unknown> },
  work: () => Promise<T>,
): Promise<T> {
  const context = req.context
  const hadDepth = req.query ? 'depth' in req.query : false
  const depth = req.query?.depth
  try {
    return await work()
  } finally {
    req.context = context
    if (req.query) {
      if (hadDepth) req.query.depth = depth
      else delete req.query.depth
    }
  }
}
