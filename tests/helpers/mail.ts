import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server on 127.0.0.1 for the tests, and just enough MIME decoding (encoded-word
 * headers, quoted-printable and base64 bodies, nested multiparts) to read what it received.
 */

export type ReceivedMail = {
  envelopeFrom: string
  recipients: string[]
  raw: string
  subject: string
  /** the decoded text of every text/plain part */
  text: string
  /** the decoded text of every text/html part */
  html: string
}

export type TestMailServer = {
  port: number
  messages: ReceivedMail[]
  /** waits until `count` messages matching `filter` have arrived */
  waitFor: (filter: (m: ReceivedMail) => boolean, count?: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  close: () => Promise<void>
}

export async function startMailServer(): Promise<TestMailServer> {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const parsed = parseMessage(raw)
        messages.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          recipients: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parsed,
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  let closed: Promise<void> | undefined

  return {
    port,
    messages,
    waitFor: async (filter, count = 1, timeoutMs = 5_000) => {
      const until = Date.now() + timeoutMs
      for (;;) {
        const found = messages.filter(filter)
        if (found.length >= count || Date.now() > until) return found
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  }
}

type Headers = Map<string, string>

function splitHead(raw: string): { headers: Headers; body: string } {
  const at = raw.search(/\r?\n\r?\n/)
  const head = at === -1 ? raw : raw.slice(0, at)
  const body = at === -1 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '')
  const headers: Headers = new Map()
  // unfold continuation lines, then read "Name: value"
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

function qpBytes(text: string, underscoreIsSpace: boolean): Buffer {
  const bytes: number[] = []
  const source = text.replace(/=\r?\n/g, '')
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    const hex = source.slice(i + 1, i + 3)
    if (c === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else if (c === '_' && underscoreIsSpace) {
      bytes.push(0x20)
    } else {
      bytes.push(...Buffer.from(c, 'utf8'))
    }
  }
  return Buffer.from(bytes)
}

/** Decodes RFC 2047 encoded-words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), joining adjacent ones. */
export function decodeHeader(value: string): string {
  const word = /=\?([^?]+)\?([QB])\?([^?]*)\?=/gi
  // whitespace between two encoded-words is not part of the text
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1')
  let out = ''
  let last = 0
  let pending: Buffer[] = []
  const flush = (): void => {
    if (pending.length) out += Buffer.concat(pending).toString('utf8')
    pending = []
  }
  for (const m of joined.matchAll(word)) {
    if (m.index! > last) {
      flush()
      out += joined.slice(last, m.index)
    }
    const [, , encoding, text] = m
    pending.push(encoding!.toUpperCase() === 'B' ? Buffer.from(text!, 'base64') : qpBytes(text!, true))
    last = m.index! + m[0].length
  }
  flush()
  return out + joined.slice(last)
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'quoted-printable':
      return qpBytes(body, false).toString('utf8')
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    default:
      return body
  }
}

function collectParts(raw: string, into: { text: string[]; html: string[] }): void {
  const { headers, body } = splitHead(raw)
  const type = headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1)
    for (const part of parts) {
      if (part.startsWith('--')) break
      collectParts(part.replace(/^\r?\n/, ''), into)
    }
    return
  }
  const decoded = decodeBody(body, headers.get('content-transfer-encoding'))
  if (/^text\/html/i.test(type)) into.html.push(decoded)
  else if (/^text\/plain/i.test(type)) into.text.push(decoded)
}

export function parseMessage(raw: string): { subject: string; text: string; html: string } {
  const { headers } = splitHead(raw)
  const parts = { text: [] as string[], html: [] as string[] }
  collectParts(raw, parts)
  return {
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: parts.text.join('\n'),
    html: parts.html.join('\n'),
  }
}
