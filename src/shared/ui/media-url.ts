import { sitePath } from './site-url'

type MediaLike = {
  url?: string | null
  sizes?: Record<string, { url?: string | null } | undefined> | null
}

/** The URL of an image size, falling back to the original; the portal's own files as a path (sitePath). */
export function mediaUrl(media: MediaLike | null | undefined, size?: string): string | null {
  if (!media) return null
  const sized = size ? media.sizes?.[size]?.url : null
  return sitePath(sized || media.url || null)
}
