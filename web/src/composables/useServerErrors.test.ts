import { describe, expect, it } from 'vitest'
import { useServerErrors } from './useServerErrors'

describe('useServerErrors', () => {
  it('puts field errors on the form and returns the rest', () => {
    const server = useServerErrors(['name', 'code'])
    const unplaced = server.apply({
      status: 409,
      code: 'conflict',
      errors: [
        { field: 'name', message: '名称已存在' },
        { field: 'permissions[2]', message: '未知权限' },
      ],
    })
    expect(server.errors).toEqual({ name: '名称已存在' })
    expect(unplaced.map((e) => e.field)).toEqual(['permissions[2]'])
  })

  it('replaces earlier errors and clears one field or all', () => {
    const server = useServerErrors(['name', 'code'])
    server.apply({ status: 400, errors: [{ field: 'name', message: 'a' }, { field: 'code', message: 'b' }] })
    server.clear('name')
    expect(server.errors).toEqual({ code: 'b' })
    server.apply({ status: 400, errors: [{ field: 'name', message: 'c' }] })
    expect(server.errors).toEqual({ name: 'c' })
    server.clear()
    expect(server.errors).toEqual({})
  })
})
