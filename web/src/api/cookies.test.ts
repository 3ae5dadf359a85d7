import { describe, expect, it } from 'vitest'
import { readCookie } from './cookies'

describe('readCookie', () => {
  it('finds a cookie among others', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=abc-123; b=2')).toBe('abc-123')
  })

  it('decodes the value and ignores look-alike names', () => {
    expect(readCookie('XSRF-TOKEN', 'X-XSRF-TOKEN=no; XSRF-TOKEN=a%3Db')).toBe('a=b')
  })

  it('gives null for a missing or emptied cookie', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1')).toBeNull()
    expect(readCookie('XSRF-TOKEN', 'XSRF-TOKEN=')).toBeNull()
    expect(readCookie('XSRF-TOKEN', '')).toBeNull()
  })
})
