import type { SiteSetting } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'

/** The site settings as the public sees them. */
export async function getSiteSettings(): Promise<SiteSetting> {
  const payload = await portalPayload()
  return payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false, user: null })
}
