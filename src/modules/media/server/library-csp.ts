import { nonceScriptSource } from '@/shared/security/script-nonce'

/**
 * The Content-Security-Policy of the library's public pages. Everything comes from our own origin;
 * the only third party is the privacy-enhanced YouTube player, allowed as a frame on item pages
 * (it is created only after the reader presses “Phát video”). A page rendered per request (the
 * list reads its filters from the query string) gets the request's script nonce; a prerendered item
 * page cannot, and keeps 'unsafe-inline' for Next.js's inline bootstrap scripts. Styles are inline
 * too; the development server also needs eval.
 */
export function libraryContentSecurityPolicy(args: {
  isItemPage: boolean
  isDevelopment: boolean
  nonce?: string | null
}): string {
  return [
    "default-src 'self'",
    args.nonce
      ? nonceScriptSource(args.nonce, args.isDevelopment)
      : `script-src 'self' 'unsafe-inline'${args.isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self'${args.isDevelopment ? ' ws: wss:' : ''}`,
    `frame-src 'self'${args.isItemPage ? ' https://www.youtube-nocookie.com' : ''}`,
    "object-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}
