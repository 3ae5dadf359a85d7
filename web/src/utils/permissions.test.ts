import { describe, expect, it } from 'vitest'
import { can, canUseRecycleBin, fieldAccess } from './permissions'

const rep = {
  admin: false,
  permissions: { user: { VIEW: 'DEPARTMENT' as const }, dictionary: { DELETE: 'ALL' as const } },
  fieldPolicies: { user: { mobile: 'HIDDEN' as const, email: 'READ_ONLY' as const } },
}

describe('permissions', () => {
  it('grants what the role lists, whatever the scope', () => {
    expect(can(rep, 'user', 'VIEW')).toBe(true)
    expect(can(rep, 'user', 'EDIT')).toBe(false)
    expect(can(rep, 'role', 'VIEW')).toBe(false)
  })

  it('lets an administrator do everything', () => {
    expect(can({ admin: true, permissions: {} }, 'role', 'DELETE')).toBe(true)
    expect(canUseRecycleBin({ admin: true, permissions: {} })).toBe(true)
  })

  it('denies everything to nobody', () => {
    expect(can(null, 'user', 'VIEW')).toBe(false)
    expect(canUseRecycleBin(undefined)).toBe(false)
  })

  it('opens the recycle bin to anyone who may delete something', () => {
    expect(canUseRecycleBin(rep)).toBe(true)
    expect(canUseRecycleBin({ admin: false, permissions: { user: { VIEW: 'ALL' } } })).toBe(false)
  })

  it('reads field policies, editable by default', () => {
    expect(fieldAccess(rep, 'user', 'mobile')).toBe('HIDDEN')
    expect(fieldAccess(rep, 'user', 'email')).toBe('READ_ONLY')
    expect(fieldAccess(rep, 'user', 'jobTitle')).toBe('EDITABLE')
    expect(fieldAccess({ ...rep, admin: true }, 'user', 'mobile')).toBe('EDITABLE')
  })
})
