import { afterEach, describe, expect, it } from 'vitest'
import { PLAIN_HTTP_MESSAGE, plainHttpRefusal } from './outbound-url'

const production = { production: true }
afterEach(() => {
  delete process.env.ALLOW_PLAIN_HTTP_PEERS
})

describe('where credentials and signed data may be sent', () => {
  it('in production: https anywhere, http only to this machine', () => {
    expect(plainHttpRefusal(new URL('https://pbgdpl.longan.gov.vn'), production)).toBeNull()
    expect(plainHttpRefusal(new URL('http://pbgdpl.longan.gov.vn'), production)).toBe(PLAIN_HTTP_MESSAGE)
    expect(plainHttpRefusal(new URL('http://10.0.0.5:3000'), production)).toBe(PLAIN_HTTP_MESSAGE)
    expect(plainHttpRefusal(new URL('http://127.0.0.1:3100'), production)).toBeNull()
    expect(plainHttpRefusal(new URL('http://127.8.9.10/'), production)).toBeNull()
    expect(plainHttpRefusal(new URL('http://localhost:3000'), production)).toBeNull()
    expect(plainHttpRefusal(new URL('http://[::1]:3000'), production)).toBeNull()
    // Look-alikes of the loopback names are other machines.
    expect(plainHttpRefusal(new URL('http://127.0.0.1.example.vn'), production)).toBe(PLAIN_HTTP_MESSAGE)
    expect(plainHttpRefusal(new URL('http://localhost.example.vn'), production)).toBe(PLAIN_HTTP_MESSAGE)
    expect(PLAIN_HTTP_MESSAGE).toMatch(/^Phải dùng địa chỉ https:\/\//)
  })

  it('outside production, or on a closed network that allows it, http is accepted', () => {
    expect(plainHttpRefusal(new URL('http://pbgdpl.longan.gov.vn'), { production: false })).toBeNull()
    process.env.ALLOW_PLAIN_HTTP_PEERS = '1'
    expect(plainHttpRefusal(new URL('http://10.0.0.5:3000'), production)).toBeNull()
  })
})
