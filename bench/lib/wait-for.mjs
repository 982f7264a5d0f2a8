/** Polls `url` until it answers 2xx, or throws after `ms`. */
export async function waitFor(url, ms = 60_000, intervalMs = 300) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      const r = await fetch(url)
      if (r.ok) return
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  throw new Error(`${url} did not answer`)
}
