import { describe, expect, it } from 'vitest'
import { regionLabel } from './regions'

const tree = [
  { code: '440000', name: '广东省', children: [{ code: '440300', name: '深圳市', children: [{ code: '440305', name: '南山区', children: [] }] }] },
]

describe('regionLabel', () => {
  it('names the codes as far as they are known', () => {
    expect(regionLabel(tree, ['440000', '440300', '440305'])).toBe('广东省 / 深圳市 / 南山区')
    expect(regionLabel(tree, ['440000', null, null])).toBe('广东省')
    expect(regionLabel(tree, ['440000', '999999'])).toBe('广东省')
    expect(regionLabel([], ['440000'])).toBe('')
  })
})
