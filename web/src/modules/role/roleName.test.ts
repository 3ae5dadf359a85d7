import { describe, expect, it } from 'vitest'
import { roleName } from './roleName'

describe('roleName', () => {
  const t = (key: string) => `[${key}]`

  it('shows the built-in administrator role by its label in the UI language', () => {
    expect(roleName({ name: '系统管理员', builtin: true }, t)).toBe('[role.builtinName]')
  })

  it('shows other roles by the name the company gave them', () => {
    expect(roleName({ name: '销售代表', builtin: false }, t)).toBe('销售代表')
    expect(roleName({ name: 'Sales' }, t)).toBe('Sales')
  })
})
