import { describe, expect, it } from 'vitest'
import type { Catalog } from '@/api/types'
import {
  emptyMatrix, grantsFromMatrix, matrixFromGrants, operationColumns, policiesFromRules, rulesFromPolicies,
} from './matrix'

const catalog: Catalog = {
  modules: [
    { key: 'user', label: '用户', scoped: true, operations: [{ key: 'VIEW', label: '查看' }, { key: 'EDIT', label: '编辑' }] },
    { key: 'role', label: '角色', scoped: false, operations: [{ key: 'VIEW', label: '查看' }, { key: 'ASSIGN', label: '分配' }] },
  ],
  scopes: [{ key: 'OWN', label: '本人' }, { key: 'ALL', label: '全部' }],
  entities: [{ key: 'user', label: '用户', fields: [{ key: 'email', label: '邮箱' }, { key: 'mobile', label: '手机' }] }],
  fieldAccess: [{ key: 'HIDDEN', label: '隐藏' }, { key: 'READ_ONLY', label: '只读' }, { key: 'EDITABLE', label: '可编辑' }],
}

describe('permission matrix', () => {
  it('has one column per operation across modules, in order', () => {
    expect(operationColumns(catalog).map((c) => c.key)).toEqual(['VIEW', 'EDIT', 'ASSIGN'])
  })

  it('starts empty: no scope for scoped modules, unticked for the others', () => {
    expect(emptyMatrix(catalog)).toEqual({ user: { VIEW: '', EDIT: '' }, role: { VIEW: false, ASSIGN: false } })
  })

  it('round-trips grants; unscoped grants are sent as ALL', () => {
    const grants = [
      { module: 'user', operation: 'VIEW' as const, scope: 'OWN' as const },
      { module: 'role', operation: 'ASSIGN' as const, scope: 'ALL' as const },
      { module: 'gone', operation: 'VIEW' as const, scope: 'ALL' as const },
    ]
    const matrix = matrixFromGrants(catalog, grants)
    expect(matrix).toEqual({ user: { VIEW: 'OWN', EDIT: '' }, role: { VIEW: false, ASSIGN: true } })
    expect(grantsFromMatrix(catalog, matrix)).toEqual(grants.slice(0, 2))
  })
})

describe('field policies', () => {
  it('defaults to editable and stores only restrictions', () => {
    const policies = policiesFromRules(catalog, [{ entity: 'user', field: 'mobile', policy: 'HIDDEN' }])
    expect(policies).toEqual({ user: { email: 'EDITABLE', mobile: 'HIDDEN' } })
    policies.user.email = 'READ_ONLY'
    expect(rulesFromPolicies(policies)).toEqual([
      { entity: 'user', field: 'email', policy: 'READ_ONLY' },
      { entity: 'user', field: 'mobile', policy: 'HIDDEN' },
    ])
  })
})
