import type { Metadata } from 'next'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { absoluteUrl } from '@/shared/ui/site-url'
import { feedAlternates } from './sources'
import { pageDublinCore } from './structured-data'

/**
 * The metadata of a list or section page with its Dublin Core elements (DC.type "Collection", the
 * DCMI type of a list of items), its canonical address and Open Graph basics; detail pages build
 * theirs with dublinCore() and the type of their item. `metadata.title` must be a plain string.
 */
export async function listMetadata(path: string, metadata: Metadata & { title: string }): Promise<Metadata> {
  const settings = await getSiteSettings()
  const url = absoluteUrl(path)
  const description = typeof metadata.description === 'string' ? metadata.description : null
  const siteName = `${settings.siteName} ${settings.provinceName}`
  return {
    ...metadata,
    // A page's own keys replace the layout's: the site's feeds stay unless the page names its own.
    alternates: { canonical: url, types: feedAlternates({ kind: 'site' }, siteName), ...metadata.alternates },
    openGraph: {
      type: 'website',
      url,
      siteName,
      locale: 'vi_VN',
      title: metadata.title,
      description: description ?? undefined,
    },
    other: {
      ...pageDublinCore(settings, { title: metadata.title, path, date: null, type: 'Collection', description }),
      ...(metadata.other as Record<string, string> | undefined),
    },
  }
}
