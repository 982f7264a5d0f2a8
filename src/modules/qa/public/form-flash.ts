/**
 * After a refused submission without JavaScript, the route handler redirects back to the form
 * (303) and the form shows the messages next to the fields with what the person typed. What they
 * typed travels in short-lived, encrypted, HttpOnly cookies scoped to the form's path: nothing is
 * kept on the server, so any copy of the portal can show it, and nobody else can read it.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { currentSecret, secretsToCheck } from '@/shared/security/secrets'
import { ASK_FIELDS, keptValues, type AskErrors, type AskValues } from './validate-question'

export type FormFlash = { values: AskValues; errors: AskErrors; formError: string | null }

export const FLASH_COOKIE = 'hoi_dap_form'
export const FLASH_PATH = '/hoi-dap/gui-cau-hoi'
const CHUNK = 3800
const MAX_CHUNKS = 3
const MAX_AGE_SECONDS = 120

const keyOf = (secret: string): Buffer => createHash('sha256').update(`qa-form-flash:${secret}`).digest()
const key = (): Buffer => keyOf(currentSecret())

function openWith(raw: Buffer, secret: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()])
  } catch {
    return null
  }
}

function seal(flash: FormFlash): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const data = Buffer.concat([cipher.update(deflateRawSync(JSON.stringify(flash))), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')
}

function open(sealed: string): FormFlash | null {
  try {
    const raw = Buffer.from(sealed, 'base64url')
    // Sealed under the current secret, or the previous one during a rotation.
    let plain: Buffer | null = null
    for (const secret of secretsToCheck()) plain ??= openWith(raw, secret)
    if (!plain) return null
    const parsed = JSON.parse(inflateRawSync(plain).toString('utf8')) as Partial<FormFlash>
    const values = Object.fromEntries(
      ASK_FIELDS.map((f) => [f, typeof parsed.values?.[f] === 'string' ? parsed.values[f] : '']),
    ) as AskValues
    return { values, errors: parsed.errors ?? {}, formError: parsed.formError ?? null }
  } catch {
    // Tampered, from another secret, or cut: show an empty form.
    return null
  }
}

/** Set-Cookie header values carrying the flash (and clearing unused chunks). */
export function flashCookies(flash: FormFlash, secure: boolean): string[] {
  let sealed = seal({ ...flash, values: keptValues(flash.values) })
  // Only a body far beyond the limit can overflow: keep the messages and the short fields then.
  if (sealed.length > CHUNK * MAX_CHUNKS) sealed = seal({ ...flash, values: { ...keptValues(flash.values), body: '' } })
  const attrs = `Path=${FLASH_PATH}; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
  const cookies: string[] = []
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const part = sealed.slice(i * CHUNK, (i + 1) * CHUNK)
    cookies.push(
      part
        ? `${FLASH_COOKIE}_${i}=${part}; ${attrs}`
        : `${FLASH_COOKIE}_${i}=; Path=${FLASH_PATH}; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`,
    )
  }
  return cookies
}

/** Set-Cookie header values that remove the flash (Secure over https, like the ones that set it). */
export function clearFlashCookies(secure = false): string[] {
  return Array.from(
    { length: MAX_CHUNKS },
    (_, i) => `${FLASH_COOKIE}_${i}=; Path=${FLASH_PATH}; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`,
  )
}

/** Reads the flash from the request's cookies (a `get(name)` like Next's cookies()). */
export function readFlash(get: (name: string) => string | undefined): FormFlash | null {
  let sealed = ''
  for (let i = 0; i < MAX_CHUNKS; i++) sealed += get(`${FLASH_COOKIE}_${i}`) ?? ''
  return sealed ? open(sealed) : null
}
