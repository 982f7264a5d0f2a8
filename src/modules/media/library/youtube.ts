/** YouTube addresses: every common form is reduced to the 11-character video id. */

const ID = /^[A-Za-z0-9_-]{11}$/
const HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
])

/**
 * The video id of a YouTube address (watch?v=, youtu.be/, shorts/, embed/, live/), or null when the
 * text is not a YouTube video address. A missing scheme is accepted ("youtu.be/…").
 */
export function youtubeIdOf(input: string): string | null {
  const text = input.trim()
  if (!text || text.length > 500) return null
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password || (url.port && url.port !== '443' && url.port !== '80')) return null
  const host = url.hostname.toLowerCase()
  const parts = url.pathname.split('/').filter(Boolean)
  let id: string | null | undefined = null
  if (host === 'youtu.be' || host === 'www.youtu.be') {
    id = parts.length === 1 ? parts[0] : null
  } else if (HOSTS.has(host)) {
    if (parts.length === 1 && parts[0] === 'watch') id = url.searchParams.get('v')
    else if (parts.length === 2 && ['shorts', 'embed', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1]
  }
  return id && ID.test(id) ? id : null
}

/** The canonical watch address stored for an id. */
export const youtubeWatchUrl = (id: string): string => `https://www.youtube.com/watch?v=${id}`

/** The privacy-enhanced player address loaded only after the reader asks for it. */
export const youtubeEmbedUrl = (id: string): string => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`
