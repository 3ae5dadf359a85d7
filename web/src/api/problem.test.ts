import { describe, expect, it } from 'vitest'
import { isProblem, isVersionConflict, toFieldErrors, unplacedErrors, type Problem } from './problem'

const validation: Problem = {
  status: 400,
  title: 'Bad Request',
  detail: '请检查填写的内容。',
  code: 'validation',
  errors: [
    { field: 'username', code: 'pattern', message: '用户名格式不正确' },
    { field: 'email', code: 'email', message: '邮箱格式不正确' },
    { field: 'email', code: 'size', message: '太长' },
    { field: 'permissions[0]', code: 'unknownPermission', message: '未知的权限' },
  ],
}

describe('toFieldErrors', () => {
  it('maps each field to its message, joining several for one field', () => {
    expect(toFieldErrors(validation)).toEqual({
      username: '用户名格式不正确',
      email: '邮箱格式不正确; 太长',
      'permissions[0]': '未知的权限',
    })
  })

  it('keeps only the fields the form has when told which', () => {
    expect(toFieldErrors(validation, ['username', 'displayName'])).toEqual({ username: '用户名格式不正确' })
  })

  it('is empty for problems without field errors', () => {
    expect(toFieldErrors({ status: 409, code: 'conflict', detail: 'x' })).toEqual({})
    expect(toFieldErrors(null)).toEqual({})
    expect(toFieldErrors({ status: 400, errors: [{ field: '', message: 'no field' }] })).toEqual({})
  })
})

describe('unplacedErrors', () => {
  it('returns the errors naming no field of the form', () => {
    expect(unplacedErrors(validation, ['username', 'email']).map((e) => e.field)).toEqual(['permissions[0]'])
  })
})

describe('problem checks', () => {
  it('recognises problem details', () => {
    expect(isProblem(validation)).toBe(true)
    expect(isProblem({ title: 'x' })).toBe(false)
    expect(isProblem('nope')).toBe(false)
    expect(isProblem(null)).toBe(false)
  })

  it('recognises a version conflict only by status and code', () => {
    expect(isVersionConflict({ status: 409, code: 'version-conflict' })).toBe(true)
    expect(isVersionConflict({ status: 409, code: 'conflict' })).toBe(false)
    expect(isVersionConflict({ status: 428, code: 'version-required' })).toBe(false)
  })
})
