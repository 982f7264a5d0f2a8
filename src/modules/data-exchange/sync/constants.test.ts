import { afterEach, describe, expect, it } from 'vitest'
import { leaseMs, pageLimit } from './constants'

describe('leaseMs', () => {
  const before = process.env.SYNC_LEASE_SECONDS
  afterEach(() => {
    if (before === undefined) delete process.env.SYNC_LEASE_SECONDS
    else process.env.SYNC_LEASE_SECONDS = before
  })

  it('is 45 s unless SYNC_LEASE_SECONDS says otherwise', () => {
    delete process.env.SYNC_LEASE_SECONDS
    expect(leaseMs()).toBe(45_000)
    process.env.SYNC_LEASE_SECONDS = '12'
    expect(leaseMs()).toBe(12_000)
  })

  it('ignores a value outside 10–600 seconds or not a number', () => {
    for (const bad of ['5', '601', 'abc', '', '-20']) {
      process.env.SYNC_LEASE_SECONDS = bad
      expect(leaseMs(), bad).toBe(45_000)
    }
  })
})

describe('pageLimit', () => {
  const before = process.env.SYNC_PAGE_LIMIT
  afterEach(() => {
    if (before === undefined) delete process.env.SYNC_PAGE_LIMIT
    else process.env.SYNC_PAGE_LIMIT = before
  })

  it('is 100 unless SYNC_PAGE_LIMIT names a whole number from 1 to 500', () => {
    delete process.env.SYNC_PAGE_LIMIT
    expect(pageLimit()).toBe(100)
    process.env.SYNC_PAGE_LIMIT = '5'
    expect(pageLimit()).toBe(5)
    for (const bad of ['0', '501', '2.5', 'x']) {
      process.env.SYNC_PAGE_LIMIT = bad
      expect(pageLimit(), bad).toBe(100)
    }
  })
})
