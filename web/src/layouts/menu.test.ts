import { describe, expect, it } from 'vitest'
import type { AuthStore } from '@/stores/auth'
import { can, canUseRecycleBin } from '@/utils/permissions'
import { isGroup, visibleMenu } from './menu'

function fakeAuth(me: { admin: boolean; permissions: Record<string, Record<string, string>> }): AuthStore {
  return {
    can: (module: string, op: string) => can(me as never, module, op as never),
    recycleBin: canUseRecycleBin(me as never),
  } as unknown as AuthStore
}

const paths = (auth: AuthStore) =>
  visibleMenu(auth).flatMap((e) => (isGroup(e) ? e.items.map((i) => i.path) : [e.path]))

describe('visibleMenu', () => {
  it('shows everything to an administrator', () => {
    expect(paths(fakeAuth({ admin: true, permissions: {} }))).toEqual([
      '/', '/customers', '/customer-pools', '/contacts', '/follow-ups', '/customers/analysis', '/admin/departments', '/admin/users', '/admin/roles',
      '/admin/company', '/admin/dictionaries', '/admin/login-history', '/admin/recycle-bin',
    ])
  })

  it('follows the permissions and drops empty groups', () => {
    const auth = fakeAuth({ admin: false, permissions: { user: { VIEW: 'OWN' } } })
    expect(paths(auth)).toEqual(['/', '/admin/users', '/admin/dictionaries'])
    expect(visibleMenu(fakeAuth({ admin: false, permissions: {} })).filter(isGroup).map((g) => g.key)).toEqual(['system'])
  })

  it('shows the customer pages to whoever may view customers', () => {
    expect(paths(fakeAuth({ admin: false, permissions: { customer: { VIEW: 'OWN' } } }))).toEqual([
      '/', '/customers', '/customer-pools', '/contacts', '/follow-ups', '/customers/analysis', '/admin/dictionaries',
    ])
    expect(paths(fakeAuth({ admin: false, permissions: { customerPool: { VIEW: 'ALL' } } }))).toContain('/customer-pools')
  })

  it('shows the recycle bin to whoever may delete something', () => {
    expect(paths(fakeAuth({ admin: false, permissions: { role: { DELETE: 'ALL' } } }))).toContain('/admin/recycle-bin')
  })
})
