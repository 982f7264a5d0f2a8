#!/usr/bin/env node
// Prints the current two-factor code for an authenticator key (default: the demo accounts' key,
// README "Demo accounts"), and how many seconds it stays valid. Usage: npm run otp [-- <base32 key>]
import crypto from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const secret = (process.argv[2] || process.env.DEMO_TOTP_SECRET || 'DEMOPBGDPLLONGANDEMOPBGDPLLONGAN')
  .toUpperCase()
  .replace(/[\s=-]/g, '')
if (!secret || /[^A-Z2-7]/.test(secret)) {
  console.error('Khóa không hợp lệ: khóa xác thực chỉ gồm chữ A–Z và số 2–7.')
  process.exit(2)
}
let bits = 0
let value = 0
const bytes = []
for (const char of secret) {
  value = (value << 5) | ALPHABET.indexOf(char)
  bits += 5
  if (bits >= 8) {
    bytes.push((value >>> (bits - 8)) & 255)
    bits -= 8
  }
}
const seconds = Math.floor(Date.now() / 1000)
const counter = Buffer.alloc(8)
counter.writeBigUInt64BE(BigInt(Math.floor(seconds / 30)))
const mac = crypto.createHmac('sha1', Buffer.from(bytes)).update(counter).digest()
const offset = mac[mac.length - 1] & 15
const code = String((mac.readUInt32BE(offset) & 0x7fffffff) % 1e6).padStart(6, '0')
console.log(`${code}  (còn hiệu lực ${30 - (seconds % 30)} giây)`)
