import crypto from 'node:crypto'

/**
 * Setup file of the integration tests: Payload derives every password with PBKDF2-SHA256 at 600,000
 * iterations (≈ 0.2 s of CPU on this machine), for each account a fixture creates and each login.
 * In the test process that count is cut to 1,000, for hashing and checking alike, so the stored
 * hashes stay consistent and every password check still really runs; only the cost changes. The
 * application itself (npm start, the e2e server, the benchmarks) is untouched.
 */
const PAYLOAD_ITERATIONS = 600_000
const TEST_ITERATIONS = 1_000

const original = crypto.pbkdf2
type Callback = (err: Error | null, derivedKey: Buffer) => void
const patched = (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  iterations: number,
  keylen: number,
  digest: string,
  callback: Callback,
): void =>
  original(password, salt, iterations === PAYLOAD_ITERATIONS ? TEST_ITERATIONS : iterations, keylen, digest, callback)
;(crypto as unknown as { pbkdf2: typeof patched }).pbkdf2 = patched
