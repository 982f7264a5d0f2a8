import type { Payload } from 'payload'

/**
 * Public pages are cached (ISR) and rebuilt on demand. A publish, unpublish or change to shared
 * data (sections, settings, units) marks every public page stale at once: pages list each other
 * (home, sections, feeds, sitemap), and a province publishes a few items an hour, so a full
 * refresh is cheaper than tracking which list shows which item.
 */
export async function revalidatePublicSite(payload: Payload, reason: string): Promise<void> {
  // Outside the Next.js server (seeds, tests, scripts) there is no cache to refresh.
  if (!process.env.NEXT_RUNTIME) return
  try {
    const { revalidatePath } = await import('next/cache')
    revalidatePath('/', 'layout')
    payload.logger.info({ msg: 'Public pages revalidated', reason })
  } catch (err) {
    payload.logger.error({ msg: 'Could not revalidate public pages', reason, err })
  }
}
