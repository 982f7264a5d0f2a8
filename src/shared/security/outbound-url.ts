/**
 * Where the portal sends credentials or signed data (a source portal's change feed with our API key,
 * webhook deliveries with their signature): in production only over https (ASVS V9.1.1, V9.2.2), so
 * keys and content never cross a network in clear. Addresses on this machine (localhost, 127.0.0.0/8,
 * ::1) may use http: nothing leaves the machine. ALLOW_PLAIN_HTTP_PEERS=1 lifts the rule for a
 * closed internal network whose links are protected otherwise.
 */
export const PLAIN_HTTP_MESSAGE =
  'Phải dùng địa chỉ https:// (kết nối mã hóa): khóa API và dữ liệu không được gửi qua http:// trên mạng. Chỉ địa chỉ trên chính máy chủ này (localhost, 127.0.0.1) mới được dùng http://.'

const isLoopback = (hostname: string): boolean => {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** The Vietnamese reason `url` may not be used for outgoing calls, or null when it may. */
export function plainHttpRefusal(
  url: URL,
  options: { production?: boolean } = { production: process.env.NODE_ENV === 'production' },
): string | null {
  if (url.protocol !== 'http:' || !options.production) return null
  if (process.env.ALLOW_PLAIN_HTTP_PEERS === '1' || isLoopback(url.hostname)) return null
  return PLAIN_HTTP_MESSAGE
}
