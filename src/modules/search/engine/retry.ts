/** Optimistic concurrency: every batch checks the index version it read first. */
import type { Store } from './store/store'

const RETRIES = 8

/** Runs `attempt`; when it fails because another writer changed the index first, tries again. */
export async function withRetry(store: Store, attempt: () => Promise<void>): Promise<void> {
  for (let i = 0; ; i++) {
    const before = (await store.meta()).version
    try {
      await attempt()
      return
    } catch (error) {
      const after = (await store.meta()).version
      if (after === before || i >= RETRIES) throw error
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (i + 1)))
    }
  }
}
