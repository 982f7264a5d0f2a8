/**
 * The proxy's check that the unit of /thong-ke?don-vi=<id> exists, so an unknown unit gets the
 * same Vietnamese 400 as any other bad filter. The proxy has no database: it asks its own server
 * (GET /api/thong-ke/don-vi?id=, on 127.0.0.1:$PORT as the scheduler does) and keeps each answer
 * for a short while. Null when the server could not say: the page then answers by itself.
 */

const KNOWN_TTL_MS = 30_000
const UNKNOWN_TTL_MS = 5_000
const MAX_ENTRIES = 1000
const answers = new Map<number, { exists: boolean; at: number }>()

export async function statsUnitExists(id: number): Promise<boolean | null> {
  const hit = answers.get(id)
  if (hit && Date.now() - hit.at < (hit.exists ? KNOWN_TTL_MS : UNKNOWN_TTL_MS)) return hit.exists
  let exists: boolean
  try {
    const res = await fetch(`http://127.0.0.1:${process.env.PORT || '3000'}/api/thong-ke/don-vi?id=${id}`, {
      signal: AbortSignal.timeout(3_000),
      cache: 'no-store',
    })
    if (res.status !== 200 && res.status !== 404) return null
    exists = res.status === 200
  } catch {
    return null
  }
  if (answers.size >= MAX_ENTRIES) answers.delete(answers.keys().next().value!)
  answers.set(id, { exists, at: Date.now() })
  return exists
}
