import { describe, expect, it } from 'vitest'
import { safeRedirect } from './redirect'

describe('safeRedirect', () => {
  it('keeps paths inside the app', () => {
    expect(safeRedirect('/admin/users?status=ACTIVE')).toBe('/admin/users?status=ACTIVE')
  })

  it('refuses other sites, odd values and the login page itself', () => {
    expect(safeRedirect('//evil.example/x')).toBe('/')
    expect(safeRedirect('/\\evil.example')).toBe('/')
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect(['/a'])).toBe('/')
    expect(safeRedirect(undefined)).toBe('/')
    expect(safeRedirect('/login?redirect=/x')).toBe('/')
  })
})
