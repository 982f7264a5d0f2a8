import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { derivedKey, derivedKeys, hmacHex } from './keys'

/**
 * A self-hosted proof of work in the ALTCHA format: the browser must find the secret number n with
 * sha256(salt + n) = challenge. The salt carries its expiry and the signature proves that the
 * portal issued the challenge, so nothing is stored until a solution comes back.
 */

export type Challenge = { algorithm: 'SHA-256'; challenge: string; salt: string; signature: string; maxnumber: number }
export type Solution = { algorithm: string; challenge: string; number: number; salt: string; signature: string }

export const CHALLENGE_TTL_MS = 10 * 60_000
const DEFAULT_MAX_NUMBER = 50_000

/** The difficulty: the browser tries on average half of this many hashes. */
export function powMaxNumber(): number {
  const value = Number(process.env.POW_MAX_NUMBER)
  return Number.isInteger(value) && value >= 1 && value <= 10_000_000 ? value : DEFAULT_MAX_NUMBER
}

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex')

export function createChallenge(args: { now?: Date; maxNumber?: number; ttlMs?: number } = {}): Challenge {
  const now = args.now ?? new Date()
  const maxnumber = args.maxNumber ?? powMaxNumber()
  const expires = Math.floor((now.getTime() + (args.ttlMs ?? CHALLENGE_TTL_MS)) / 1000)
  const salt = `${randomBytes(12).toString('hex')}?expires=${expires}`
  const challenge = sha256Hex(salt + randomInt(0, maxnumber + 1))
  return { algorithm: 'SHA-256', challenge, salt, signature: hmacHex(derivedKey('pow'), challenge), maxnumber }
}

/** The value the form posts: the solution as base64 JSON (what ALTCHA widgets send). */
export const encodeSolution = (s: Solution): string => Buffer.from(JSON.stringify(s)).toString('base64')

export type PowCheck =
  { ok: true; challenge: string; expiresAt: Date } | { ok: false; reason: 'missing' | 'invalid' | 'expired' }

function decode(value: string): Solution | null {
  if (value.length > 2000) return null
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'))
    if (!parsed || typeof parsed !== 'object') return null
    const s = parsed as Record<string, unknown>
    const strings = ['algorithm', 'challenge', 'salt', 'signature'].every((k) => typeof s[k] === 'string')
    return strings && Number.isSafeInteger(s.number) ? (s as unknown as Solution) : null
  } catch {
    return null
  }
}

const sameHex = (a: string, b: string): boolean =>
  a.length === b.length && /^[0-9a-f]+$/.test(a) && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** Checks a posted solution: issued by us (signature), not expired, and correct. */
export function verifySolution(value: string | null | undefined, now: Date = new Date()): PowCheck {
  if (!value || !value.trim()) return { ok: false, reason: 'missing' }
  const s = decode(value.trim())
  if (!s || s.algorithm !== 'SHA-256') return { ok: false, reason: 'invalid' }
  const issued = derivedKeys('pow').some((key) => sameHex(s.signature, hmacHex(key, s.challenge)))
  if (!issued) return { ok: false, reason: 'invalid' }
  const expires = Number(/[?&]expires=(\d+)(?:&|$)/.exec(s.salt)?.[1])
  if (!Number.isSafeInteger(expires)) return { ok: false, reason: 'invalid' }
  if (!sameHex(s.challenge, sha256Hex(s.salt + s.number))) return { ok: false, reason: 'invalid' }
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, challenge: s.challenge, expiresAt: new Date(expires * 1000) }
}

/** Solves a challenge by brute force (tests and benchmarks; browsers use the client component). */
export function solveChallenge(c: Challenge): Solution | null {
  for (let n = 0; n <= c.maxnumber; n++) {
    if (sha256Hex(c.salt + n) === c.challenge) return { ...c, number: n }
  }
  return null
}
