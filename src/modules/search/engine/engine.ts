/** The engine over a Store: the same code for SQLite and PostgreSQL. */
import { DEFAULT_RANKING, type Ranking } from './scoring'
import { runSearch } from './searcher'
import { Store } from './store/store'
import type { Executor } from './store/types'
import type { SearchEngine } from './types'
import { indexEntries, removeEntries } from './writer'

export function createEngine(exec: Executor, ranking: Ranking = DEFAULT_RANKING): SearchEngine {
  const store = new Store(exec)
  let ready: Promise<void> | null = null
  // Writes from this process run one after another; other processes are caught by the version check.
  let queue: Promise<unknown> = Promise.resolve()
  const ensure = () =>
    (ready ??= store.ensureSchema().catch((error: unknown) => {
      ready = null
      throw error
    }))
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task)
    queue = next.catch(() => undefined)
    return next
  }
  return {
    dialect: exec.dialect,
    ensureSchema: ensure,
    async index(entries) {
      await ensure()
      if (entries.length > 0) await serial(() => indexEntries(store, entries))
    },
    async remove(keys) {
      await ensure()
      if (keys.length > 0) await serial(() => removeEntries(store, keys))
    },
    async search(request) {
      await ensure()
      return runSearch(store, request, ranking)
    },
    async count() {
      await ensure()
      return store.count()
    },
  }
}
