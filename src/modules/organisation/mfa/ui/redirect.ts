/** Only paths inside the admin are followed after the second step (no open redirect). */
export function safeAdminRedirect(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value
  if (typeof raw !== 'string') return '/admin'
  const path = raw.startsWith('/admin') ? raw : `/admin${raw.startsWith('/') ? '' : '/'}${raw}`
  if (!/^\/admin(\/|$|\?)/.test(path) || path.includes('//') || path.includes('\\') || path.includes('..'))
    return '/admin'
  if (/^\/admin\/(unauthorized|logout|login)/.test(path)) return '/admin'
  return path
}
