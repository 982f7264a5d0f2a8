import net from 'node:net'
import tls from 'node:tls'

/**
 * PING to a Redis server named by a redis:// or rediss:// URL (with AUTH when it holds a password,
 * SELECT for a database number), spoken in RESP by hand: the portal needs no Redis client to check
 * that a configured cache answers.
 */
export async function pingRedis(url: string, timeoutMs = 2000): Promise<void> {
  const u = new URL(url)
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error('REDIS_URL phải bắt đầu bằng redis://')
  const port = Number(u.port || 6379)
  const host = u.hostname || '127.0.0.1'
  const commands: string[][] = []
  const password = decodeURIComponent(u.password)
  const username = decodeURIComponent(u.username)
  if (password) commands.push(username ? ['AUTH', username, password] : ['AUTH', password])
  const db = u.pathname.replace(/^\//, '')
  if (db && /^\d+$/.test(db) && db !== '0') commands.push(['SELECT', db])
  commands.push(['PING'])
  const encoded = commands
    .map((c) => `*${c.length}\r\n${c.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`)
    .join('')

  await new Promise<void>((resolve, reject) => {
    const socket =
      u.protocol === 'rediss:' ? tls.connect({ host, port, servername: host }) : net.connect({ host, port })
    let buffer = ''
    let answered = 0
    const timer = setTimeout(() => finish(new Error(`Redis không trả lời sau ${timeoutMs} ms`)), timeoutMs)
    function finish(err?: Error) {
      clearTimeout(timer)
      socket.destroy()
      if (err) reject(err)
      else resolve()
    }
    socket.once(u.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => socket.write(encoded))
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8')
      let end: number
      while ((end = buffer.indexOf('\r\n')) !== -1) {
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (line.startsWith('-')) return finish(new Error(`Redis: ${line.slice(1)}`))
        answered += 1
        if (answered === commands.length) {
          return line === '+PONG' ? finish() : finish(new Error(`Redis trả lời lạ: ${line.slice(0, 80)}`))
        }
      }
    })
    socket.once('error', (err) => finish(err))
    socket.once('close', () => finish(new Error('Redis đóng kết nối')))
  })
}
