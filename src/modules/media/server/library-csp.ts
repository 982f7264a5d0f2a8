/**
 * The Content-Security-Policy of the library's public pages. Everything comes from our own origin;
 * the only third party is the privacy-enhanced YouTube player, allowed as a frame on item pages
 * (it is created only after the reader presses “Phát video”). Next.js inlines its bootstrap
 * scripts and styles, hence 'unsafe-inline'; the development server also needs eval.
 */
export function libraryContentSecurityPolicy(args: { isItemPage: boolean; isDevelopment: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${args.isDevelopment ? " 'unsafe-eval'" : ''}`,
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
