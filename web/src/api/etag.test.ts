import { describe, expect, it } from 'vitest'
import { ifMatch, versionFromEtag } from './etag'

describe('ifMatch', () => {
  it('quotes the version as an entity tag', () => {
    expect(ifMatch(3)).toEqual({ 'If-Match': '"3"' })
    expect(ifMatch(0)).toEqual({ 'If-Match': '"0"' })
  })

  it('refuses to build an update without a version', () => {
    expect(() => ifMatch(undefined)).toThrow()
    expect(() => ifMatch(null)).toThrow()
    expect(() => ifMatch(Number.NaN)).toThrow()
  })
})

describe('versionFromEtag', () => {
  it('reads strong and weak tags', () => {
    expect(versionFromEtag('"7"')).toBe(7)
    expect(versionFromEtag('W/"12"')).toBe(12)
    expect(versionFromEtag(' "5" ')).toBe(5)
  })

  it('gives null for missing or foreign tags', () => {
    expect(versionFromEtag(null)).toBeNull()
    expect(versionFromEtag('')).toBeNull()
    expect(versionFromEtag('"abc"')).toBeNull()
  })

  it('round-trips with ifMatch', () => {
    expect(versionFromEtag(ifMatch(42)['If-Match'])).toBe(42)
  })
})
