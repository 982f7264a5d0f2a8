import { sha256Hex } from './sha256'

/**
 * The browser side of the proof of work: finds n with sha256(salt + n) = challenge, in small
 * batches that give the page back between them so typing and screen readers stay responsive.
 */

export type ChallengeData = { algorithm: string; challenge: string; salt: string; signature: string; maxnumber: number }

const BATCH = 500
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

const toHex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('')

async function digestBatch(salt: string, from: number, to: number): Promise<string[]> {
  const subtle = globalThis.crypto?.subtle
  const numbers = Array.from({ length: to - from }, (_, i) => from + i)
  if (!subtle) return numbers.map((n) => sha256Hex(salt + n))
  const encoder = new TextEncoder()
  const digests = await Promise.all(numbers.map((n) => subtle.digest('SHA-256', encoder.encode(salt + n))))
  return digests.map(toHex)
}

/** The posted value (base64 JSON, as ALTCHA widgets send), or null when no number works. */
export async function solvePow(
  c: ChallengeData,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<string | null> {
  for (let from = 0; from <= c.maxnumber; from += BATCH) {
    if (signal?.aborted) return null
    const to = Math.min(from + BATCH, c.maxnumber + 1)
    const hashes = await digestBatch(c.salt, from, to)
    const found = hashes.indexOf(c.challenge)
    if (found !== -1) {
      const solution = {
        algorithm: c.algorithm,
        challenge: c.challenge,
        number: from + found,
        salt: c.salt,
        signature: c.signature,
      }
      return btoa(JSON.stringify(solution))
    }
    onProgress?.(to / (c.maxnumber + 1))
    await yieldToPage()
  }
  return null
}

/** When the challenge stops being accepted (ms since epoch), read from its salt. */
export function challengeExpiry(salt: string): number {
  const seconds = Number(/[?&]expires=(\d+)/.exec(salt)?.[1])
  return Number.isFinite(seconds) ? seconds * 1000 : 0
}
